import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { ArrayMaxSize, IsEmail, IsIn, IsOptional, Length, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Permission, Scope } from '../../common/auth/permissions';
import { PageArgs } from '../../common/pagination';
import { UserStatus } from './user.entity';

export const PASSWORD_MIN = 10;
export const LOCALES = ['zh-Hant', 'zh-Hans', 'en'];

@InputType()
export class LoginInput {
  @Field(() => String)
  @MaxLength(200)
  email!: string;

  @Field(() => String)
  @MaxLength(200)
  password!: string;
}

@InputType()
export class GrantInput {
  @Field(() => Permission)
  permission!: Permission;

  @Field(() => Scope)
  scope!: Scope;
}

@InputType()
export class RoleInput {
  @Field(() => String)
  @Matches(/^[a-z][a-z0-9_]{1,59}$/, { message: 'use 2–60 lower-case letters, digits and underscores' })
  code!: string;

  @Field(() => String)
  @Length(1, 120)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  nameEn?: string | null;

  @Field(() => String, { defaultValue: '' })
  @MaxLength(2000)
  description!: string;

  @Field(() => [GrantInput])
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  grants!: GrantInput[];
}

@InputType()
export class CreateUserInput {
  @Field(() => String)
  @IsEmail({}, { message: 'is not a valid email address' })
  @MaxLength(200)
  email!: string;

  @Field(() => String)
  @Length(1, 120)
  displayName!: string;

  @Field(() => String)
  @MinLength(PASSWORD_MIN, { message: `must be at least ${PASSWORD_MIN} characters` })
  @MaxLength(200)
  password!: string;

  @Field(() => ID, { nullable: true })
  employeeId?: string | null;

  @Field(() => String, { defaultValue: 'zh-Hant' })
  @IsIn(LOCALES, { message: `must be one of ${LOCALES.join(', ')}` })
  locale!: string;
}

@InputType()
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 120)
  displayName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(LOCALES, { message: `must be one of ${LOCALES.join(', ')}` })
  locale?: string | null;

  @Field(() => UserStatus, { nullable: true })
  status?: UserStatus | null;

  @Field(() => ID, { nullable: true })
  employeeId?: string | null;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  @MaxLength(200)
  currentPassword!: string;

  @Field(() => String)
  @MinLength(PASSWORD_MIN, { message: `must be at least ${PASSWORD_MIN} characters` })
  @MaxLength(200)
  newPassword!: string;
}

@InputType()
export class CreateApiKeyInput {
  @Field(() => String)
  @Length(1, 120)
  name!: string;

  @Field(() => [GrantInput])
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  grants!: GrantInput[];

  @Field(() => ID, { nullable: true, description: 'Anchor unit for UNIT_SUBTREE grants.' })
  unitId?: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  expiresAt?: Date | null;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
}
