import assert from 'node:assert/strict';
import { verify } from 'node:crypto';
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import express from 'express';
import { PaymentNotificationError } from '../../api/src/payments/payment.errors';
import { WechatPayClient, type JsapiPrepayInput } from '../../api/src/payments/payment.client';
import { APPID, outTradeNo, paymentWorld } from '../../api/src/payments/payments.test-factories';
import { sandboxOf } from './payment-harness';
import { startSandboxServer, type SandboxServer } from '../../wechatpay-sandbox/src/server';
import type { VerifiedNotification } from '../../api/src/payments/wechatpay.verifier';

const world = paymentWorld();
const realClock = { now: Date.now };
const sandbox = sandboxOf(world, { ...realClock, refundNotifyAfterMs: 100 });
const verifier = world.verifier(realClock);
const received: VerifiedNotification[] = [];
let sandboxServer: SandboxServer;
let merchant: Server;
let merchantUrl: string;

/** The merchant side as the API implements it: raw bytes in, verify, answer. */
function merchantApp(): express.Express {
  const app = express();
  app.post('/notify', express.raw({ type: () => true }), (req, res) => {
    try {
      received.push(verifier.verifyAndDecrypt(req.headers, req.body as Buffer));
      res.status(200).json({ code: 'SUCCESS', message: '成功' });
    } catch (err) {
      if (!(err instanceof PaymentNotificationError)) throw err;
      res.status(401).json({ code: 'FAIL', message: err.reason });
    }
  });
  app.post('/notify-broken', (_req, res) => {
    res.status(500).json({ code: 'FAIL', message: 'database down' });
  });
  return app;
}

const client = (overrides: Partial<ConstructorParameters<typeof WechatPayClient>[0]> = {}) =>
  new WechatPayClient({
    baseUrl: sandboxServer.url,
    appid: APPID,
    notifyUrl: `${merchantUrl}/notify`,
    signer: world.signer(realClock),
    verifier,
    ...overrides,
  });

const order = (overrides: Partial<JsapiPrepayInput> = {}): JsapiPrepayInput => ({
  outTradeNo: outTradeNo(),
  description: 'DMH 活动报名',
  amountFen: 1990,
  payerOpenid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
  ...overrides,
});

