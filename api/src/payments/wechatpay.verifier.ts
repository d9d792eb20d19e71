/**
 * Verifies and decrypts WeChat Pay API v3 notifications (and the signature of API responses).
 * Serials are looked up in one key set (TrustedKeys), so a merchant migrating from platform certificates
 * to the WeChat Pay public key accepts both `Wechatpay-Serial: PUB_KEY_ID_…` and certificate serials.
 */
import { KeyObject, verify } from 'node:crypto';
import { Aes } from 'wechatpay-axios-plugin';
import type { Payee } from './merchant-accounts';
import { PaymentNotificationError, type PaymentNotificationReason } from './payment.errors';
import { TrustedKeys } from './wechatpay.trusted-keys';
import {
  EVENT_STATES,
  SIGNATURE_TYPE,
  notificationEnvelopeSchema,
  refundResourceSchema,
  transactionResourceSchema,
} from '@dmh/shared/dist/wechatpay';

export type HttpHeaders = Readonly<Record<string, string | readonly string[] | undefined>>;

export interface WechatPayVerifierOptions {
  /** The APIv3 key set in the merchant platform: exactly 32 bytes. */
  apiV3Key: string;
  /** `PUB_KEY_ID_…` → WeChat Pay public key, or platform certificate serial → certificate or its public key (KeyObject or PEM). */
  publicKeys: ReadonlyMap<string, KeyObject | string>;
  maxSkewSeconds?: number;
  /** Clock in milliseconds since the epoch; Date.now by default. */
  now?: () => number;
}

export interface VerifiedTransaction {
  outTradeNo: string;
  transactionId: string;
  tradeState: string;
  /** Order total in integer fen (what the merchant asked for, before coupons). */
  amountTotal: number;
  currency: string;
  successTime?: string;
  payerOpenid: string;
  mchid: string;
  appid: string;
}

export interface VerifiedRefund {
  outTradeNo: string;
  outRefundNo: string;
  refundId: string;
  refundStatus: string;
  amount: { total: number; refund: number };
}

export interface VerifiedNotification {
  id: string;
  eventType: string;
  /** The merchant (and, for a transaction, the app) the resource names: the caller checks it is ours. */
  payee: Payee;
  transaction?: VerifiedTransaction;
  refund?: VerifiedRefund;
}

const HEADER = {
  timestamp: 'wechatpay-timestamp',
  nonce: 'wechatpay-nonce',
  signature: 'wechatpay-signature',
  serial: 'wechatpay-serial',
  signatureType: 'wechatpay-signature-type',
} as const;

function reject(reason: PaymentNotificationReason): never {
  throw new PaymentNotificationError(reason);
}

export class WechatPayVerifier {
  private readonly apiV3Key: string;
  /** Configured keys plus the platform certificates fetched in certificate mode (replaceable as a set). */
  readonly trusted: TrustedKeys;
  private readonly maxSkewSeconds: number;
  private readonly now: () => number;

  constructor(private readonly options: WechatPayVerifierOptions) {
    if (Buffer.byteLength(options.apiV3Key, 'utf8') !== 32) throw new Error('WeChat Pay apiV3Key must be exactly 32 bytes');
    this.apiV3Key = options.apiV3Key;
    this.maxSkewSeconds = options.maxSkewSeconds ?? 300;
    this.now = options.now ?? Date.now;
    this.trusted = new TrustedKeys(options.publicKeys, this.now);
  }

  /** Headers present → timestamp within the allowed skew → serial known → RSA-SHA256 over the raw bytes. */
  verifySignature(headers: HttpHeaders, rawBody: Buffer): void {
    const get = headerReader(headers);
    const timestamp = get(HEADER.timestamp) ?? reject('missing_header');
    const nonce = get(HEADER.nonce) ?? reject('missing_header');
    const signature = get(HEADER.signature) ?? reject('missing_header');
    const serial = get(HEADER.serial) ?? reject('missing_header');

    if (!/^\d{1,12}$/.test(timestamp)) reject('stale_timestamp');
    if (Math.abs(this.now() / 1000 - Number(timestamp)) > this.maxSkewSeconds) reject('stale_timestamp');

    const key = this.trusted.get(serial) ?? reject('unknown_serial');
    const signatureType = get(HEADER.signatureType);
    if (signatureType !== undefined && signatureType !== SIGNATURE_TYPE) reject('bad_signature');

    const message = Buffer.concat([Buffer.from(`${timestamp}\n${nonce}\n`), rawBody, Buffer.from('\n')]);
    if (!rsaSha256Verify(message, signature, key)) reject('bad_signature');
  }

