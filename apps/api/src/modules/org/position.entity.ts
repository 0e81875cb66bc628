import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { BaseEntity } from '../../common/entity';
import { OrgUnit } from './org-unit.entity';

/**
 * A position (崗位) with its seats in one unit and its job description (R-ORG-3): direct
 * superior (直接上級), direct subordinates (直屬下級: the positions whose superior it is),
 * summary (工作概述) and duties (崗位職責).
 */
@ObjectType({ simpleResolvers: true, description: 'A position (崗位) and its job description (R-ORG-3).' })
@Entity({ tableName: 'position' })
export class Position extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => String)
  @Property({ type: 'string', length: 40 })
  @Unique()
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  title!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 120, nullable: true })
  titleEn?: string | null;

  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  @Index()
  unit!: OrgUnit;

  @ManyToOne(() => Position, { nullable: true, deleteRule: 'set null' })
  @Index()
  superior?: Position | null;

  @Field(() => Int, { description: 'Seats planned for this position in its unit.' })
  @Property({ type: 'integer' })
  plannedHeadcount: number = 1;

  @Field(() => Boolean, { description: 'The position heads its unit (站長, 部長, 現場總代表 …).' })
  @Property({ type: 'boolean', default: false })
  isHead: boolean = false;

  @Field(() => String, { description: '工作概述' })
  @Property({ type: 'text', default: '' })
  summary: string = '';

  @Field(() => [String], { description: '崗位職責' })
  @Property({ type: 'json' })
  duties: string[] = [];

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  archivedAt?: Date | null;
}