const post = (path: string, body?: unknown) =>
  fetch(`${sandboxServer.url}${path}`, {
    method: 'POST',
    ...(body !== undefined && { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  });

const codeOf = async (response: Response) => ((await response.json()) as { code?: string }).code;

before(async () => {
  sandboxServer = await startSandboxServer({ port: 0, sandbox });
  merchant = merchantApp().listen(0, '127.0.0.1');
  await once(merchant, 'listening');
  merchantUrl = `http://127.0.0.1:${(merchant.address() as AddressInfo).port}`;
});

after(async () => {
  await sandboxServer.close();
  merchant.closeAllConnections();
  await new Promise((resolve) => merchant.close(resolve));
});

describe('sandbox server with the real client and verifier', () => {
  it('creates a JSAPI prepay and returns pay params signed with the merchant key', async () => {
    const input = order();
    const { prepayId, payParams } = await client().createJsapiPrepay(input);

    assert.match(prepayId, /^wx\d{14}[0-9a-f]{20}$/);
    assert.equal(payParams.package, `prepay_id=${prepayId}`);
    assert.equal(payParams.appId, APPID);
    const signed = `${APPID}\n${payParams.timeStamp}\n${payParams.nonceStr}\n${payParams.package}\n`;
    assert.equal(verify('sha256', Buffer.from(signed), world.merchant.publicKey, Buffer.from(payParams.paySign, 'base64')), true);
    assert.equal((await client().createJsapiPrepay(input)).prepayId, prepayId, 'the same order gets the same prepay_id');
  });

  it('pays: the merchant receives a verified TRANSACTION.SUCCESS and the sandbox relays its answer', async () => {
    const input = order({ amountFen: 2590 });
    await client().createJsapiPrepay(input);
    received.length = 0;

    const response = await post(`/sandbox/pay/${input.outTradeNo}`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { code: 'SUCCESS', message: '成功' });
    const transactionId = response.headers.get('x-sandbox-transaction-id');
    assert.match(transactionId ?? '', /^4200\d{24}$/);
    assert.equal(received.length, 1);
    assert.equal(received[0]?.eventType, 'TRANSACTION.SUCCESS');
    assert.deepEqual(
      { ...received[0]?.transaction, successTime: undefined },
      { outTradeNo: input.outTradeNo, transactionId, tradeState: 'SUCCESS', amountTotal: 2590, currency: 'CNY',
        successTime: undefined, payerOpenid: input.payerOpenid, mchid: sandbox.mchid, appid: APPID },
    );

    const again = await post(`/sandbox/pay/${input.outTradeNo}`);
    assert.equal(again.status, 200);
    assert.equal(again.headers.get('x-sandbox-transaction-id'), transactionId, 'a second payment is a re-delivery');
    assert.equal(received[1]?.id, received[0]?.id);
  });

  it('refunds: PROCESSING at first, then the merchant receives a verified REFUND.SUCCESS; over-refunding is refused', async () => {
    const input = order({ amountFen: 1000 });
    await client().createJsapiPrepay(input);
    await post(`/sandbox/pay/${input.outTradeNo}`);
    received.length = 0;

    const response = await post(`/sandbox/refund/${input.outTradeNo}`, { amount: 400, out_refund_no: 'R2024060800001' });
    assert.deepEqual([response.status, await codeOf(response)], [202, 'NOTIFICATION_PENDING'], 'in process: notified when it ends');
    assert.equal(received.length, 0);
    const deadline = Date.now() + 3_000;
    while (received.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(received[0]?.eventType, 'REFUND.SUCCESS');
    assert.deepEqual({ ...received[0]?.refund, refundId: undefined }, {
      outTradeNo: input.outTradeNo, outRefundNo: 'R2024060800001', refundId: undefined, refundStatus: 'SUCCESS',
      amount: { total: 1000, refund: 400 },
    });
    const tooMuch = await post(`/sandbox/refund/${input.outTradeNo}`, { amount: 601 });
    assert.equal(tooMuch.status, 400);
    assert.equal(await codeOf(tooMuch), 'INVALID_REQUEST');
    await post('/sandbox/control', { out_trade_no: input.outTradeNo, refund: { status: 'SUCCESS' } });
    assert.equal((await post(`/sandbox/refund/${input.outTradeNo}`)).status, 200, 'the remaining 600 by default, told SUCCESS: notified before the answer');
    assert.equal(received.length, 2);
  });

  it("relays a merchant's failure answer as is", async () => {
    const input = order();
    await client({ notifyUrl: `${merchantUrl}/notify-broken` }).createJsapiPrepay(input);
    const response = await post(`/sandbox/pay/${input.outTradeNo}`);
    assert.equal(response.status, 500);
    assert.deepEqual(await response.json(), { code: 'FAIL', message: 'database down' });
  });

  it('answers 404 ORDER_NOT_EXIST for an unknown order', async () => {
    const response = await post('/sandbox/pay/D000000000000404');
    assert.equal(response.status, 404);
    assert.equal(await codeOf(response), 'ORDER_NOT_EXIST');
  });

  it('refuses unsigned and tampered prepay requests with 401 SIGN_ERROR', async () => {
    const body = JSON.stringify({ appid: APPID, mchid: sandbox.mchid, description: 'x', out_trade_no: outTradeNo(),
      notify_url: `${merchantUrl}/notify`, amount: { total: 1, currency: 'CNY' }, payer: { openid: 'o1' } });
    const send = (headers: Record<string, string>, payload: string) =>
      fetch(`${sandboxServer.url}/v3/pay/transactions/jsapi`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: payload });

    const unsigned = await send({}, body);
    assert.equal(unsigned.status, 401);
    assert.equal(await codeOf(unsigned), 'SIGN_ERROR');
    const authorization = world.signer(realClock).authorization('POST', '/v3/pay/transactions/jsapi', body);
    const tampered = await send({ Authorization: authorization }, body.replace('"total":1', '"total":2'));
    assert.equal(tampered.status, 401);
    assert.equal((await send({ Authorization: authorization }, body)).status, 200);
  });

  it('reports the provider code of a refused request, and refuses invalid input before sending', async () => {
    await assert.rejects(client({ appid: 'wx0000000000000000' }).createJsapiPrepay(order()), {
      name: 'PaymentProviderError', reason: 'http_error', details: { status: 400, providerCode: 'APPID_MCHID_NOT_MATCH' },
    });
    await assert.rejects(client().createJsapiPrepay(order({ amountFen: 0 })), { reason: 'invalid_request' });
    await assert.rejects(client().createJsapiPrepay(order({ amountFen: 9.9 })), { reason: 'invalid_request' });
  });

  it('refuses a 2xx answer whose platform signature it cannot verify', async () => {
    const stranger = world.verifier({ ...realClock, publicKeys: new Map([[world.certSerial, world.certificate.certificatePem]]) });
    await assert.rejects(client({ verifier: stranger }).createJsapiPrepay(order()), { reason: 'unverified_response' });
  });

  it('reports an unreachable provider as network_error', async () => {
    await assert.rejects(client({ baseUrl: 'http://127.0.0.1:1' }).createJsapiPrepay(order()), { reason: 'network_error' });
  });
});
