import { checkDelay, INITIAL, keepsChecking, MAX_CHECK_DELAY_MS, type OrderView, reduce, type ResultState } from './pay-result';

const NOW = Date.parse('2026-12-03T12:00:00Z');
const order = (o: Partial<OrderView> = {}): OrderView => ({
  id: '1', orderNo: 'D20261203120000ABCDEFGHIJKL', campaignId: '7', brandId: '1', phone: '138****8000', amount: '99.00',
  status: 'pending', payStatus: 'unpaid', tradeNo: null, paidAt: null, createdAt: '2026-12-03T11:59:00Z',
  payExpiresAt: '2026-12-03T12:30:00Z', closedAt: null, closeReason: null, refundReason: null, ...o,
});
const at = (s: ResultState, ...events: Parameters<typeof reduce>[1][]) => events.reduce(reduce, s);

describe('pay result state machine', () => {
  it('shows success only when the server says paid, never on the payer side alone', () => {
    let s = at(INITIAL, { type: 'order', order: order(), now: NOW });
    expect(s.phase).toBe('unpaid');
    s = at(s, { type: 'pay' }, { type: 'paid-at-provider' });
    expect(s.phase).toBe('confirming');
    s = at(s, { type: 'order', order: order(), now: NOW });
    expect(s.phase).toBe('confirming');
    s = at(s, { type: 'order', order: order({ status: 'paid', payStatus: 'paid' }), now: NOW });
    expect(s.phase).toBe('paid');
  });

  it('says when the wait is long, and still turns paid when the order is', () => {
    let s = at(INITIAL, { type: 'order', order: order(), now: NOW }, { type: 'pay' }, { type: 'paid-at-provider' }, { type: 'wait-over' });
    expect(s.phase).toBe('slow');
    expect(keepsChecking(s.phase)).toBeTrue();
    s = at(s, { type: 'load-failed', message: 'offline' });
    expect(s.phase).toBe('slow');
    s = at(s, { type: 'order', order: order({ status: 'paid', payStatus: 'paid' }), now: NOW });
    expect(s.phase).toBe('paid');
    expect(keepsChecking(s.phase)).toBeFalse();
  });

  it('knows an expired order: closed by the server, or past its pay window before the close', () => {
    expect(at(INITIAL, { type: 'order', order: order({ status: 'cancelled', closeReason: 'expired' }), now: NOW }).phase).toBe('expired');
    expect(at(INITIAL, { type: 'order', order: order({ payExpiresAt: '2026-12-03T11:59:59Z' }), now: NOW }).phase).toBe('expired');
    expect(at(INITIAL, { type: 'order', order: order({ status: 'cancelled', closeReason: 'provider_closed' }), now: NOW }).phase).toBe('closed');
    expect(at(INITIAL, { type: 'order', order: order({ status: 'refunded', payStatus: 'refunded' }), now: NOW }).phase).toBe('refunded');
  });

  it('goes back to unpaid with the words when paying fails, and ignores pay outside unpaid', () => {
    let s = at(INITIAL, { type: 'order', order: order(), now: NOW }, { type: 'pay' }, { type: 'pay-failed', message: '订单已过期' });
    expect(s).toEqual(jasmine.objectContaining({ phase: 'unpaid', problem: '订单已过期' }));
    s = at(INITIAL, { type: 'order', order: order({ status: 'paid', payStatus: 'paid' }), now: NOW }, { type: 'pay' });
    expect(s.phase).toBe('paid');
    expect(at(INITIAL, { type: 'not-found' }).phase).toBe('missing');
    expect(at(INITIAL, { type: 'load-failed', message: 'x' }).phase).toBe('failed');
  });

  it('checks again with a backoff that levels off', () => {
    expect([0, 1, 2, 3, 4, 5].map(checkDelay)).toEqual([500, 1000, 1000, 2000, 3000, 5000]);
    expect(checkDelay(6)).toBe(MAX_CHECK_DELAY_MS);
    expect(checkDelay(100)).toBe(MAX_CHECK_DELAY_MS);
  });
});
