import assert from 'node:assert/strict';
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import express from 'express';
import { WechatPayClient } from '../../api/src/payments/payment.client';
import { PaymentProviderError } from '../../api/src/payments/payment.errors';
import { APPID, outTradeNo, paymentWorld, rsaPair } from '../../api/src/payments/payments.test-factories';
import { sandboxOf } from './payment-harness';
import { startSandboxServer, type SandboxServer } from '../../wechatpay-sandbox/src/server';
import { WechatPaySigner } from '../../api/src/payments/wechatpay.signer';
import type { VerifiedNotification } from '../../api/src/payments/wechatpay.verifier';
import { WechatPayRefundClient, type RefundRequest } from '../../api/src/refunds/refund.client';

const world = paymentWorld();
const realClock = { now: Date.now };
const sandbox = sandboxOf(world, { ...realClock, refundNotifyAfterMs: 100 });
const verifier = world.verifier(realClock);
const received: VerifiedNotification[] = [];
let sandboxServer: SandboxServer;
let merchant: Server;
let merchantUrl: string;

const refunds = (overrides: Partial<ConstructorParameters<typeof WechatPayRefundClient>[0]> = {}) =>
  new WechatPayRefundClient({ baseUrl: sandboxServer.url, notifyUrl: `${merchantUrl}/refund-notify`, signer: world.signer(realClock), verifier, ...overrides });

/** A prepaid and paid order at the sandbox, ready to be refunded. */
async function paidOrder(amountFen: number): Promise<string> {
  const no = outTradeNo();
  const payments = new WechatPayClient({ baseUrl: sandboxServer.url, appid: APPID, notifyUrl: `${merchantUrl}/pay-notify`, signer: world.signer(realClock), verifier });
  await payments.createJsapiPrepay({ outTradeNo: no, description: '报名', amountFen, payerOpenid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' });
  await fetch(`${sandboxServer.url}/sandbox/pay/${no}`, { method: 'POST' });
  return no;
}

const request = (no: string, overrides: Partial<RefundRequest> = {}): RefundRequest => ({
  outTradeNo: no, outRefundNo: `R${no}-1`, refundFen: 1000, totalFen: 1000, reason: '顾客取消', ...overrides,
});

before(async () => {
  sandboxServer = await startSandboxServer({ port: 0, sandbox });
  const app = express();
  app.post('/pay-notify', (_req, res) => void res.json({ code: 'SUCCESS', message: '成功' }));
  app.post('/refund-notify', express.raw({ type: () => true }), (req, res) => {
    received.push(verifier.verifyAndDecrypt(req.headers, req.body as Buffer));
    res.json({ code: 'SUCCESS', message: '成功' });
  });
  merchant = app.listen(0, '127.0.0.1');
  await once(merchant, 'listening');
  merchantUrl = `http://127.0.0.1:${(merchant.address() as AddressInfo).port}`;
});

after(async () => {
  await sandboxServer.close();
  merchant.closeAllConnections();
  await new Promise((resolve) => merchant.close(resolve));
});

/** Resolves once `count` refund notifications arrived (3 s at most). */
async function notified(count: number): Promise<void> {
  const deadline = Date.now() + 3_000;
  while (received.length < count) {
    if (Date.now() > deadline) throw new Error(`expected ${count} notifications, got ${received.length}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('refunds through the v3 API, against the sandbox', () => {
  it('refunds: a signed, verified PROCESSING, then the refund notification sent to notify_url', async () => {
    const no = await paidOrder(1000);
    received.length = 0;
    const result = await refunds().refund(request(no, { refundFen: 400 }));
    assert.deepEqual({ ...result, refundId: undefined }, {
      outTradeNo: no, outRefundNo: `R${no}-1`, refundId: undefined, refundStatus: 'PROCESSING', amount: { total: 1000, refund: 400 },
    });
    assert.match(result.refundId, /^50\d{27}$/);
    await notified(1);
    assert.deepEqual([received[0]?.eventType, received[0]?.refund?.outRefundNo, received[0]?.refund?.refundId], ['REFUND.SUCCESS', `R${no}-1`, result.refundId]);
  });

  it('the same refund number asked again, even at once, is the same refund: no second notification, no money twice', async () => {
    const no = await paidOrder(1000);
    received.length = 0;
    const results = await Promise.all([1, 2, 3].map(() => refunds().refund(request(no))));
    assert.equal(new Set(results.map((r) => r.refundId)).size, 1);
    await notified(1);
    assert.equal((await refunds().refund(request(no))).refundId, results[0]?.refundId);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(received.length, 1);
    await assert.rejects(refunds().refund(request(no, { outRefundNo: `R${no}-2`, refundFen: 1 })), (err: PaymentProviderError) => {
      assert.deepEqual([err.reason, err.details.status], ['http_error', 400], 'nothing is left to refund');
      return true;
    });
  });

  it('refuses a refund number reused with another amount, an unknown order, and a request not signed by the merchant', async () => {
    const no = await paidOrder(1000);
    await refunds().refund(request(no, { refundFen: 100 }));
    const refused = async (work: Promise<unknown>, status: number) =>
      assert.rejects(work, (err: PaymentProviderError) => err instanceof PaymentProviderError && err.reason === 'http_error' && err.details.status === status);
    await refused(refunds().refund(request(no, { refundFen: 200 })), 400);
    await refused(refunds().refund(request(outTradeNo())), 404);
    const stranger = new WechatPaySigner({ mchid: world.signer().mchid, serialNo: world.merchant.serialNo, privateKey: rsaPair().privateKey }, realClock);
    await refused(refunds({ signer: stranger }).refund(request(no, { outRefundNo: `R${no}-9`, refundFen: 100 })), 401);
  });

  it('does not trust an answer it cannot verify', async () => {
    const no = await paidOrder(1000);
    const otherVerifier = paymentWorld().verifier(realClock);
    await assert.rejects(refunds({ verifier: otherVerifier }).refund(request(no)), (err: PaymentProviderError) => err.reason === 'unverified_response');
  });

  it('refuses to send what WeChat would refuse', async () => {
    await assert.rejects(refunds().refund(request(outTradeNo(), { refundFen: 0 })), (err: PaymentProviderError) => err.reason === 'invalid_request');
  });
});
