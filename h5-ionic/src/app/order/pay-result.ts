import type { Data } from '@dmh/api-client';

/** The public view GET /orders/{orderNo} answers (the admin detail, by numeric id, carries refunds). */
export type OrderView = Exclude<Data<'/api/v1/orders/{id}', 'get'>, { refunds: unknown }>;

/**
 * The result page's state. Only the server's order says `paid`: what the payer's side reports (the
 * sandbox or WeChat answering "done") only moves the page to `confirming`, which waits for the order.
 *   loading → unpaid | paid | expired | closed | refunded | missing | failed
 *   unpaid --pay--> paying --paid-at-provider--> confirming --order paid--> paid
 *   confirming --no answer within the wait--> slow (says what to do; a refresh checks again)
 */
export type ResultPhase = 'loading' | 'unpaid' | 'paying' | 'confirming' | 'slow' | 'paid' | 'expired' | 'closed' | 'refunded' | 'missing' | 'failed';

export interface ResultState {
  readonly phase: ResultPhase;
  readonly order: OrderView | null;
  /** Words for the last failure (payment refused, network), or null. */
  readonly problem: string | null;
}

export type ResultEvent =
  | { type: 'order'; order: OrderView; now: number }
  | { type: 'not-found' }
  | { type: 'load-failed'; message: string }
  | { type: 'pay' }
  | { type: 'paid-at-provider' }
  | { type: 'pay-failed'; message: string }
  | { type: 'wait-over' };

export const INITIAL: ResultState = { phase: 'loading', order: null, problem: null };

/** What the order itself says, whatever the page believed. */
export function phaseOfOrder(order: Pick<OrderView, 'payStatus' | 'status' | 'closeReason' | 'payExpiresAt'>, now: number): 'paid' | 'refunded' | 'expired' | 'closed' | 'unpaid' {
  if (order.payStatus === 'refunded' || order.status === 'refunded') return 'refunded';
  if (order.payStatus === 'paid' || order.status === 'paid') return 'paid';
  if (order.status === 'cancelled') return order.closeReason === 'provider_closed' ? 'closed' : 'expired';
  if (order.payExpiresAt && Date.parse(order.payExpiresAt) <= now) return 'expired';
  return 'unpaid';
}

export function reduce(state: ResultState, event: ResultEvent): ResultState {
  switch (event.type) {
    case 'order': {
      const phase = phaseOfOrder(event.order, event.now);
      // An unpaid answer while the payer has paid (or while paying) does not undo it: keep waiting.
      const waiting = phase === 'unpaid' && (state.phase === 'confirming' || state.phase === 'slow' || state.phase === 'paying');
      return { phase: waiting ? state.phase : phase, order: event.order, problem: waiting ? state.problem : null };
    }
    case 'not-found':
      return { ...state, phase: 'missing' };
    case 'load-failed':
      // A failed check while waiting keeps waiting (the next check may answer); otherwise it is the page's state.
      return state.phase === 'confirming' || state.phase === 'slow' ? { ...state, problem: event.message } : { ...state, phase: 'failed', problem: event.message };
    case 'pay':
      return state.phase === 'unpaid' ? { ...state, phase: 'paying', problem: null } : state;
    case 'paid-at-provider':
      return state.phase === 'paying' ? { ...state, phase: 'confirming' } : state;
    case 'pay-failed':
      return state.phase === 'paying' ? { ...state, phase: 'unpaid', problem: event.message } : state;
    case 'wait-over':
      return state.phase === 'confirming' ? { ...state, phase: 'slow' } : state;
  }
}

/** Phases in which the page keeps asking the server. */
export function keepsChecking(phase: ResultPhase): boolean {
  return phase === 'confirming' || phase === 'slow';
}

/**
 * The stopgap until the API pushes order status (it has no stream yet): check again after 0.5, 1, 1, 2, 3,
 * 5, then every 8 s. `confirming` turns `slow` after WAIT_BEFORE_SLOW_MS; checking goes on, slower.
 */
export const CHECK_DELAYS_MS = [500, 1000, 1000, 2000, 3000, 5000] as const;
export const MAX_CHECK_DELAY_MS = 8000;
export const WAIT_BEFORE_SLOW_MS = 20_000;

export function checkDelay(attempt: number): number {
  return CHECK_DELAYS_MS[attempt] ?? MAX_CHECK_DELAY_MS;
}
