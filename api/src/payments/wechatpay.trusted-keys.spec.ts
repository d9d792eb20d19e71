import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { platformCertificateSerial } from '@dmh/shared/dist/wechatpay';
import { platformCertificate, rsaPair } from './payments.test-factories';
import { TrustedKeys } from './wechatpay.trusted-keys';

const PUB_KEY_ID = 'PUB_KEY_ID_0100000000000000000000000000';
const certificate = (validTo = new Date(Date.now() + 86_400_000)) => {
  const serial = platformCertificateSerial();
  return { serial, pem: platformCertificate(serial).certificatePem, validTo };
};

describe('TrustedKeys: the verifier key set', () => {
  it('replaces the certificates as one set and leaves the configured public key alone', () => {
    const keys = new TrustedKeys(new Map([[PUB_KEY_ID, rsaPair().publicKey]]), Date.now);
    const [a, b] = [certificate(), certificate()];
    keys.replaceCertificates([a]);
    keys.replaceCertificates([b]);
    assert.deepEqual([keys.knows(PUB_KEY_ID), keys.knows(a.serial), keys.knows(b.serial)], [true, false, true]);
    assert.deepEqual(keys.certificateSerials(), [b.serial]);
  });

  it('a set with one bad certificate changes nothing', () => {
    const keys = new TrustedKeys(new Map(), Date.now);
    const good = certificate();
    keys.replaceCertificates([good]);
    const other = certificate();
    assert.throws(() => keys.replaceCertificates([other, { ...certificate(), serial: other.serial }]), /has serial/);
    assert.deepEqual(keys.certificateSerials(), [good.serial]);
  });

  it('finds a certificate serial in either case, and not once it has expired', () => {
    let now = Date.now();
    const keys = new TrustedKeys(new Map(), () => now);
    const c = certificate(new Date(now + 1_000));
    keys.replaceCertificates([c]);
    assert.ok(keys.knows(c.serial.toLowerCase()));
    now += 1_001;
    assert.equal(keys.knows(c.serial), false);
  });

  it('asks the resolver about unknown serials only', async () => {
    const keys = new TrustedKeys(new Map([[PUB_KEY_ID, rsaPair().publicKey]]), Date.now);
    const asked: string[] = [];
    await keys.learn('ABC'); // no resolver: nothing to do
    keys.onUnknownSerial(async (serial) => void asked.push(serial));
    await keys.learn(PUB_KEY_ID);
    await keys.learn(undefined);
    await keys.learn('ABC');
    assert.deepEqual(asked, ['ABC']);
  });
});