  verifyAndDecrypt(headers: HttpHeaders, rawBody: Buffer): VerifiedNotification {
    this.verifySignature(headers, rawBody);
    const parsed = notificationEnvelopeSchema.safeParse(parseJson(rawBody.toString('utf8'), 'malformed_body'));
    const envelope = parsed.success ? parsed.data : reject('malformed_body');
    const resource = parseJson(this.decryptWithApiV3Key(envelope.resource), 'malformed_resource');
    const base = { id: envelope.id, eventType: envelope.event_type };
    if (envelope.resource.original_type === 'transaction') {
      const transaction = toTransaction(envelope.event_type, resource);
      return { ...base, payee: { mchid: transaction.mchid, appid: transaction.appid }, transaction };
    }
    const { mchid, refund } = toRefund(envelope.event_type, resource);
    return { ...base, payee: { mchid }, refund };
  }

  /** verifyAndDecrypt, once an unknown Wechatpay-Serial had its chance to be learned (certificate mode). */
  async verifyNotification(headers: HttpHeaders, rawBody: Buffer): Promise<VerifiedNotification> {
    await this.trusted.learn(headerReader(headers)(HEADER.serial));
    return this.verifyAndDecrypt(headers, rawBody);
  }

  /** verifySignature of an API answer, once an unknown Wechatpay-Serial had its chance to be learned. */
  async verifyAnswer(headers: HttpHeaders, rawBody: Buffer): Promise<void> {
    await this.trusted.learn(headerReader(headers)(HEADER.serial));
    this.verifySignature(headers, rawBody);
  }

  /** A new verifier (no fetched certificates), trusting `publicKeys` (platform certificates fetched or rotated in). */
  withPublicKeys(publicKeys: ReadonlyMap<string, KeyObject | string>): WechatPayVerifier {
    return new WechatPayVerifier({ ...this.options, publicKeys: new Map([...this.options.publicKeys, ...publicKeys]) });
  }

  /** AEAD_AES_256_GCM with the APIv3 key, as notifications and /v3/certificates use it. */
  decryptWithApiV3Key(sealed: { ciphertext: string; nonce: string; associated_data?: string | undefined }): string {
    try {
      return Aes.AesGcm.decrypt(sealed.ciphertext, this.apiV3Key, sealed.nonce, sealed.associated_data ?? '');
    } catch {
      return reject('decrypt_failed');
    }
  }
}

function toTransaction(eventType: string, resource: unknown): VerifiedTransaction {
  const parsed = transactionResourceSchema.safeParse(resource);
  const t = parsed.success ? parsed.data : reject('malformed_resource');
  if (!stateMatchesEvent(eventType, t.trade_state)) reject('malformed_resource');
  return {
    outTradeNo: t.out_trade_no,
    transactionId: t.transaction_id,
    tradeState: t.trade_state,
    amountTotal: t.amount.total,
    currency: t.amount.currency,
    ...(t.success_time !== undefined && { successTime: t.success_time }),
    payerOpenid: t.payer.openid,
    mchid: t.mchid,
    appid: t.appid,
  };
}

/** A refund resource names its merchant (`mchid`) but no app: WeChat's refund notification carries none. */
function toRefund(eventType: string, resource: unknown): { mchid: string; refund: VerifiedRefund } {
  const parsed = refundResourceSchema.safeParse(resource);
  const r = parsed.success ? parsed.data : reject('malformed_resource');
  if (!stateMatchesEvent(eventType, r.refund_status)) reject('malformed_resource');
  return {
    mchid: r.mchid,
    refund: {
      outTradeNo: r.out_trade_no,
      outRefundNo: r.out_refund_no,
      refundId: r.refund_id,
      refundStatus: r.refund_status,
      amount: { total: r.amount.total, refund: r.amount.refund },
    },
  };
}

function stateMatchesEvent(eventType: string, state: string): boolean {
  const expected = EVENT_STATES[eventType];
  return expected === undefined || expected === state;
}

function parseJson(text: string, reason: PaymentNotificationReason): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return reject(reason);
  }
}

/** Case-insensitive single-valued header lookup; a repeated or empty header counts as missing. */
function headerReader(headers: HttpHeaders): (name: string) => string | undefined {
  const lower = new Map(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  return (name) => {
    const value = lower.get(name);
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
}

/**
 * Over bytes, not a string: the plugin's `Rsa.verify` is typed for strings, and decoding the body to
 * text would replace invalid UTF-8 sequences, so the bytes checked would not be the bytes received.
 */
function rsaSha256Verify(message: Buffer, signatureBase64: string, key: KeyObject): boolean {
  try {
    return verify('sha256', message, key, Buffer.from(signatureBase64, 'base64'));
  } catch {
    return false;
  }
}
