/**
 * The doubling interval the chained watch jobs share (payment-watch, refund-watch): `first` after 0 steps,
 * twice as long after each further step, never more than `cap`. The exponent stops at 30, so a long chain
 * cannot overflow to Infinity before the cap applies.
 */
export function doublingDelay(first: number, steps: number, cap: number): number {
  return Math.min(first * 2 ** Math.min(steps, 30), cap);
}
