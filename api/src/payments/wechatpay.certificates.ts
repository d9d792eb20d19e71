/**
 * Platform certificate mode: GET /v3/certificates, each certificate decrypted with the APIv3 key and read
 * with node:crypto's X509Certificate (serial, validity). The answer is verified like every other: with a
 * key the verifier already trusts, or, on the first fetch, with the certificate in the answer that bears
 * the answer's Wechatpay-Serial (only WeChat could have sealed it with the merchant's APIv3 key), as
 * WeChat's own certificate downloader does.
 */
import { X509Certificate } from 'node:crypto';
import { PaymentConfigError, PaymentNotificationError, PaymentProviderError } from './payment.errors';
import { parseJson, wechatPayRequest, type WechatPayHttpOptions } from './wechatpay.http';
import { certificatesAnswerSchema } from './wechatpay.query-schemas';

export const CERTIFICATES_PATH = '/v3/certificates';

export interface PlatformCertificate {
  /** Upper-case hex, as Wechatpay-Serial carries it. */
  serial: string;
  pem: string;
  /** RFC 3339 as WeChat wrote them, and the certificate's own validity. */
  effectiveTime: string;
  expireTime: string;
  validFrom: Date;
  validTo: Date;
}

export async function fetchPlatformCertificates(options: WechatPayHttpOptions): Promise<PlatformCertificate[]> {
  const answer = await wechatPayRequest(options, { method: 'GET', path: CERTIFICATES_PATH, trust: 'caller-checks' });
  const parsed = certificatesAnswerSchema.safeParse(parseJson(answer.raw));
  if (!parsed.success) throw new PaymentProviderError('malformed_response');
  const certificates = parsed.data.data.map((entry): PlatformCertificate => {
    let x509: X509Certificate;
    try {
      x509 = new X509Certificate(options.verifier.decryptWithApiV3Key(entry.encrypt_certificate));
    } catch (error) {
      if (error instanceof PaymentNotificationError) throw new PaymentProviderError('unverified_response', { status: answer.status });
      throw new PaymentProviderError('malformed_response');
    }
    if (x509.serialNumber.toUpperCase() !== entry.serial_no.toUpperCase()) throw new PaymentProviderError('malformed_response');
    return {
      serial: entry.serial_no.toUpperCase(), pem: x509.toString(), effectiveTime: entry.effective_time, expireTime: entry.expire_time,
      validFrom: new Date(x509.validFrom), validTo: new Date(x509.validTo),
    };
  });
  verifyAnswer(options, answer, certificates);
  return certificates;
}

/** A certificate from a file (WECHATPAY_PLATFORM_CERTS), which must bear the serial it is configured under. */
export function readPlatformCertificate(pem: string, serial: string): PlatformCertificate {
  const x509 = new X509Certificate(pem);
  if (x509.serialNumber.toUpperCase() !== serial.toUpperCase()) {
    throw new PaymentConfigError('WECHATPAY_PLATFORM_CERTS', `the certificate configured under serial ${serial} has serial ${x509.serialNumber}`);
  }
  const [validFrom, validTo] = [new Date(x509.validFrom), new Date(x509.validTo)];
  return { serial: serial.toUpperCase(), pem: x509.toString(), effectiveTime: validFrom.toISOString(), expireTime: validTo.toISOString(), validFrom, validTo };
}

function verifyAnswer(options: WechatPayHttpOptions, answer: { status: number; headers: Record<string, string>; raw: Buffer }, certificates: PlatformCertificate[]): void {
  try {
    options.verifier.verifySignature(answer.headers, answer.raw);
    return;
  } catch (error) {
    if (!(error instanceof PaymentNotificationError)) throw error;
    if (error.reason !== 'unknown_serial') throw new PaymentProviderError('unverified_response', { status: answer.status });
  }
  const serial = answer.headers['wechatpay-serial']?.toUpperCase();
  const own = certificates.find((c) => c.serial === serial);
  if (!own) throw new PaymentProviderError('unverified_response', { status: answer.status });
  try {
    options.verifier.withPublicKeys(new Map([[own.serial, own.pem]])).verifySignature(answer.headers, answer.raw);
  } catch (error) {
    if (error instanceof PaymentNotificationError) throw new PaymentProviderError('unverified_response', { status: answer.status });
    throw error;
  }
}
