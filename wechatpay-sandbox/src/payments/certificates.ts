/**
 * The sandbox's GET /v3/certificates: every platform certificate it serves, each encrypted with the APIv3
 * key (AEAD_AES_256_GCM, associated_data "certificate"), with its validity as RFC 3339 +08:00 times.
 * A sandbox in public-key mode (no certificate configured) answers an empty list.
 *
 * POST /sandbox/certificates/rotate (tests): a new key and certificate sign from now on; the older
 * certificates are still served, as in WeChat's overlap period. Answers `{serial, serials}`.
 */
import { X509Certificate } from 'node:crypto';
import { Router } from 'express';
import { Aes, Formatter } from 'wechatpay-axios-plugin';
import { beijingTime, issuePlatformCertificate } from '@dmh/shared/dist/wechatpay';
import { requireMerchant, sendSigned } from './http';
import { SandboxError, type WechatPaySandbox } from './wechatpay.sandbox';

export const CERTIFICATES_PATH = '/v3/certificates';
export const CERTIFICATE_ASSOCIATED_DATA = 'certificate';
export const ROTATE_PATH = '/sandbox/certificates/rotate';

export function sandboxCertificatesApi(sandbox: WechatPaySandbox): Router {
  const router = Router();
  router.get(CERTIFICATES_PATH, (req, res) => {
    requireMerchant(sandbox, req);
    sendSigned(res, sandbox, 200, { data: sandbox.platformCertificates.map((certificate) => sealed(sandbox, certificate)) });
  });
  router.post(ROTATE_PATH, (_req, res) => {
    if (sandbox.platformCertificates.length === 0) throw new SandboxError('INVALID_REQUEST', 409, 'public-key mode: no platform certificate to rotate');
    const next = issuePlatformCertificate();
    sandbox.rotatePlatformCertificate({ serial: next.serial, pem: next.pem, privateKey: next.privateKeyPem });
    res.json({ serial: sandbox.signingSerial, serials: sandbox.platformCertificates.map((c) => c.serial) });
  });
  return router;
}

function sealed(sandbox: WechatPaySandbox, certificate: { serial: string; pem: string }) {
  const x509 = new X509Certificate(certificate.pem);
  const nonce = Formatter.nonce(12);
  return {
    serial_no: certificate.serial,
    effective_time: beijingTime(Date.parse(x509.validFrom)),
    expire_time: beijingTime(Date.parse(x509.validTo)),
    encrypt_certificate: {
      algorithm: 'AEAD_AES_256_GCM',
      nonce,
      associated_data: CERTIFICATE_ASSOCIATED_DATA,
      ciphertext: Aes.AesGcm.encrypt(certificate.pem, sandbox.apiV3Key, nonce, CERTIFICATE_ASSOCIATED_DATA),
    },
  };
}
