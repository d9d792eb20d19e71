import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { refundGuidance, spanText, toRefundView } from './refund-view';

const CREATED = Date.parse('2026-12-01T08:00:00.000Z');
const row = (status: string, overrides: Record<string, unknown> = {}) => ({
  id: 7, out_refund_no: 'RD20261201000000ABCDEFGHIJKL-1', refund_id: null, amount: '99.00', status, reason: null,
  requested_by: 3, succeeded_at: null, created_at: new Date(CREATED), ...overrides,
});
const clock = (afterSeconds: number) => ({ nowMs: CREATED + afterSeconds * 1000, stuckAfterSeconds: 3600 });

describe('refunds as admins see them', () => {
  it('ABNORMAL needs action and says, Chinese first, that the card was closed or frozen and how to finish it at WeChat', () => {
    const view = toRefundView(row('abnormal'), clock(10));
    assert.equal(view.needsAction, true);
    const text = view.guidance ?? '';
    assert.match(text, /^退款异常/, 'Chinese first');
    for (const part of ['银行卡已注销或被冻结', '商户平台', '交易中心', '手动处理', 'apply-abnormal-refund', 'RD20261201000000ABCDEFGHIJKL-1', 'closed or frozen']) {
      assert.ok(text.includes(part), part);
    }
    assert.ok(text.indexOf('退款异常') < text.indexOf('Refund ABNORMAL'));
  });

  it('PROCESSING is normal until REFUND_STUCK_AFTER_SECONDS, then needs action with what to check', () => {
    const fresh = toRefundView(row('processing'), clock(3599));
    assert.deepEqual([fresh.needsAction, fresh.guidance?.startsWith('退款处理中：')], [false, true]);
    const stuck = toRefundView(row('processing'), clock(3600));
    assert.equal(stuck.needsAction, true);
    assert.match(stuck.guidance ?? '', /^退款处理中已超过 1 小时/);
    assert.match(stuck.guidance ?? '', /after 1 h/);
  });

  it('CLOSED and refused refunds say nothing moved and need no action; a success needs no words', () => {
    for (const status of ['closed', 'failed']) {
      const view = toRefundView(row(status), clock(999_999));
      assert.equal(view.needsAction, false, status);
      assert.match(view.guidance ?? '', /奖励未冲正/, status);
    }
    const done = toRefundView(row('success', { refund_id: '503', succeeded_at: new Date(CREATED + 5000) }), clock(999_999));
    assert.deepEqual([done.needsAction, done.guidance, done.refundId, done.succeededAt], [false, null, '503', '2026-12-01T08:00:05.000Z']);
  });

  it('keeps the row as it was: ids as strings, times in ISO-8601', () => {
    const view = toRefundView(row('success'), clock(0));
    assert.deepEqual([view.id, view.requestedBy, view.amount, view.createdAt, view.reason], ['7', '3', '99.00', '2026-12-01T08:00:00.000Z', null]);
  });

  it('words the threshold in hours, minutes or seconds', () => {
    assert.deepEqual([spanText(259_200), spanText(300), spanText(5), spanText(90)].map((s) => s.zh), ['72 小时', '5 分钟', '5 秒', '90 秒']);
    assert.equal(refundGuidance('success', 'R1', false, 60), null);
  });
});
