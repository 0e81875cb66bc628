import { Entity, Property, Unique, ManyToOne } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/entity';
import { CentsType, MoneyScalar } from '../../common/money';
import { OrgUnit } from '../org/org-unit.entity';

/** A department's budget for a year and category; expense claims are checked against it (R-FLOW-3). */
@ObjectType({ simpleResolvers: true, description: 'A unit’s budget for a year and category (R-FLOW-3).' })
@Entity({ tableName: 'budget' })
@Unique({ properties: ['unit', 'year', 'category'] })
export class Budget extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  unit!: OrgUnit;

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 40 })
  category!: string;

  @Field(() => MoneyScalar, { name: 'amount', simple: false })
  @Property({ type: CentsType })
  amountCents!: number;

  @Field(() => MoneyScalar, { name: 'consumed', simple: false, description: 'Approved claims so far.' })
  @Property({ type: CentsType, default: 0 })
  consumedCents: number = 0;
}
