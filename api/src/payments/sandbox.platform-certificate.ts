/**
 * The sandbox's platform certificates (certificate mode): self-signed X.509 certificates for a platform
 * key, made by the openssl CLI (no hand-written ASN.1). The first one lives beside the other sandbox keys
 * (`platform_cert.pem`, for the key in `wechatpay_private_key.pem`) and is made once; a rotation makes a
 * new key and certificate in memory. Development and tests only.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes, randomInt, X509Certificate } from 'node:crypto';
import { existsSync, linkSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SandboxKeys } from './sandbox.keys';

export const SANDBOX_CERTIFICATE_FILE = 'platform_cert.pem';
/** WeChat's platform certificates are valid for five years. */
const VALIDITY_DAYS = 1825;

export interface SandboxPlatformCertificate {
  /** Upper-case hex, as Wechatpay-Serial carries it. */
  serial: string;
  pem: string;
  privateKeyPem: string;
}

/** 40 upper-case hex digits whose first is 1-7, so the DER integer stays positive in 20 bytes. */
export function platformCertificateSerial(): string {
  return `${randomInt(1, 8)}${randomBytes(20).toString('hex').toUpperCase().slice(1)}`;
}

/** A self-signed certificate for `privateKeyPem` (a new RSA 2048 key when absent), under `serial`. */
export function issuePlatformCertificate(opts: { serial?: string; privateKeyPem?: string; days?: number } = {}): SandboxPlatformCertificate {
  const serial = (opts.serial ?? platformCertificateSerial()).toUpperCase();
  const dir = mkdtempSync(join(tmpdir(), 'wechatpay-cert-'));
  try {
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    const keyArgs = opts.privateKeyPem === undefined ? ['-newkey', 'rsa:2048', '-nodes', '-keyout', key] : ['-key', key];
    if (opts.privateKeyPem !== undefined) writeFileSync(key, opts.privateKeyPem, { mode: 0o600 });
    execFileSync('openssl', ['req', '-x509', ...keyArgs, '-out', cert, '-days', String(opts.days ?? VALIDITY_DAYS),
      '-subj', '/C=CN/O=DMH sandbox/CN=Tenpay.com sandbox platform certificate', '-set_serial', `0x${serial}`], { stdio: 'ignore' });
    const pem = readFileSync(cert, 'utf8');
    if (new X509Certificate(pem).serialNumber.toUpperCase() !== serial) throw new Error(`openssl did not keep serial ${serial}`);
    return { serial, pem, privateKeyPem: readFileSync(key, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The keys dir's certificate for its platform key, made on first use. Written to a temporary file and
 * hard-linked into place, so two processes starting together keep one certificate: the loser reads the winner's.
 */
export function loadOrCreateSandboxCertificate(keys: SandboxKeys): SandboxPlatformCertificate {
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
