/**
 * The JS-SDK's permission signature (JS-SDK说明文档, 附录1): SHA-1 over
 * `jsapi_ticket=…&noncestr=…&timestamp=…&url=…` (the keys in ASCII order, the values raw, not URL-escaped),
 * where the URL is the page's full URL without its `#` part.
 */
import { createHash, randomBytes } from 'node:crypto';

export interface JssdkSignInput {
  ticket: string;
  nonceStr: string;
  /** Seconds since the epoch: the same value wx.config receives. */
  timestamp: number;
  url: string;
}

/** The URL as WeChat signs it: everything before the first `#`. */
export function signableUrl(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

export function jssdkSignature(input: JssdkSignInput): string {
  const string1 = `jsapi_ticket=${input.ticket}&noncestr=${input.nonceStr}&timestamp=${input.timestamp}&url=${signableUrl(input.url)}`;
  return createHash('sha1').update(string1, 'utf8').digest('hex');
}

/** A nonce for wx.config: 16 characters of [A-Za-z0-9], like WeChat's examples. */
export function newNonceStr(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return [...randomBytes(16)].map((b) => alphabet[b % alphabet.length]).join('');
}
