/**
 * DMH's WeChat Pay clients against the sandbox, in one process: the contract between the API (the merchant)
 * and the sandbox (WeChat), which import neither each other, so their common specs live here.
 * For specs: the sandbox on a loopback port, a merchant server that verifies and records the notifications
 * it receives, and DMH's real clients pointed at the sandbox. Real HTTP, real keys, no Dapr.
 */
import { once } from 'node:events';
import { after, before, beforeEach } from 'node:test';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { WechatPayRefundClient } from '../../api/src/refunds/refund.client';
import { WechatPayClient } from '../../api/src/payments/payment.client';
import { APP_APPID, APPID, MCHID, outTradeNo, paymentWorld, T0_MS, type PaymentWorld } from '../../api/src/payments/payments.test-factories';
import { startSandboxServer, type SandboxServer } from '../../wechatpay-sandbox/src/server';
import { WechatPaySandbox, type WechatPaySandboxOptions } from '../../wechatpay-sandbox/src/payments/wechatpay.sandbox';
import type { VerifiedNotification } from '../../api/src/payments/wechatpay.verifier';

const realClock = { now: Date.now };

/** A sandbox holding the keys of a payment world (public-key mode), at T0 unless told another clock. */
export function sandboxOf(world: PaymentWorld, overrides: Partial<WechatPaySandboxOptions> = {}): WechatPaySandbox {
  return new WechatPaySandbox({
    apiV3Key: world.apiV3Key,
    platformPrivateKey: world.platform.privateKey,
    platformSerial: world.pubKeyId,
    mchid: MCHID,
    appid: APPID,
    appAppid: APP_APPID,
    merchantPublicKeys: new Map([[world.merchant.serialNo, world.merchant.publicKey]]),
    now: () => T0_MS,
    ...overrides,
  });
}

/** The same in certificate mode: signs with the world's platform certificate and serves it. */
export function certificateSandboxOf(world: PaymentWorld, overrides: Partial<WechatPaySandboxOptions> = {}): WechatPaySandbox {
  return sandboxOf(world, {
    platformPrivateKey: world.certificate.privateKeyPem, platformSerial: world.certSerial, platformCertificatePem: world.certificate.certificatePem, ...overrides,
  });
}

export async function startPaymentHarness(opts: { certificateMode?: boolean; sandbox?: Partial<WechatPaySandboxOptions> } = {}) {
  const world = paymentWorld();
  const sandbox = opts.certificateMode
    ? certificateSandboxOf(world, { ...realClock, ...opts.sandbox })
    : sandboxOf(world, { ...realClock, ...opts.sandbox });
  const verifier = world.verifier(realClock);
  const received: VerifiedNotification[] = [];

  const app = express();
  app.post('/notify', express.raw({ type: () => true }), (req, res) => {
    received.push(verifier.verifyAndDecrypt(req.headers, req.body as Buffer));
    res.json({ code: 'SUCCESS', message: '成功' });
  });
  const merchant: Server = app.listen(0, '127.0.0.1');
  await once(merchant, 'listening');
  const merchantUrl = `http://127.0.0.1:${(merchant.address() as AddressInfo).port}`;
  const server: SandboxServer = await startSandboxServer({ port: 0, sandbox });

  const http = (overrides: Partial<ConstructorParameters<typeof WechatPayClient>[0]> = {}) => ({
    baseUrl: server.url, signer: world.signer(realClock), verifier, notifyUrl: `${merchantUrl}/notify`, ...overrides,
  });
  const client = (overrides: Partial<ConstructorParameters<typeof WechatPayClient>[0]> = {}) => new WechatPayClient({ appid: APPID, appAppid: APP_APPID, ...http(overrides) });
  const refunds = (overrides: Partial<ConstructorParameters<typeof WechatPayRefundClient>[0]> = {}) => new WechatPayRefundClient({ ...http(), ...overrides });

  const post = (path: string, body?: unknown) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      ...(body !== undefined && { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    });

  /** A prepaid order at the sandbox, not paid yet. */
  const prepaid = async (amountFen = 1990, description = 'DMH 活动报名') => {
    const no = outTradeNo();
    await client().createJsapiPrepay({ outTradeNo: no, description, amountFen, payerOpenid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' });
    return no;
  };
  /** A prepaid order the payer paid; returns out_trade_no and transaction_id. */
  const paid = async (amountFen = 1990, description?: string) => {
    const no = await prepaid(amountFen, description);
    const response = await post(`/sandbox/pay/${no}`);
    return { outTradeNo: no, transactionId: response.headers.get('x-sandbox-transaction-id') ?? '' };
  };

  /** Resolves once `count` notifications arrived, or rejects after `timeoutMs`. */
  const notified = async (count: number, timeoutMs = 3_000) => {
    const deadline = Date.now() + timeoutMs;
    while (received.length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} notifications, got ${received.length}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return received;
  };

  const close = async () => {
    await server.close();
    merchant.closeAllConnections();
    await new Promise((resolve) => merchant.close(resolve));
  };

  return { world, sandbox, verifier, server, merchantUrl, received, client, refunds, post, prepaid, paid, notified, close, realClock };
}

export type PaymentHarness = Awaited<ReturnType<typeof startPaymentHarness>>;

/**
 * A spec file's harness: started before its tests, closed after them, and before each test the sandbox's
 * controls reset and the notifications received so far forgotten. The object is filled in by `before`.
 */
export function usePaymentHarness(opts: Parameters<typeof startPaymentHarness>[0] = {}): PaymentHarness {
  const h = {} as PaymentHarness;
  before(async () => {
    Object.assign(h, await startPaymentHarness(opts));
  });
  after(() => h.close());
  beforeEach(async () => {
    await fetch(`${h.server.url}/sandbox/control`, { method: 'DELETE' });
    h.received.length = 0;
  });
  return h;
}
