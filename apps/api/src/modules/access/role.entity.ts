import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/entity';
import { Permission, Scope } from '../../common/auth/permissions';

@ObjectType({ simpleResolvers: true, description: 'A permission granted with a scope (R-ACL-1).' })
export class RoleGrant {
  @Field(() => Permission)
  permission!: Permission;

  @Field(() => Scope)
  scope!: Scope;
}

/** A role is a row holding scoped permissions (R-ACL-1); users get roles, never bare rights. */
@ObjectType({ simpleResolvers: true })
@Entity({ tableName: 'role' })
export class Role extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => String)
  @Property({ type: 'string', length: 60 })
  @Unique()
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 120, nullable: true })
  nameEn?: string | null;

  @Field(() => String)
  @Property({ type: 'text', default: '' })
  description: string = '';

  @Field(() => [RoleGrant])
  @Property({ type: 'json' })
  grants: RoleGrant[] = [];

  @Field(() => Boolean, { description: 'Seeded by the regime; can be edited but not deleted.' })
  @Property({ type: 'boolean', default: false })
  system: boolean = false;
}
