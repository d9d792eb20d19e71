import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rsaPair } from '../../api/src/payments/payments.test-factories';
import { usePaymentHarness } from './payment-harness';
import { WechatPaySigner } from '../../api/src/payments/wechatpay.signer';

const h = usePaymentHarness();

const BEIJING_RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;

describe('order query and close against the sandbox, over loopback HTTP', () => {
  it('queries an unpaid order as NOTPAY, without a transaction', async () => {
    const no = await h.prepaid(2590);
    const order = await h.client().queryOrder(no);
    assert.deepEqual(order, { outTradeNo: no, tradeState: 'NOTPAY', tradeStateDesc: '订单未支付', mchid: h.sandbox.mchid, appid: h.sandbox.appid, amountTotal: 2590 });
  });

  it('queries a paid order as SUCCESS with the transaction its notification carried, by out_trade_no and by transaction_id', async () => {
    const { outTradeNo, transactionId } = await h.paid(1990);
    const notification = h.received.find((n) => n.transaction?.outTradeNo === outTradeNo);
    const byNo = await h.client().queryOrder(outTradeNo);
    assert.equal(byNo.tradeState, 'SUCCESS');
    assert.deepEqual(byNo.transaction, { ...notification?.transaction });
    assert.match(byNo.transaction?.successTime ?? '', BEIJING_RFC3339);
    assert.deepEqual(await h.client().queryOrderByTransactionId(transactionId), byNo);
  });

  it('answers an unknown order with ORDER_NOT_EXIST (404), by either key', async () => {
    await assert.rejects(h.client().queryOrder('D00000000000000000404'), { name: 'PaymentProviderError', reason: 'http_error', details: { status: 404, providerCode: 'ORDER_NOT_EXIST' } });
    await assert.rejects(h.client().queryOrderByTransactionId('4200000000202401010000000000'), { details: { status: 404, providerCode: 'ORDER_NOT_EXIST' } });
  });

  it('closes an unpaid order (204): it then queries CLOSED and can no longer be paid; closing again is accepted', async () => {
    const no = await h.prepaid();
    await h.client().closeOrder(no);
    assert.equal((await h.client().queryOrder(no)).tradeState, 'CLOSED');
    const pay = await h.post(`/sandbox/pay/${no}`);
    assert.equal(pay.status, 400);
    assert.equal(((await pay.json()) as { code: string }).code, 'ORDER_CLOSED');
    await h.client().closeOrder(no);
  });

  it('refuses to close a paid order with ORDERPAID', async () => {
    const { outTradeNo } = await h.paid();
    await assert.rejects(h.client().closeOrder(outTradeNo), { reason: 'http_error', details: { status: 400, providerCode: 'ORDERPAID' } });
    assert.equal((await h.client().queryOrder(outTradeNo)).tradeState, 'SUCCESS');
  });

  it('shows a refunded order as REFUND, still with its transaction', async () => {
    const { outTradeNo } = await h.paid(1000);
    await h.post(`/sandbox/refund/${outTradeNo}`, { amount: 100 });
    const order = await h.client().queryOrder(outTradeNo);
    assert.equal(order.tradeState, 'REFUND');
    assert.equal(order.transaction?.amountTotal, 1000);
  });

  it('is refused SIGN_ERROR (401) when the merchant signature does not verify, and nothing is closed', async () => {
    const no = await h.prepaid();
    const impostor = new WechatPaySigner({ mchid: h.sandbox.mchid, serialNo: h.world.merchant.serialNo, privateKey: rsaPair().privateKey }, h.realClock);
    await assert.rejects(h.client({ signer: impostor }).queryOrder(no), { details: { status: 401, providerCode: 'SIGN_ERROR' } });
    await assert.rejects(h.client({ signer: impostor }).closeOrder(no), { details: { status: 401, providerCode: 'SIGN_ERROR' } });
    assert.equal((await h.client().queryOrder(no)).tradeState, 'NOTPAY');
  });

  it('refuses an answer whose platform signature it cannot verify, and invalid numbers before sending', async () => {
    const no = await h.prepaid();
    const stranger = h.world.verifier({ ...h.realClock, publicKeys: new Map([[h.world.pubKeyId, rsaPair().publicKey]]) });
    await assert.rejects(h.client({ verifier: stranger }).queryOrder(no), { reason: 'unverified_response' });
    await assert.rejects(h.client({ verifier: stranger }).closeOrder(no), { reason: 'unverified_response' });
    await assert.rejects(h.client().queryOrder('../v3/certificates'), { reason: 'invalid_request' });
    await assert.rejects(h.client().queryOrderByTransactionId('42x'), { reason: 'invalid_request' });
  });

  it('answers an unknown path with WeChat JSON error body, not HTML', async () => {
    const response = await fetch(`${h.server.url}/v3/pay/transactions/unknown`);
    assert.equal(response.status, 404);
    assert.match(response.headers.get('content-type') ?? '', /application\/json/);
    assert.deepEqual(await response.json(), { code: 'NOT_FOUND', message: 'no such API' });
  });
});
