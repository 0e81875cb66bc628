import { Arg, Args, Ctx as GqlCtx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MinLength, MaxLength } from 'class-validator';
import { InputType, Field } from 'type-graphql';
import type { Ctx } from '../../context';
import { Allow, Authenticated, Public } from '../../common/auth/allow';
import { Permission } from '../../common/auth/permissions';
import { Connection } from '../../common/pagination';
import type { MaybePromise, Row } from '../../common/rows';
import { Employee } from '../org/employee.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { Role } from './role.entity';
import { User, UserRole } from './user.entity';
import { ApiKey } from './api-key.entity';
import { AuthPayload, CreatedApiKey, Viewer } from './access.types';
import { ChangePasswordInput, CreateApiKeyInput, CreateUserInput, LoginInput, PASSWORD_MIN, RoleInput, UpdateUserInput, UsersArgs } from './access.inputs';

export const UserConnection = Connection(User, 'User');

@InputType()
class SetPasswordInput {
  @Field(() => String)
  @MinLength(PASSWORD_MIN, { message: `must be at least ${PASSWORD_MIN} characters` })
  @MaxLength(200)
  password!: string;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: 'Signs in with email and password; sets the HttpOnly refresh cookie.' })
  @Allow(Public)
  login(@GqlCtx() ctx: Ctx, @Arg('input', () => LoginInput) input: LoginInput): Promise<AuthPayload> {
    return ctx.services.auth.login(ctx, input);
  }

  @Mutation(() => AuthPayload, { description: 'Rotates the refresh cookie and returns a fresh access token.' })
  @Allow(Public)
  refreshSession(@GqlCtx() ctx: Ctx): Promise<AuthPayload> {
    return ctx.services.auth.refresh(ctx);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session.' })
  @Allow(Public)
  logout(@GqlCtx() ctx: Ctx): Promise<boolean> {
    return ctx.services.auth.logout(ctx);
  }

  @Query(() => Viewer, { description: 'Who is calling and what they may do.' })
  @Allow(Authenticated)
  me(@GqlCtx() ctx: Ctx): Viewer {
    return ctx.services.auth.viewer(ctx);
  }

  @Mutation(() => Boolean)
  @Allow(Authenticated)
  changeMyPassword(@GqlCtx() ctx: Ctx, @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput): Promise<boolean> {
    return ctx.services.accessAdmin.changeMyPassword(ctx, input);
  }
}

@Resolver(() => Viewer)
export class ViewerResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The signed-in user (null for API keys).' })
  async user(@GqlCtx() ctx: Ctx, @Root() v: Row<Viewer>): Promise<User | null> {
    return v.actorType === 'USER' ? ctx.loaders.entity(User, v.id) : null;
  }

  @FieldResolver(() => Employee, { nullable: true })
  employee(@GqlCtx() ctx: Ctx, @Root() v: Row<Viewer>): MaybePromise<Employee | null> {
    return ctx.loaders.entity(Employee, v.employeeId);
  }
}

@Resolver(() => Role)
export class RoleResolver {
  @Query(() => [Role])
  @Allow(Permission.ReadRole)
  roles(@GqlCtx() ctx: Ctx): Promise<Role[]> {
    return ctx.services.accessAdmin.roles(ctx);
  }

  @Mutation(() => Role)
  @Allow(Permission.ManageRole)
  createRole(@GqlCtx() ctx: Ctx, @Arg('input', () => RoleInput) input: RoleInput): Promise<Role> {
    return ctx.services.accessAdmin.createRole(ctx, input);
  }

  @Mutation(() => Role)
  @Allow(Permission.ManageRole)
  updateRole(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('input', () => RoleInput) input: RoleInput): Promise<Role> {
    return ctx.services.accessAdmin.updateRole(ctx, id, input);
  }

