import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { issuePlatformCertificate } from '@dmh/shared/dist/wechatpay';
import { PlatformCertificateStore, type PlatformCertificateStoreOptions } from '../../api/src/payments/platform-certificates';
import { outTradeNo, transactionData } from '../../api/src/payments/payments.test-factories';
import { startPaymentHarness, usePaymentHarness, type PaymentHarness } from './payment-harness';
import { readPlatformCertificate } from '../../api/src/payments/wechatpay.certificates';

const h = usePaymentHarness({ certificateMode: true });
const DAY_MS = 86_400_000;
const stores: PlatformCertificateStore[] = [];
after(() => stores.forEach((s) => s.stop()));

/** A verifier that trusts nothing yet (certificate mode), the real client on it, and a store counting its fetches. */
function certificateMode(harness: PaymentHarness, opts: Partial<PlatformCertificateStoreOptions> & { failing?: () => boolean } = {}) {
  const verifier = harness.world.verifier({ ...harness.realClock, publicKeys: new Map() });
  const client = harness.client({ verifier });
  const unreachable = harness.client({ verifier, baseUrl: 'http://127.0.0.1:1' });
  const warnings: string[] = [];
  let fetches = 0;
  const store = new PlatformCertificateStore({
    fetch: () => {
      fetches += 1;
      return opts.failing?.() ? unreachable.fetchPlatformCertificates() : client.fetchPlatformCertificates();
    },
    trusted: verifier.trusted,
    refreshIntervalMs: 3_600_000,
    minRefreshGapMs: 0,
    logger: { info: () => undefined, warn: (_: unknown, message: string) => warnings.push(message) } as unknown as PlatformCertificateStoreOptions['logger'],
    ...opts,
  });
  stores.push(store);
  return { verifier, client, store, warnings, fetches: () => fetches };
}

const notification = (harness: PaymentHarness) => harness.sandbox.notification('transaction', transactionData({ mchid: harness.sandbox.mchid }));
const rotate = async () => ((await (await h.post('/sandbox/certificates/rotate')).json()) as { serial: string; serials: string[] }).serial;

