/** Small factories for the payment specs: keys, identities, resources, WeChat's side and a verifier that agree. */
import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import {
  issuePlatformCertificate, paidTransaction, randomDigits, successfulRefund, WechatPayPlatform,
  type RefundResource, type TransactionResource, type WechatPayPlatformOptions,
} from '@dmh/shared/dist/wechatpay';
import { WechatPaySigner } from './wechatpay.signer';
import { WechatPayVerifier, type WechatPayVerifierOptions } from './wechatpay.verifier';

export const MCHID = '1900000109';
export const APPID = 'wxd678efh567hg6787';
/** The mobile app's appid (Open Platform), for APP pay. */
export const APP_APPID = 'wxb4ba3c02aa476ea1';
/** 2024-06-08T10:34:56+08:00. */
export const T0_MS = Date.UTC(2024, 5, 8, 2, 34, 56);
export const T0_SECONDS = T0_MS / 1000;

export interface RsaPair {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function rsaPair(): RsaPair {
  return generateKeyPairSync('rsa', { modulusLength: 2048 });
}

export function apiV3Key(): string {
  return randomBytes(16).toString('hex');
}

export function outTradeNo(): string {
  return `D${randomDigits(20)}`;
}

/** A self-signed X.509 "platform certificate" with the given serial (upper-case hex), valid two days. */
export function platformCertificate(serial: string): { certificatePem: string; privateKeyPem: string } {
  const issued = issuePlatformCertificate({ serial, days: 2 });
  return { certificatePem: issued.pem, privateKeyPem: issued.privateKeyPem };
}

export function transactionData(overrides: Partial<TransactionResource> = {}): TransactionResource {
  return {
    ...paidTransaction({ appid: APPID, mchid: MCHID, outTradeNo: outTradeNo(), amountFen: 990, payerOpenid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o', attach: '活动报名', nowMs: T0_MS }),
    ...overrides,
  };
}

export function refundData(overrides: Partial<RefundResource> = {}): RefundResource {
  return {
    ...successfulRefund({ mchid: MCHID, outTradeNo: outTradeNo(), transactionId: `4200002024060${randomDigits(15)}`,
      outRefundNo: `R${randomDigits(12)}`, totalFen: 990, refundFen: 300, nowMs: T0_MS }),
    ...overrides,
  };
}

/**
 * One merchant in migration: a WeChat Pay public key (PUB_KEY_ID) and a platform certificate, both
 * known to the verifier, plus the merchant's own API key pair for request signing.
 */
export function paymentWorld() {
  const key = apiV3Key();
  const pubKeyId = `PUB_KEY_ID_01${randomDigits(26)}`;
  const platform = rsaPair();
  const certSerial = `5${randomBytes(19).toString('hex').toUpperCase()}F`;
  const certificate = platformCertificate(certSerial);
  const merchant = { serialNo: `3${randomBytes(19).toString('hex').toUpperCase()}A`, ...rsaPair() };

  /** WeChat Pay's side (what the sandbox signs and encrypts with): notifications, answers, Authorization checks. */
  const sandbox = (overrides: Partial<WechatPayPlatformOptions> = {}) =>
    new WechatPayPlatform({
      apiV3Key: key,
      platformPrivateKey: platform.privateKey,
      platformSerial: pubKeyId,
      merchantPublicKeys: new Map([[merchant.serialNo, merchant.publicKey]]),
      now: () => T0_MS,
      ...overrides,
    });
  const certificateSandbox = (overrides: Partial<WechatPayPlatformOptions> = {}) =>
    sandbox({ platformPrivateKey: certificate.privateKeyPem, platformSerial: certSerial, ...overrides });
  const verifier = (overrides: Partial<WechatPayVerifierOptions> = {}) =>
    new WechatPayVerifier({
      apiV3Key: key,
      publicKeys: new Map<string, KeyObject | string>([
        [pubKeyId, platform.publicKey],
        [certSerial, certificate.certificatePem],
      ]),
      now: () => T0_MS,
      ...overrides,
    });
  const signer = (clock: { now?: () => number; nonce?: () => string } = { now: () => T0_MS }) =>
    new WechatPaySigner({ mchid: MCHID, serialNo: merchant.serialNo, privateKey: merchant.privateKey }, clock);

  return { apiV3Key: key, pubKeyId, platform, certSerial, certificate, merchant, sandbox, certificateSandbox, verifier, signer };
}

export type PaymentWorld = ReturnType<typeof paymentWorld>;
