/**
 * WeChat's side of request signing, for the sandbox: parse a merchant `Authorization` header and check
 * it against the merchant API certificate's public key, as api.mch.weixin.qq.com does (401 SIGN_ERROR).
 */
import type { KeyObject } from 'node:crypto';
import { Formatter, Rsa } from 'wechatpay-axios-plugin';
import { SIGNATURE_TYPE } from './schemas';

export interface MerchantAuthorization {
  mchid: string;
  serialNo: string;
  nonce: string;
  timestamp: string;
  signature: string;
}

export interface AuthorizationCheckInput {
  method: string;
  pathAndQuery: string;
  body: string;
  header: string | undefined;
  /** Merchant certificate serial → merchant public key. */
  merchantKeys: ReadonlyMap<string, KeyObject>;
  nowMs: number;
  maxSkewSeconds?: number;
}

export type AuthorizationCheck =
  | { ok: true; authorization: MerchantAuthorization }
  | { ok: false; message: string };

export function parseAuthorization(header: string | undefined): MerchantAuthorization | undefined {
  if (!header?.startsWith(`${SIGNATURE_TYPE} `)) return undefined;
  const fields = new Map<string, string>();
  for (const match of header.slice(SIGNATURE_TYPE.length + 1).matchAll(/\s*(\w+)="([^"]*)"\s*(?:,|$)/g)) {
    fields.set(match[1], match[2]);
  }
  const [mchid, serialNo, nonce, timestamp, signature] = ['mchid', 'serial_no', 'nonce_str', 'timestamp', 'signature'].map(
    (name) => fields.get(name),
  );
  if (!mchid || !serialNo || !nonce || !timestamp || !signature) return undefined;
  return { mchid, serialNo, nonce, timestamp, signature };
}

export function checkAuthorization(input: AuthorizationCheckInput): AuthorizationCheck {
  const authorization = parseAuthorization(input.header);
  if (!authorization) return { ok: false, message: 'Authorization header missing or malformed' };
  const key = input.merchantKeys.get(authorization.serialNo);
  if (!key) return { ok: false, message: 'merchant certificate serial_no unknown' };
  const skew = Math.abs(input.nowMs / 1000 - Number(authorization.timestamp));
  if (!/^\d{1,12}$/.test(authorization.timestamp) || skew > (input.maxSkewSeconds ?? 300)) {
    return { ok: false, message: 'timestamp expired' };
  }
  const message = Formatter.request(
    input.method.toUpperCase(),
    input.pathAndQuery,
    authorization.timestamp,
    authorization.nonce,
    input.body,
  );
  let valid = false;
  try {
    valid = Rsa.verify(message, authorization.signature, key);
  } catch {
    valid = false;
  }
  return valid ? { ok: true, authorization } : { ok: false, message: 'signature verification failed' };
}
