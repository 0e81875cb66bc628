import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { BaseEntity } from '../../common/entity';
import { Employee } from '../org/employee.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { Role } from './role.entity';

export enum UserStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}
registerEnumType(UserStatus, { name: 'UserStatus' });

/** A staff login. Optional link to the employee it belongs to (for OWN and unit scopes). */
@ObjectType({ simpleResolvers: true })
@Entity({ tableName: 'app_user' })
export class User extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  @Unique()
  email!: string;

  @Property({ type: 'string', length: 200, hidden: true, lazy: true })
  passwordHash!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  displayName!: string;

  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'set null' })
  employee?: Employee | null;

  @Field(() => String, { description: 'zh-Hant, zh-Hans or en.' })
  @Property({ type: 'string', length: 10, default: 'zh-Hant' })
  locale: string = 'zh-Hant';

  @Field(() => UserStatus)
  @Enum({ items: () => UserStatus })
  status: UserStatus = UserStatus.ACTIVE;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  failedLogins: number = 0;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lockedUntil?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastLoginAt?: Date | null;
}

/**
 * A role held by a user. Its UNIT_SUBTREE grants reach the subtree of `unit` (by default
 * the unit of the user's employee), so one role serves every station.
 */
@Entity({ tableName: 'user_role' })
@ObjectType({ simpleResolvers: true })
export class UserRole extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  @Index()
  user!: User;

  @ManyToOne(() => Role, { deleteRule: 'cascade' })
  role!: Role;

  @ManyToOne(() => OrgUnit, { nullable: true, deleteRule: 'cascade' })
  unit?: OrgUnit | null;
}
