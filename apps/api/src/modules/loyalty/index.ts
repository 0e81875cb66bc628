export { PointsAccount, PointsEntry, PointsEntryKind, PointsLot, PointsLotUse, PointsAdjustment, AdjustmentStatus } from './points.entity';
export { LoyaltyProgram, BonusRule, BonusRuleKind } from './program.entity';
export { LoyaltyService, pointsFor } from './loyalty.service';
export { LoyaltyResolver, CustomerPointsResolver, PointsAdjustmentResolver } from './loyalty.resolver';

import { PointsAccount, PointsEntry, PointsLot, PointsLotUse, PointsAdjustment } from './points.entity';
import { LoyaltyProgram, BonusRule } from './program.entity';

export const loyaltyEntities = [PointsAccount, PointsEntry, PointsLot, PointsLotUse, PointsAdjustment, LoyaltyProgram, BonusRule];
