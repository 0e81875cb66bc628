import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { ArrayMaxSize, IsEmail, IsOptional, Length, Matches, MaxLength, Min, Max, IsInt } from 'class-validator';
import { UnitFunction, UnitKind } from './org-unit.entity';
import { EmployeeStatus } from './employee.entity';
import { PageArgs } from '../../common/pagination';

const CODE = /^[A-Z0-9][A-Z0-9-]{0,39}$/;
const CODE_MESSAGE = 'use 1–40 upper-case letters, digits and dashes, starting with a letter or digit';
const PHONE = /^[0-9+()\- ]{6,40}$/;

@InputType()
export class CreateOrgUnitInput {
  @Field(() => String)
  @Matches(CODE, { message: CODE_MESSAGE })
  code!: string;

  @Field(() => String)
  @Length(1, 120)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  nameEn?: string | null;

  @Field(() => UnitKind)
  kind!: UnitKind;

  @Field(() => UnitFunction, { nullable: true })
  function?: UnitFunction | null;

  @Field(() => ID)
  parentId!: string;

  @Field(() => ID, { nullable: true, description: 'Employee who heads the unit.' })
  headId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  sortOrder?: number | null;
}

@InputType()
export class UpdateOrgUnitInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(CODE, { message: CODE_MESSAGE })
  code?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 120)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  nameEn?: string | null;

  @Field(() => UnitKind, { nullable: true })
  kind?: UnitKind | null;

  @Field(() => UnitFunction, { nullable: true })
  function?: UnitFunction | null;

  @Field(() => ID, { nullable: true, description: 'Employee who heads the unit; null clears it.' })
  headId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  sortOrder?: number | null;
}

@InputType()
export class CreatePositionInput {
  @Field(() => String)
  @Matches(CODE, { message: CODE_MESSAGE })
  code!: string;

  @Field(() => String)
  @Length(1, 120)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  titleEn?: string | null;

  @Field(() => ID)
  unitId!: string;

  @Field(() => ID, { nullable: true, description: 'Direct superior position (直接上級).' })
  superiorId?: string | null;

  @Field(() => Int, { defaultValue: 1 })
  @Min(0)
  @Max(10000)
  plannedHeadcount!: number;

  @Field(() => Boolean, { defaultValue: false })
  isHead!: boolean;

  @Field(() => String, { defaultValue: '' })
  @MaxLength(4000)
  summary!: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(50)
  @MaxLength(1000, { each: true })
  duties!: string[];
}

@InputType()
export class UpdatePositionInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(CODE, { message: CODE_MESSAGE })
  code?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 120)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  titleEn?: string | null;

  @Field(() => ID, { nullable: true, description: 'Direct superior position; null clears it.' })
  superiorId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(10000)
  plannedHeadcount?: number | null;

  @Field(() => Boolean, { nullable: true })
  isHead?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  summary?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(1000, { each: true })
  duties?: string[] | null;
}

@InputType()
export class CreateEmployeeInput {
  @Field(() => String)
  @Matches(/^[A-Za-z0-9-]{1,20}$/, { message: 'use 1–20 letters, digits and dashes' })
  employeeNo!: string;

  @Field(() => String)
  @Length(1, 80)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'is not a valid email address' })
  @MaxLength(200)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'is not a valid phone number' })
  phone?: string | null;

  @Field(() => ID)
  unitId!: string;

  @Field(() => ID)
  positionId!: string;

  @Field(() => GraphQLLocalDate)
  hireDate!: string;
}

@InputType()
export class UpdateEmployeeInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 80)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'is not a valid email address' })
  @MaxLength(200)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'is not a valid phone number' })
  phone?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  hireDate?: string | null;

  @Field(() => EmployeeStatus, { nullable: true, description: 'ACTIVE or ON_LEAVE; use deactivateEmployee to end employment.' })
  status?: EmployeeStatus | null;
}

@InputType()
export class TransferEmployeeInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => ID)
  positionId!: string;
}

@InputType()
export class RecordAbsenceInput {
  @Field(() => ID)
  employeeId!: string;

  @Field(() => ID, { description: 'Who acts for the absent person (R-ORG-4).' })
  deputyId!: string;

  @Field(() => GraphQLDateTimeISO)
  startsAt!: Date;

  @Field(() => GraphQLDateTimeISO)
  endsAt!: Date;

  @Field(() => String, { defaultValue: '' })
  @MaxLength(500)
  reason!: string;
}

@ArgsType()
export class EmployeesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Matches name or employee number.' })
  @IsOptional()
  @MaxLength(80)
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only employees in this unit or below it.' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true })
  positionId?: string | null;

  @Field(() => [EmployeeStatus], { nullable: true })
  status?: EmployeeStatus[] | null;
}
