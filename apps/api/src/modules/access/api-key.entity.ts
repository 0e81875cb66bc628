import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { BaseEntity } from '../../common/entity';
import { OrgUnit } from '../org/org-unit.entity';
import { RoleGrant } from './role.entity';
import { User } from './user.entity';

/**
 * An integration's credential (POS, call centre). The secret is shown once at creation and
 * kept only as its SHA-256; `prefix` lets people tell keys apart.
 */
@ObjectType({ simpleResolvers: true })
@Entity({ tableName: 'api_key' })
export class ApiKey extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => String, { description: 'The first characters of the key, to recognise it.' })
  @Property({ type: 'string', length: 20 })
  prefix!: string;

  @Property({ type: 'string', length: 64, hidden: true })
  @Unique()
  secretHash!: string;

  @Field(() => [RoleGrant])
  @Property({ type: 'json' })
  grants: RoleGrant[] = [];

  /** Anchor of UNIT_SUBTREE grants. */
  @ManyToOne(() => OrgUnit, { nullable: true, deleteRule: 'set null' })
  unit?: OrgUnit | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date | null;

  @Field(() => GraphQLDateTimeISO)
  declare createdAt: Date;
}
