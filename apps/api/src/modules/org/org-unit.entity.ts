import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { BaseEntity } from '../../common/entity';
import type { Employee } from './employee.entity';

/** R-ORG-1, R-ORG-2: the kinds of unit the regime names, all in one tree. */
export enum UnitKind {
  COMPANY = 'COMPANY',
  MANAGEMENT_DEPT = 'MANAGEMENT_DEPT',
  BUSINESS_DEPT = 'BUSINESS_DEPT',
  FIELD_SITE = 'FIELD_SITE',
  STATION = 'STATION',
  DEPARTMENT = 'DEPARTMENT',
}

/** What a department does; later modules resolve "the finance dept" or "technical support" by it. */
export enum UnitFunction {
  CUSTOMER_SERVICE = 'CUSTOMER_SERVICE',
  TECHNICAL_SUPPORT = 'TECHNICAL_SUPPORT',
  GOODS_MANAGEMENT = 'GOODS_MANAGEMENT',
  LOGISTICS = 'LOGISTICS',
  BACK_OFFICE = 'BACK_OFFICE',
  QUALITY_CONTROL = 'QUALITY_CONTROL',
  FINANCE = 'FINANCE',
  PLANNING = 'PLANNING',
  SALES = 'SALES',
  GENERAL = 'GENERAL',
}

registerEnumType(UnitKind, {
  name: 'UnitKind',
  description: 'Company, head-office management dept (業務管理部), regional business dept (業務部), field site (現場), station (服務站) or department.',
});
registerEnumType(UnitFunction, { name: 'UnitFunction', description: 'What a department does (客戶服務部, 技術支持部, …).' });

@ObjectType({ simpleResolvers: true, description: 'A unit of the organisation tree (R-ORG-1, R-ORG-2).' })
@Entity({ tableName: 'org_unit' })
export class OrgUnit extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => String, { description: 'Short unique code, e.g. ST-TPE-CS.' })
  @Property({ type: 'string', length: 40 })
  @Unique()
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 120, nullable: true })
  nameEn?: string | null;

  @Field(() => UnitKind)
  @Enum({ items: () => UnitKind })
  kind!: UnitKind;

  @Field(() => UnitFunction, { nullable: true })
  @Enum({ items: () => UnitFunction, nullable: true })
  function?: UnitFunction | null;

  @ManyToOne(() => OrgUnit, { nullable: true, deleteRule: 'restrict' })
  @Index()
  parent?: OrgUnit | null;

  /** Ids from the root down, `/a/b/c/`: subtree filters are one indexed prefix match. */
  @Property({ type: 'string', length: 1000 })
  @Index()
  path!: string;

  @Field(() => Int, { description: 'Distance from the company root (0).' })
  @Property({ type: 'integer' })
  depth!: number;

  @ManyToOne('Employee', { nullable: true, deleteRule: 'set null' })
  head?: Employee | null;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  sortOrder: number = 0;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  archivedAt?: Date | null;

  @Field(() => GraphQLDateTimeISO)
  declare createdAt: Date;

  @Field(() => GraphQLDateTimeISO)
  declare updatedAt: Date;
}
