/**
 * The sandbox's platform certificate (certificate mode): the first one lives beside the other sandbox keys
 * (`platform_cert.pem`, for the key in `wechatpay_private_key.pem`) and is made once; a rotation makes a
 * new key and certificate in memory. Development and tests only.
 */
import { randomBytes, X509Certificate } from 'node:crypto';
import { existsSync, linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { issuePlatformCertificate, type IssuedPlatformCertificate, type SandboxKeys } from '@dmh/shared/dist/wechatpay';

export const SANDBOX_CERTIFICATE_FILE = 'platform_cert.pem';

/**
 * The keys dir's certificate for its platform key, made on first use. Written to a temporary file and
 * hard-linked into place, so two processes starting together keep one certificate: the loser reads the winner's.
 */
export function loadOrCreateSandboxCertificate(keys: SandboxKeys): IssuedPlatformCertificate {
  const file = join(keys.dir, SANDBOX_CERTIFICATE_FILE);
  const privateKeyPem = keys.platformPrivateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  if (!existsSync(file)) {
    const staging = `${file}.staging-${process.pid}-${randomBytes(4).toString('hex')}`;
    writeFileSync(staging, issuePlatformCertificate({ privateKeyPem }).pem, { mode: 0o644 });
    try {
      linkSync(staging, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(staging, { force: true });
    }
  }
  const pem = readFileSync(file, 'utf8');
  const x509 = new X509Certificate(pem);
  if (!x509.checkPrivateKey(keys.platformPrivateKey)) {
    throw new Error(`${SANDBOX_CERTIFICATE_FILE} in ${keys.dir} is not for the platform key beside it: delete it to regenerate`);
  }
  return { serial: x509.serialNumber.toUpperCase(), pem, privateKeyPem };
}
