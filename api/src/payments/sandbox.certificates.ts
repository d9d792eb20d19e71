/**
 * The sandbox's GET /v3/certificates: the platform certificate, encrypted with the APIv3 key
 * (AEAD_AES_256_GCM, associated_data "certificate"), with its validity as RFC 3339 +08:00 times.
 * A sandbox in public-key mode (no certificate configured) answers an empty list.
 */
import { X509Certificate } from 'node:crypto';
import { Router } from 'express';
import { Aes, Formatter } from 'wechatpay-axios-plugin';
import { beijingTime } from './sandbox.ids';
import { requireMerchant, sendSigned } from './sandbox.http';
import type { WechatPaySandbox } from './wechatpay.sandbox';

export const CERTIFICATES_PATH = '/v3/certificates';
export const CERTIFICATE_ASSOCIATED_DATA = 'certificate';

export function sandboxCertificatesApi(sandbox: WechatPaySandbox): Router {
  const router = Router();
  router.get(CERTIFICATES_PATH, (req, res) => {
    requireMerchant(sandbox, req);
    const certificate = sandbox.platformCertificate;
    if (!certificate) return sendSigned(res, sandbox, 200, { data: [] });
    const x509 = new X509Certificate(certificate.pem);
    const nonce = Formatter.nonce(12);
    sendSigned(res, sandbox, 200, {
      data: [{
        serial_no: certificate.serial,
        effective_time: beijingTime(Date.parse(x509.validFrom)),
        expire_time: beijingTime(Date.parse(x509.validTo)),
        encrypt_certificate: {
          algorithm: 'AEAD_AES_256_GCM',
          nonce,
          associated_data: CERTIFICATE_ASSOCIATED_DATA,
          ciphertext: Aes.AesGcm.encrypt(certificate.pem, sandbox.apiV3Key, nonce, CERTIFICATE_ASSOCIATED_DATA),
        },
      }],
    });
  });
  return router;
}
