import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { REFUND_API_PATH } from '@dmh/shared/dist/wechatpay';
import { usePaymentHarness } from './payment-harness';

const h = usePaymentHarness();

const BEIJING_RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;
const control = (body: unknown) => h.post('/sandbox/control', body);

/** A refund request signed as DMH signs it, sent as is: for the fields DMH's client does not send. */
async function signedRefund(body: Record<string, unknown>): Promise<Response> {
  const text = JSON.stringify(body);
  const authorization = h.world.signer(h.realClock).authorization('POST', REFUND_API_PATH, text);
  return fetch(`${h.server.url}${REFUND_API_PATH}`, { method: 'POST', headers: { Authorization: authorization, 'Content-Type': 'application/json' }, body: text });
}

describe('refund query and refunds in process, against the sandbox over loopback HTTP', () => {
  it('queries a refund with every field WeChat returns, times in RFC 3339 +08:00', async () => {
    const { outTradeNo, transactionId } = await h.paid(1000);
    await control({ out_trade_no: outTradeNo, refund: { status: 'SUCCESS' } }); // a refund done, so it has a success_time
    await h.refunds().refund({ outTradeNo, outRefundNo: `R${outTradeNo}`, refundFen: 400, totalFen: 1000 });
    const raw = await (await fetch(`${h.server.url}${REFUND_API_PATH}/R${outTradeNo}`, {
      headers: { Authorization: h.world.signer(h.realClock).authorization('GET', `${REFUND_API_PATH}/R${outTradeNo}`) },
    })).json() as Record<string, unknown> & { amount: Record<string, unknown> };
    for (const field of ['transaction_id', 'channel', 'user_received_account', 'create_time', 'success_time', 'status']) assert.ok(field in raw, field);
    for (const field of ['from', 'settlement_refund', 'settlement_total', 'discount_refund', 'payer_refund']) assert.ok(field in raw.amount, `amount.${field}`);

    const refund = await h.refunds().queryRefund(`R${outTradeNo}`);
    assert.deepEqual({ ...refund, refundId: undefined, createTime: undefined, successTime: undefined }, {
      outTradeNo, outRefundNo: `R${outTradeNo}`, refundId: undefined, refundStatus: 'SUCCESS', amount: { total: 1000, refund: 400 },
      transactionId, channel: 'ORIGINAL', userReceivedAccount: '支付用户零钱', createTime: undefined, successTime: undefined,
    });
    assert.match(refund.createTime ?? '', BEIJING_RFC3339);
    assert.match(refund.successTime ?? '', BEIJING_RFC3339);
  });

  it('answers an unknown refund with RESOURCE_NOT_EXISTS (404), and refuses an invalid number before sending', async () => {
    await assert.rejects(h.refunds().queryRefund('R-never-asked'), { name: 'PaymentProviderError', details: { status: 404, providerCode: 'RESOURCE_NOT_EXISTS' } });
    await assert.rejects(h.refunds().queryRefund('R/../x'), { reason: 'invalid_request' });
  });

  it('refunds an order named by transaction_id alone', async () => {
    const { outTradeNo, transactionId } = await h.paid(800);
    const response = await signedRefund({ transaction_id: transactionId, out_refund_no: `T${outTradeNo}`, amount: { refund: 800, total: 800, currency: 'CNY' } });
    assert.equal(response.status, 200);
    const refund = await h.refunds().queryRefund(`T${outTradeNo}`);
    assert.equal(refund.outTradeNo, outTradeNo);
    assert.equal(refund.refundStatus, 'PROCESSING');
  });

  it('refuses a refund whose total is not the order total, and one naming neither the order nor the transaction', async () => {
    const { outTradeNo } = await h.paid(800);
    await assert.rejects(h.refunds().refund({ outTradeNo, outRefundNo: `X${outTradeNo}`, refundFen: 100, totalFen: 900 }), { details: { status: 400, providerCode: 'INVALID_REQUEST' } });
    const neither = await signedRefund({ out_refund_no: `Y${outTradeNo}`, amount: { refund: 1, total: 800, currency: 'CNY' } });
    assert.equal(neither.status, 400);
    assert.equal(((await neither.json()) as { code: string }).code, 'PARAM_ERROR');
  });

  it('told SUCCESS, refunds at once and has notified before answering', async () => {
    const { outTradeNo } = await h.paid(600);
    await control({ out_trade_no: outTradeNo, refund: { status: 'SUCCESS' } });
    const before = h.received.length;
    const refund = await h.refunds().refund({ outTradeNo, outRefundNo: `S${outTradeNo}`, refundFen: 600, totalFen: 600 });
    assert.equal(refund.refundStatus, 'SUCCESS');
    assert.equal(h.received.length, before + 1);
    assert.equal(h.received.at(-1)?.refund?.outRefundNo, `S${outTradeNo}`);
  });

  it('by default answers PROCESSING, then succeeds and notifies later; the query follows', async () => {
    const { outTradeNo } = await h.paid(600);
    const before = h.received.length;
    const refund = await h.refunds().refund({ outTradeNo, outRefundNo: `P${outTradeNo}`, refundFen: 600, totalFen: 600 });
    assert.equal(refund.refundStatus, 'PROCESSING');
    assert.equal(h.received.length, before, 'not notified yet');
    const processing = await h.refunds().queryRefund(`P${outTradeNo}`);
    assert.equal(processing.refundStatus, 'PROCESSING');
    assert.equal(processing.successTime, undefined);

    await h.notified(before + 1);
    const notification = h.received[before];
    assert.deepEqual([notification?.eventType, notification?.refund?.refundStatus], ['REFUND.SUCCESS', 'SUCCESS']);
    assert.equal(notification?.refund?.refundId, refund.refundId, 'the notification names the refund the API answered');
    assert.equal((await h.refunds().queryRefund(`P${outTradeNo}`)).refundStatus, 'SUCCESS');
  });

  it('told PROCESSING with a delay, notifies after it', async () => {
    const { outTradeNo } = await h.paid(600);
    assert.equal((await control({ out_trade_no: outTradeNo, refund: { status: 'PROCESSING', notify_after_ms: 200 } })).status, 204);
    const before = h.received.length;
    const started = Date.now();
    await h.refunds().refund({ outTradeNo, outRefundNo: `D${outTradeNo}`, refundFen: 600, totalFen: 600 });
    await h.notified(before + 1);
    const elapsed = Date.now() - started;
    assert.ok(elapsed >= 180 && elapsed < 900, `notified after ${elapsed} ms`);
  });

  it('told CLOSED: REFUND.CLOSED is notified, the query says CLOSED, and the amount is refundable again', async () => {
    const { outTradeNo } = await h.paid(700);
    await control({ out_trade_no: outTradeNo, refund: { status: 'PROCESSING', notify_after_ms: 50, outcome: 'CLOSED' } });
    const before = h.received.length;
    await h.refunds().refund({ outTradeNo, outRefundNo: `C${outTradeNo}`, refundFen: 700, totalFen: 700 });
    const [notification] = (await h.notified(before + 1)).slice(before);
    assert.deepEqual([notification?.eventType, notification?.refund?.refundStatus, notification?.refund?.outRefundNo], ['REFUND.CLOSED', 'CLOSED', `C${outTradeNo}`]);
    const queried = await h.refunds().queryRefund(`C${outTradeNo}`);
    assert.deepEqual([queried.refundStatus, queried.successTime], ['CLOSED', undefined]);
    await control({ out_trade_no: outTradeNo, refund: { status: 'SUCCESS' } });
    const again = await h.refunds().refund({ outTradeNo, outRefundNo: `C2${outTradeNo}`, refundFen: 700, totalFen: 700 });
    assert.equal(again.refundStatus, 'SUCCESS', 'a closed refund returned nothing: the whole amount can be refunded');
  });

  it('told ABNORMAL: REFUND.ABNORMAL is notified, the query says ABNORMAL, and the amount stays taken', async () => {
    const { outTradeNo } = await h.paid(700);
    await control({ out_trade_no: outTradeNo, refund: { status: 'PROCESSING', notify_after_ms: 50, outcome: 'ABNORMAL' } });
    const before = h.received.length;
    await h.refunds().refund({ outTradeNo, outRefundNo: `A${outTradeNo}`, refundFen: 700, totalFen: 700 });
    const [notification] = (await h.notified(before + 1)).slice(before);
    assert.deepEqual([notification?.eventType, notification?.refund?.refundStatus], ['REFUND.ABNORMAL', 'ABNORMAL']);
    assert.equal((await h.refunds().queryRefund(`A${outTradeNo}`)).refundStatus, 'ABNORMAL');
    await assert.rejects(h.refunds().refund({ outTradeNo, outRefundNo: `A2${outTradeNo}`, refundFen: 1, totalFen: 700 }), { details: { status: 400, providerCode: 'INVALID_REQUEST' } });
  });

  it('refuses CLOSED or ABNORMAL for a refund told to succeed at once', async () => {
    const response = await control({ refund: { status: 'SUCCESS', outcome: 'ABNORMAL' } });
    assert.equal(response.status, 400);
  });

  it('PROCESSING with the notification dropped: only the query learns the refund succeeded', async () => {
    const { outTradeNo } = await h.paid(500);
    await control({ out_trade_no: outTradeNo, refund: { status: 'PROCESSING', notify_after_ms: 100 }, notification: { drop: true } });
    const before = h.received.length;
    await h.refunds().refund({ outTradeNo, outRefundNo: `Q${outTradeNo}`, refundFen: 500, totalFen: 500 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal((await h.refunds().queryRefund(`Q${outTradeNo}`)).refundStatus, 'SUCCESS');
    assert.equal(h.received.length, before);
  });
});
