import type { Customer } from './customer.entity';
import type { Purchase } from './purchase.entity';
import type { Tier } from './tier.entity';

/** A purchase was recorded; loyalty turns it into points (R-LOY-1) and sets `purchase.pointsEarned`. */
export class PurchaseRecorded {
  constructor(
    readonly purchase: Purchase,
    readonly customer: Customer,
    /** The tier held when the purchase was made: its multiplier applies, not an upgrade it causes. */
    readonly tier: Tier | null,
    readonly firstPurchase: boolean,
  ) {}
}

/** A purchase was refunded; loyalty takes back exactly the points it earned (R-LOY-2). */
export class PurchaseRefunded {
  constructor(
    readonly purchase: Purchase,
    readonly customer: Customer,
  ) {}
}
