import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startPaymentHarness } from './payment-harness';

describe('POST /sandbox/certificates/rotate', () => {
  it('signs with a new certificate from then on and serves both (the overlap)', async () => {
    const h = await startPaymentHarness({ certificateMode: true });
    try {
      const original = h.world.certSerial;
      const answer = await h.post('/sandbox/certificates/rotate');
      assert.equal(answer.status, 200);
      const { serial, serials } = (await answer.json()) as { serial: string; serials: string[] };
      assert.notEqual(serial, original);
      assert.deepEqual(serials, [original, serial]);
      const verifier = h.world.verifier({ ...h.realClock, publicKeys: new Map() });
      const served = await h.client({ verifier }).fetchPlatformCertificates();
      assert.deepEqual(served.map((c) => c.serial), [original, serial]);
      const refused = await fetch(`${h.server.url}/v3/certificates`);
      assert.equal(refused.headers.get('wechatpay-serial'), serial, 'even a refusal is signed with the new certificate');
    } finally {
      await h.close();
    }
  });

  it('is refused in public-key mode (409): there is no certificate to rotate', async () => {
    const h = await startPaymentHarness();
    try {
      const answer = await h.post('/sandbox/certificates/rotate');
      assert.equal(answer.status, 409);
      assert.equal(((await answer.json()) as { code: string }).code, 'INVALID_REQUEST');
      assert.match(h.sandbox.signingSerial, /^PUB_KEY_ID_/);
    } finally {
      await h.close();
    }
  });
});
