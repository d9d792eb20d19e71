import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rsaPair, transactionData } from '../../api/src/payments/payments.test-factories';
import { startPaymentHarness, usePaymentHarness } from './payment-harness';

const h = usePaymentHarness({ certificateMode: true });

const BEIJING_RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;

describe('platform certificates from GET /v3/certificates', () => {
  it('decrypts the certificate with the APIv3 key: its serial, validity and PEM', async () => {
    const [certificate, ...others] = await h.client().fetchPlatformCertificates();
    assert.equal(others.length, 0);
    assert.equal(certificate?.serial, h.world.certSerial);
    assert.equal(certificate?.pem.trim(), h.world.certificate.certificatePem.trim());
    assert.match(certificate?.effectiveTime ?? '', BEIJING_RFC3339);
    assert.match(certificate?.expireTime ?? '', BEIJING_RFC3339);
    assert.ok(certificate && certificate.validFrom.getTime() <= Date.now() && Date.now() < certificate.validTo.getTime());
    assert.equal(Date.parse(certificate?.expireTime ?? ''), certificate?.validTo.getTime());
  });

  it('on a first fetch, with no certificate trusted yet, verifies the answer with the certificate it carries; the serial then verifies notifications', async () => {
    const publicKeyOnly = h.world.verifier({ ...h.realClock, publicKeys: new Map([[h.world.pubKeyId, h.world.platform.publicKey]]) });
    const [certificate] = await h.client({ verifier: publicKeyOnly }).fetchPlatformCertificates();
    assert.ok(certificate);

    const message = h.sandbox.notification('transaction', transactionData({ mchid: h.sandbox.mchid }));
    assert.throws(() => publicKeyOnly.verifyAndDecrypt(message.headers, message.body), { reason: 'unknown_serial' });
    const rotated = publicKeyOnly.withPublicKeys(new Map([[certificate.serial, certificate.pem]]));
    assert.equal(rotated.verifyAndDecrypt(message.headers, message.body).eventType, 'TRANSACTION.SUCCESS');
  });

  it('refuses certificates sealed with another APIv3 key, and an answer signed by a key it does not trust', async () => {
    const otherKey = h.world.verifier({ ...h.realClock, apiV3Key: 'x'.repeat(32) });
    await assert.rejects(h.client({ verifier: otherKey }).fetchPlatformCertificates(), { name: 'PaymentProviderError', reason: 'unverified_response' });
    const wrongKeyForSerial = h.world.verifier({ ...h.realClock, publicKeys: new Map([[h.world.certSerial, rsaPair().publicKey]]) });
    await assert.rejects(h.client({ verifier: wrongKeyForSerial }).fetchPlatformCertificates(), { reason: 'unverified_response' });
  });

  it('answers an empty list in public-key mode', async () => {
    const publicKeyMode = await startPaymentHarness();
    try {
      assert.deepEqual(await publicKeyMode.client().fetchPlatformCertificates(), []);
    } finally {
      await publicKeyMode.close();
    }
  });

  it('needs the merchant signature: SIGN_ERROR (401) otherwise', async () => {
    const response = await fetch(`${h.server.url}/v3/certificates`);
    assert.equal(response.status, 401);
    assert.equal(((await response.json()) as { code: string }).code, 'SIGN_ERROR');
  });
});
