import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Connection } from '../../common/pagination';
import { PointsAdjustment, PointsEntry, PointsEntryKind, PointsLot } from './points.entity';

export const PointsEntryConnection = Connection(PointsEntry, 'PointsEntry');
export const PointsAdjustmentConnection = Connection(PointsAdjustment, 'PointsAdjustment');

@ObjectType({ simpleResolvers: true, description: 'A points balance (R-LOY-2): never negative, always the sum of the ledger.' })
export class PointsBalance {
  @Field(() => Int)
  balance!: number;

  @Field(() => Int, { description: 'Points a refund could not take back because they were spent; taken from the next earnings.' })
  debt!: number;

  @Field(() => [PointsLot], { description: 'Lots with points left, soonest-expiring first.' })
  lots!: PointsLot[];

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  nextExpiryAt!: Date | null;
}

@ObjectType({ simpleResolvers: true })
export class PointsMonth {
  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => PointsEntryKind)
  kind!: PointsEntryKind;

  @Field(() => Int, { description: 'Signed sum: earnings positive, redemptions and expiries negative.' })
  points!: number;
}

@ObjectType({ simpleResolvers: true })
export class PointsExpiryRun {
  @Field(() => Int)
  customers!: number;

  @Field(() => Int)
  points!: number;
}
