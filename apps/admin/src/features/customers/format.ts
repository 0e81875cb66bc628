export { day, minute } from '../../shared/dates';

/** Points with a sign, so a ledger line reads as what it did to the balance. */
export const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