describe('platform certificates: fetched, kept in the verifier, refreshed', () => {
  it('at start, with nothing trusted, fetches /v3/certificates (verified with the certificate it carries); notifications then verify', async () => {
    const m = certificateMode(h);
    const message = notification(h);
    await assert.rejects(Promise.resolve().then(() => m.verifier.verifyAndDecrypt(message.headers, message.body)), { reason: 'unknown_serial' });
    assert.deepEqual(await m.store.start(), { ok: true, serials: h.sandbox.platformCertificates.map((c) => c.serial) });
    assert.equal((await m.verifier.verifyNotification(message.headers, message.body)).eventType, 'TRANSACTION.SUCCESS');
  });

  it('a rotation: the first notification signed with the new serial makes it fetch at once, and the old certificate stays trusted (overlap)', async () => {
    const m = certificateMode(h);
    await m.store.start();
    const old = h.sandbox.signingSerial;
    const oldMessage = notification(h);
    const serial = await rotate();
    assert.notEqual(serial, old);
    const message = notification(h);
    assert.equal(message.headers['Wechatpay-Serial'], serial);
    assert.equal((await m.verifier.verifyNotification(message.headers, message.body)).eventType, 'TRANSACTION.SUCCESS');
    assert.equal(m.fetches(), 2);
    assert.ok(m.store.serials().includes(old) && m.store.serials().includes(serial));
    assert.equal((await m.verifier.verifyNotification(oldMessage.headers, oldMessage.body)).eventType, 'TRANSACTION.SUCCESS');
  });

  it('an API answer signed with a new serial is accepted after the same refresh', async () => {
    const m = certificateMode(h);
    await m.store.start();
    const no = outTradeNo();
    await m.client.createJsapiPrepay({ outTradeNo: no, description: 'DMH 活动报名', amountFen: 1990, payerOpenid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' });
    await rotate();
    assert.equal((await m.client.queryOrder(no)).tradeState, 'NOTPAY');
    assert.equal(m.fetches(), 2);
    assert.equal(h.sandbox.signingSerial, m.store.serials().at(-1));
  });

  it('fetches at most once per minimum gap: an unknown serial inside it is refused, without a fetch, then learned after it', async () => {
    let offsetMs = 0;
    const m = certificateMode(h, { minRefreshGapMs: 60_000, now: () => Date.now() + offsetMs });
    await m.store.start();
    await rotate();
    const message = notification(h);
    await assert.rejects(m.verifier.verifyNotification(message.headers, message.body), { reason: 'unknown_serial' });
    assert.equal(m.fetches(), 1);
    offsetMs = 61_000;
    assert.equal((await m.verifier.verifyNotification(message.headers, message.body)).eventType, 'TRANSACTION.SUCCESS');
    assert.equal(m.fetches(), 2);
  });

  it('notifications racing with one unknown serial share one fetch', async () => {
    const m = certificateMode(h);
    await m.store.start();
    await rotate();
    const messages = Array.from({ length: 8 }, () => notification(h));
    const verified = await Promise.all(messages.map((msg) => m.verifier.verifyNotification(msg.headers, msg.body)));
    assert.equal(verified.length, 8);
    assert.equal(m.fetches(), 2);
  });

  it('a failed refresh keeps the current certificates and warns; a serial already known never fetches', async () => {
    let failing = false;
    const m = certificateMode(h, { failing: () => failing });
    await m.store.start();
    const before = m.store.serials();
    failing = true;
    assert.deepEqual(await m.store.refresh(), { ok: false, reason: 'fetch_failed', serials: before });
    assert.match(m.warnings.join('\n'), /not refreshed: keeping the current ones/);
    const message = notification(h);
    assert.equal((await m.verifier.verifyNotification(message.headers, message.body)).eventType, 'TRANSACTION.SUCCESS');
    assert.equal(m.fetches(), 2);
  });

  it('a first fetch that fails is retried soon, until a certificate arrives', async () => {
    let failures = 1;
    const m = certificateMode(h, { failing: () => failures-- > 0 });
    assert.deepEqual(await m.store.start(), { ok: false, reason: 'fetch_failed', serials: [] });
    const deadline = Date.now() + 5_000;
    while (m.store.serials().length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual(m.store.serials(), h.sandbox.platformCertificates.map((c) => c.serial));
  });

  it('the periodic refresh picks up a new certificate before anything is signed with it', async () => {
    const m = certificateMode(h, { refreshIntervalMs: 100 });
    await m.store.start();
    const serial = await rotate();
    const deadline = Date.now() + 5_000;
    while (!m.store.serials().includes(serial) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(m.store.serials().includes(serial));
  });
});

describe('platform certificates: expiry', () => {
  it('an answer with no valid certificate keeps the only valid one; expired ones are dropped and never used', async () => {
    const fresh = await startPaymentHarness({ certificateMode: true }); // its sandbox's one certificate is valid 2 days
    try {
      const issued = issuePlatformCertificate({ days: 10 });
      const configured = readPlatformCertificate(issued.pem, issued.serial);
      let offsetMs = 3 * DAY_MS;
      const m = certificateMode(fresh, { initial: [configured], now: () => Date.now() + offsetMs });
      assert.deepEqual(m.store.serials(), [configured.serial]);
      assert.deepEqual(await m.store.refresh(), { ok: false, reason: 'no_valid_certificate', serials: [configured.serial] });
      assert.deepEqual(m.verifier.trusted.certificateSerials(), [configured.serial]);

      offsetMs = 0;
      assert.deepEqual(await m.store.refresh(), { ok: true, serials: [fresh.world.certSerial] });
      offsetMs = 3 * DAY_MS;
      assert.deepEqual(await m.store.refresh(), { ok: false, reason: 'no_valid_certificate', serials: [] });
      assert.deepEqual(m.verifier.trusted.certificateSerials(), [], 'the expired certificate is dropped');
    } finally {
      await fresh.close();
    }
  });

  it('the verifier does not use a certificate past its validity, even before a refresh drops it', async () => {
    const verifier = h.world.verifier({ ...h.realClock, publicKeys: new Map() });
    const message = notification(h);
    const trustUntil = (validTo: Date) => verifier.trusted.replaceCertificates(h.sandbox.platformCertificates.map((c) => ({ ...c, validTo })));
    trustUntil(new Date(Date.now() + DAY_MS));
    assert.equal(verifier.verifyAndDecrypt(message.headers, message.body).eventType, 'TRANSACTION.SUCCESS');
    trustUntil(new Date(Date.now() - 1));
    assert.throws(() => verifier.verifyAndDecrypt(message.headers, message.body), { reason: 'unknown_serial' });
  });
});
