import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** The API's pattern for an amount in yuan (orders-admin.schemas.ts `positiveMoney`). */
export const AMOUNT = /^\d{1,8}(\.\d{1,2})?$/;
export const REASON_MAX = 80;

/** Yuan text ("12.5", "99.00") as integer fen; null when it is not an amount. */
export function toCents(yuan: string): number | null {
  const m = /^(\d{1,8})(?:\.(\d{1,2}))?$/.exec(yuan.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

export function fromCents(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/**
 * What can still be refunded: the amount paid less the refunds that succeeded or are still being processed
 * (the API refuses more: REFUND_AMOUNT_EXCEEDED). Nothing for an order that is not paid.
 */
export function refundableCents(order: { amount: string; payStatus: string; refunds: readonly { amount: string; status: string }[] }): number {
  if (order.payStatus !== 'paid') return 0;
  const taken = order.refunds
    .filter((r) => r.status === 'success' || r.status === 'processing')
    .reduce((sum, r) => sum + (toCents(r.amount) ?? 0), 0);
  return Math.max(0, (toCents(order.amount) ?? 0) - taken);
}

/** An amount the API accepts, above 0 and at most `maxCents`: errors `amountFormat`, `amountPositive`, `amountTooBig`. */
export function refundAmountValidator(maxCents: () => number): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const text = (control.value ?? '').trim();
    if (text === '') return null; // `required` says it
    const cents = AMOUNT.test(text) ? toCents(text) : null;
    if (cents === null) return { amountFormat: true };
    if (cents <= 0) return { amountPositive: true };
    if (cents > maxCents()) return { amountTooBig: { max: fromCents(maxCents()) } };
    return null;
  };
}

/** Any refund still being processed: the detail keeps refreshing until it ends. */
export function hasProcessingRefund(order: { refunds: readonly { status: string }[] }): boolean {
  return order.refunds.some((r) => r.status === 'processing');
}
