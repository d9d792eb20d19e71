import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadOrCreateSandboxKeys } from './sandbox.keys';
import { issuePlatformCertificate, loadOrCreateSandboxCertificate, SANDBOX_CERTIFICATE_FILE } from './sandbox.platform-certificate';
import { startPaymentHarness } from './sandbox.test-harness';

const root = mkdtempSync(join(tmpdir(), 'wechatpay-sandbox-cert-'));
after(() => rmSync(root, { recursive: true, force: true }));

describe('the sandbox platform certificate in its keys dir', () => {
  it('is made once, for the platform key beside it, with a 40-hex-digit serial', () => {
    const keys = loadOrCreateSandboxKeys(join(root, 'keys'));
    assert.equal(existsSync(join(keys.dir, SANDBOX_CERTIFICATE_FILE)), false, 'a key set of before certificate mode has no certificate yet');
    const first = loadOrCreateSandboxCertificate(keys);
    assert.match(first.serial, /^[1-7][0-9A-F]{39}$/);
    const x509 = new X509Certificate(first.pem);
    assert.ok(x509.checkPrivateKey(keys.platformPrivateKey));
    assert.ok(Date.parse(x509.validTo) - Date.now() > 4 * 365 * 86_400_000, 'valid about five years, as WeChat issues them');
    assert.deepEqual(loadOrCreateSandboxCertificate(loadOrCreateSandboxKeys(keys.dir)).serial, first.serial);
  });

  it('refuses a certificate that is not for the platform key beside it', () => {
    const keys = loadOrCreateSandboxKeys(join(root, 'other'));
    writeFileSync(join(keys.dir, SANDBOX_CERTIFICATE_FILE), issuePlatformCertificate().pem);
    assert.throws(() => loadOrCreateSandboxCertificate(keys), /not for the platform key beside it/);
  });
});

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
