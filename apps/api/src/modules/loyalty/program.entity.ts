import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/entity';

/**
 * The earning side of the loyalty plan (R-LOY-1), one row shared by every replica.
 * Points for a purchase = floor(amount × pointsPerCurrencyUnit × tier multiplier): rounding
 * is always down to whole points, so no customer is credited a point not fully earned.
 */
@ObjectType({ simpleResolvers: true, description: 'How points are earned and how long they last (R-LOY-1).' })
@Entity({ tableName: 'loyalty_program' })
export class LoyaltyProgram {
  @PrimaryKey({ type: 'integer', autoincrement: false, default: 1 })
  id: number = 1;

  @Field(() => Float, { description: 'Points per currency unit spent, before the tier multiplier.' })
  @Property({ type: 'double', default: 1 })
  pointsPerCurrencyUnit: number = 1;

  @Field(() => Int, { description: 'Days after earning when points expire.' })
  @Property({ type: 'integer', default: 365 })
  lotExpiryDays: number = 365;

  @Field(() => String, { description: 'How fractional points are rounded.' })
  get rounding(): string {
    return 'DOWN';
  }
}

/**
 * Kinds of bonus; a module that adds an occasion (surveys: a completed survey) adds a kind
 * here and publishes the event the loyalty module turns into points.
 */
export enum BonusRuleKind {
  FIRST_PURCHASE = 'FIRST_PURCHASE',
  BIRTHDAY_MONTH = 'BIRTHDAY_MONTH',
  SURVEY_COMPLETED = 'SURVEY_COMPLETED',
}
registerEnumType(BonusRuleKind, { name: 'BonusRuleKind' });

/** A bonus on top of base points: fixed points, a multiplier on the purchase's base points, or both. */
@ObjectType({ simpleResolvers: true, description: 'A bonus rule (R-LOY-1).' })
@Entity({ tableName: 'bonus_rule' })
export class BonusRule extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => String)
  @Property({ type: 'string', length: 40 })
  @Unique()
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => BonusRuleKind)
  @Enum({ items: () => BonusRuleKind })
  kind!: BonusRuleKind;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  fixedPoints: number = 0;

  @Field(() => Float, { description: 'Extra multiple of the base points (0.5 = +50%).' })
  @Property({ type: 'double', default: 0 })
  extraMultiplier: number = 0;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: boolean = true;
}
