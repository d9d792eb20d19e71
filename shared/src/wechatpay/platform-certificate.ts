/**
 * WeChat Pay platform certificates for development and tests: self-signed X.509 certificates for a platform
 * key, made by the openssl CLI (no hand-written ASN.1), with serials shaped as WeChat's are.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes, randomInt, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** WeChat's platform certificates are valid for five years. */
const VALIDITY_DAYS = 1825;

export interface IssuedPlatformCertificate {
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
export function issuePlatformCertificate(opts: { serial?: string; privateKeyPem?: string; days?: number } = {}): IssuedPlatformCertificate {
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
