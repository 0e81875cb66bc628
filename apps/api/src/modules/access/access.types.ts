import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Permission, Scope } from '../../common/auth/permissions';
import { User } from './user.entity';
import { ApiKey } from './api-key.entity';

@ObjectType({ simpleResolvers: true, description: 'A right the viewer holds and how far it reaches.' })
export class ViewerGrant {
  @Field(() => Permission)
  permission!: Permission;

  @Field(() => Scope)
  scope!: Scope;

  @Field(() => ID, { nullable: true, description: 'Anchor unit of a UNIT_SUBTREE grant.' })
  unitId!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Who is calling: a signed-in user or an API key.' })
export class Viewer {
  @Field(() => String, { description: 'USER or API_KEY' })
  actorType!: string;

  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ID, { nullable: true })
  employeeId!: string | null;

  @Field(() => [Permission], { description: 'Distinct rights held, whatever their scope.' })
  permissions!: Permission[];

  @Field(() => [ViewerGrant])
  grants!: ViewerGrant[];
}

@ObjectType({ simpleResolvers: true })
export class AuthPayload {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`.' })
  accessToken!: string;

  @Field(() => GraphQLDateTimeISO)
  accessTokenExpiresAt!: Date;

  @Field(() => User)
  user!: User;
}

@ObjectType({ simpleResolvers: true })
export class CreatedApiKey {
  @Field(() => ApiKey)
  apiKey!: ApiKey;

  @Field(() => String, { description: 'The key itself. It is shown only this once; store it now.' })
  secret!: string;
}