  @Mutation(() => Boolean)
  @Allow(Permission.ManageRole)
  deleteRole(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<boolean> {
    return ctx.services.accessAdmin.deleteRole(ctx, id);
  }

  @Mutation(() => UserRole, { description: 'Gives a user a role; UNIT_SUBTREE rights reach `unitId` (default: the user’s own unit).' })
  @Allow(Permission.ManageRole)
  assignRole(
    @GqlCtx() ctx: Ctx,
    @Arg('userId', () => ID) userId: string,
    @Arg('roleId', () => ID) roleId: string,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string | null,
  ): Promise<UserRole> {
    return ctx.services.accessAdmin.assignRole(ctx, userId, roleId, unitId);
  }

  @Mutation(() => Boolean)
  @Allow(Permission.ManageRole)
  revokeRole(@GqlCtx() ctx: Ctx, @Arg('userRoleId', () => ID) userRoleId: string): Promise<boolean> {
    return ctx.services.accessAdmin.revokeRole(ctx, userRoleId);
  }
}

@Resolver(() => UserRole)
export class UserRoleResolver {
  @FieldResolver(() => Role)
  async role(@GqlCtx() ctx: Ctx, @Root() r: Row<UserRole>): Promise<Role> {
    return (await ctx.loaders.entity(Role, r.role))!;
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  unit(@GqlCtx() ctx: Ctx, @Root() r: Row<UserRole>): MaybePromise<OrgUnit | null> {
    return ctx.loaders.entity(OrgUnit, r.unit);
  }
}

@Resolver(() => User)
export class UserResolver {
  @Query(() => UserConnection)
  @Allow(Permission.ReadUser)
  async users(@GqlCtx() ctx: Ctx, @Args(() => UsersArgs) args: UsersArgs) {
    return new UserConnection(await ctx.services.accessAdmin.users(ctx, args));
  }

  @Query(() => User)
  @Allow(Permission.ReadUser)
  user(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<User> {
    return ctx.services.accessAdmin.user(ctx, id);
  }

  @Mutation(() => User)
  @Allow(Permission.ManageUser)
  createUser(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateUserInput) input: CreateUserInput): Promise<User> {
    return ctx.services.accessAdmin.createUser(ctx, input);
  }

  @Mutation(() => User)
  @Allow(Permission.ManageUser)
  updateUser(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateUserInput) input: UpdateUserInput): Promise<User> {
    return ctx.services.accessAdmin.updateUser(ctx, id, input);
  }

  @Mutation(() => Boolean, { description: 'Sets a new password and ends every session of the user.' })
  @Allow(Permission.ManageUser)
  setUserPassword(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('input', () => SetPasswordInput) input: SetPasswordInput): Promise<boolean> {
    return ctx.services.accessAdmin.setPassword(ctx, id, input.password);
  }

  @FieldResolver(() => [UserRole])
  roles(@GqlCtx() ctx: Ctx, @Root() user: Row<User>): Promise<UserRole[]> {
    return ctx.services.accessAdmin.userRoles(ctx, user);
  }

  @FieldResolver(() => Employee, { nullable: true })
  employee(@GqlCtx() ctx: Ctx, @Root() user: Row<User>): Promise<Employee | null> {
    return ctx.services.employees.visible(ctx, user.employee);
  }
}

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Query(() => [ApiKey])
  @Allow(Permission.ManageApiKey)
  apiKeys(@GqlCtx() ctx: Ctx): Promise<ApiKey[]> {
    return ctx.services.accessAdmin.apiKeys(ctx);
  }

  @Mutation(() => CreatedApiKey, { description: 'Creates an integration key; the secret is returned only here.' })
  @Allow(Permission.ManageApiKey)
  createApiKey(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput): Promise<CreatedApiKey> {
    return ctx.services.accessAdmin.createApiKey(ctx, input);
  }

  @Mutation(() => ApiKey)
  @Allow(Permission.ManageApiKey)
  revokeApiKey(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<ApiKey> {
    return ctx.services.accessAdmin.revokeApiKey(ctx, id);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  unit(@GqlCtx() ctx: Ctx, @Root() k: Row<ApiKey>): MaybePromise<OrgUnit | null> {
    return ctx.loaders.entity(OrgUnit, k.unit);
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@GqlCtx() ctx: Ctx, @Root() k: Row<ApiKey>): MaybePromise<User | null> {
    return ctx.loaders.entity(User, k.createdBy);
  }
}
