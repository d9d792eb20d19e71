/**
 * WeChat Pay's side of the v3 wire format: answers and notifications signed with the platform key
 * (Wechatpay-* headers), notification resources encrypted with the APIv3 key (AEAD_AES_256_GCM), and the
 * merchant's Authorization header checked against the merchant's public key. The sandbox serves with it;
 * the API's specs make WeChat's messages with it. Development and tests only.
 */
import { randomUUID, type KeyObject } from 'node:crypto';
import { Aes, Formatter, Rsa } from 'wechatpay-axios-plugin';
import { checkAuthorization, type AuthorizationCheck } from './authorization';
import { toRsaPrivateKey, toRsaPublicKey } from './keys';
import { SIGNATURE_TYPE, type NotificationKind } from './schemas';
import { beijingTime } from './time';

/** A notification as it goes over the wire: headers and the exact body bytes they sign. */
export interface SignedMessage {
  headers: Record<string, string>;
  body: Buffer;
}

export interface WechatPayPlatformOptions {
  apiV3Key: string;
  platformPrivateKey: KeyObject | string;
  /** Sent as Wechatpay-Serial: a `PUB_KEY_ID_…` (public key mode) or a platform certificate serial. */
  platformSerial: string;
  /** Merchant API certificate serial → merchant public key, to check request signatures. */
  merchantPublicKeys: ReadonlyMap<string, KeyObject | string>;
  /** Milliseconds since the epoch; Date.now by default. */
  now?: () => number;
}

export interface SignOptions {
  timestamp?: number | string;
  nonce?: string;
  /** Header value only; the signature is always made with the current platform key. */
  serial?: string;
}

export interface NotificationOptions extends SignOptions {
  id?: string;
  eventType?: string;
  summary?: string;
}

const SUMMARY: Record<NotificationKind, string> = { transaction: '支付成功', refund: '退款成功' };

export class WechatPayPlatform {
  /** The platform key answers and notifications are signed with, and the Wechatpay-Serial they carry. */
  protected signing: { serial: string; key: KeyObject };
  private readonly merchantKeys: ReadonlyMap<string, KeyObject>;
  private readonly now: () => number;

  constructor(private readonly platform: WechatPayPlatformOptions) {
    this.signing = { serial: platform.platformSerial, key: toRsaPrivateKey(platform.platformPrivateKey) };
    this.merchantKeys = new Map([...platform.merchantPublicKeys].map(([serial, key]) => [serial, toRsaPublicKey(key)]));
    this.now = platform.now ?? Date.now;
  }

  get apiV3Key(): string {
    return this.platform.apiV3Key;
  }

  /** The Wechatpay-Serial of what is signed now. */
  get signingSerial(): string {
    return this.signing.serial;
  }

  nowMs(): number {
    return this.now();
  }

  /** Wechatpay-* headers signing `timestamp\nnonce\nbody\n`, for a notification or an API response. */
  sign(body: string, opts: SignOptions = {}): Record<string, string> {
    const timestamp = String(opts.timestamp ?? Math.floor(this.now() / 1000));
    const nonce = opts.nonce ?? Formatter.nonce(32);
    return {
      'Wechatpay-Nonce': nonce,
      'Wechatpay-Signature': Rsa.sign(Formatter.response(timestamp, nonce, body), this.signing.key),
      'Wechatpay-Timestamp': timestamp,
      'Wechatpay-Serial': opts.serial ?? this.signing.serial,
      'Wechatpay-Signature-Type': SIGNATURE_TYPE,
    };
  }

  /** A complete notification: the resource encrypted with the apiV3Key, the envelope signed. */
  notification(kind: NotificationKind, data: Readonly<Record<string, unknown>>, opts: NotificationOptions = {}): SignedMessage {
    const nonce = Formatter.nonce(12);
    const body = JSON.stringify({
      id: opts.id ?? randomUUID(),
      create_time: beijingTime(this.now()),
      resource_type: 'encrypt-resource',
      event_type: opts.eventType ?? (kind === 'transaction' ? 'TRANSACTION.SUCCESS' : 'REFUND.SUCCESS'),
      summary: opts.summary ?? SUMMARY[kind],
      resource: {
        original_type: kind,
        algorithm: 'AEAD_AES_256_GCM',
        ciphertext: Aes.AesGcm.encrypt(JSON.stringify(data), this.platform.apiV3Key, nonce, kind),
        associated_data: kind,
        nonce,
      },
    });
    return { headers: { 'Content-Type': 'application/json', ...this.sign(body, opts) }, body: Buffer.from(body) };
  }

  checkAuthorization(method: string, pathAndQuery: string, body: string, header: string | undefined): AuthorizationCheck {
    return checkAuthorization({ method, pathAndQuery, body, header, merchantKeys: this.merchantKeys, nowMs: this.now() });
  }
}
