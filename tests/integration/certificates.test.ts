import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Stack } from '../../scripts/stack/stack';
import { sandboxKeysDir } from '../../scripts/stack/env';
import { SANDBOX_CERTIFICATE_FILE } from '../../wechatpay-sandbox/src/payments/platform-certificate';
import { call, createOrder, SANDBOX_URL, waitFor } from './support/api-client';
import { one } from './support/db';
import { createBrand, createCampaign, createDistributorChain, nextPhone } from './support/factories';
import { assertInvariants } from './support/invariants';
import { paidNotification, sendCallback } from './support/payer';
import { balanceOf, setCurrentStack, untilSettled } from './support/suite';
import { startTestStack, stopTestStack } from './support/test-stack';

/**
 * WeChat Pay's certificate mode, end to end: its own stack (about 15 s to start) with the API and the sandbox in
 * WECHATPAY_VERIFY_MODE=certificate. The API trusts no public key, only the platform certificates it fetched
 * from the sandbox's /v3/certificates; the sandbox rotates its certificate in the middle. An unknown serial may
 * trigger a fetch once a second here (a minute by default), so the rotation need not wait out the default gap.
 */
let stack: Stack | undefined;

before(async () => {
  stack = await startTestStack({ WECHATPAY_VERIFY_MODE: 'certificate', WECHATPAY_CERT_MIN_REFRESH_GAP_SECONDS: '1' });
  setCurrentStack(stack);
}, { timeout: 900_000 });

after(async () => {
  await stopTestStack(stack);
}, { timeout: 120_000 });

/** The Wechatpay-Serial the sandbox signs with now (even its refusal of an unsigned request is signed). */
async function signingSerial(): Promise<string> {
  const refused = await fetch(`${SANDBOX_URL}/v3/certificates`);
  assert.equal(refused.status, 401);
  return refused.headers.get('wechatpay-serial') ?? '';
}

/** The sandbox's payer pays an order whose payment was started; the API must accept the notification. */
async function payAtSandbox(orderNo: string): Promise<void> {
  const answer = await fetch(`${SANDBOX_URL}/sandbox/pay/${orderNo}`, { method: 'POST', signal: AbortSignal.timeout(30_000) });
  assert.equal(answer.status, 200, await answer.text());
}

async function startPayment(orderNo: string): Promise<void> {
  const start = await call('POST', `/api/v1/orders/${orderNo}/pay`, { openid: 'oTestPayer0000000000000001' });
  assert.equal(start.status, 200, JSON.stringify(start.body));
}

/** The sandbox signs with a new certificate from now on; past the test stack's 1 s gap between fetches. */
async function rotate(): Promise<{ serial: string; serials: string[] }> {
  const rotation = (await (await fetch(`${SANDBOX_URL}/sandbox/certificates/rotate`, { method: 'POST' })).json()) as { serial: string; serials: string[] };
  assert.equal(await signingSerial(), rotation.serial);
  await new Promise((resolve) => setTimeout(resolve, 1_100));
  return rotation;
}

async function credited(orderId: string, userId: string, balance: string): Promise<void> {
  assert.equal((await one<{ pay_status: string }>('SELECT pay_status FROM orders WHERE id = ?', [orderId])).pay_status, 'paid');
  await waitFor(`the referrer's balance to reach ${balance}`, async () => (await balanceOf(userId)) === balance, 10_000, 20);
}

describe('WeChat Pay certificate mode, end to end', () => {
  test('orders paid with the sandbox certificate; after a rotation the notification (then a prepay answer) signed with the new serial is accepted once DMH refreshes', async () => {
    const certificate = new X509Certificate(readFileSync(join(sandboxKeysDir(stack!.cfg), SANDBOX_CERTIFICATE_FILE)));
    const first = await signingSerial();
    assert.equal(first, certificate.serialNumber.toUpperCase(), 'the sandbox signs with the certificate made in its keys dir');

    const brandId = await createBrand();
    const [referrer] = await createDistributorChain(brandId, 1);
    const campaignId = await createCampaign(brandId);
    const order = () => createOrder(campaignId, nextPhone(), referrer.distributorId);

    const a = await order();
    await startPayment(a.orderNo);
    await payAtSandbox(a.orderNo);
    await credited(a.orderId, referrer.userId, '10.00');

    const publicKeySigned = await sendCallback(paidNotification((await createOrder(campaignId, nextPhone())).orderNo, 9900));
    assert.equal(publicKeySigned.status, 401, 'certificate mode trusts no PUB_KEY_ID: a notification signed with the public key is refused');
    assert.match(publicKeySigned.body?.message ?? '', /unknown_serial/);

    // Rotation between prepay and payment: the notification is the first thing DMH sees signed with the new serial.
    const b = await order();
    await startPayment(b.orderNo);
    const second = await rotate();
    assert.deepEqual(second.serials, [first, second.serial]);
    const t0 = Date.now();
    await payAtSandbox(b.orderNo);
    console.log(`# notification with a new serial: certificates fetched and notification accepted in ${Date.now() - t0} ms`);
    await credited(b.orderId, referrer.userId, '20.00');

    // Rotation before prepay: the prepay answer is the first thing signed with the newer serial.
    const third = await rotate();
    assert.deepEqual(third.serials, [first, second.serial, third.serial]);
    const c = await order();
    await startPayment(c.orderNo);
    await payAtSandbox(c.orderNo);
    await credited(c.orderId, referrer.userId, '30.00');

    await untilSettled();
    await assertInvariants();
  });
});
