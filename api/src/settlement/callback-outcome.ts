import { classifyError } from '../common/error-classification';
import type { CallbackOutcome } from '../metrics/business-metrics';

/** A notification answered with success (settlement.service's CallbackAnswer): a refund notification is `refund` whatever its answer. */
export function answeredOutcome(answer: string, refund: boolean): CallbackOutcome {
  if (refund) return 'refund';
  return answer === 'paid' || answer === 'replay' || answer === 'ignored' ? answer : 'refund';
}

/** A notification refused: not genuine, genuine but wrong for the order, to be sent again later, or a bug. */
export function refusedOutcome(err: unknown): CallbackOutcome {
  const c = classifyError(err);
  if (c.kind === 'internal') return 'error';
  if (c.kind !== 'known') return 'rejected';
  if (c.error.errorName === 'PAYMENT_NOTIFICATION_INVALID') return 'invalid';
  if (c.error.http === 503) return 'unavailable';
  return c.error.http >= 500 ? 'error' : 'rejected';
}
