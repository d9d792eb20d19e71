import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { issuePlatformCertificate, loadOrCreateSandboxKeys } from '@dmh/shared/dist/wechatpay';
import { loadOrCreateSandboxCertificate, SANDBOX_CERTIFICATE_FILE } from './platform-certificate';

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
