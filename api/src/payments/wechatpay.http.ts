import { apiErrorBodySchema } from '@dmh/shared/dist/wechatpay';
import { PaymentNotificationError, PaymentProviderError } from './payment.errors';
import type { WechatPaySigner } from './wechatpay.signer';
import type { WechatPayVerifier } from './wechatpay.verifier';

/** What a signed call to the WeChat Pay v3 API needs. */
export interface WechatPayHttpOptions {
  baseUrl: string;
  signer: WechatPaySigner;
  verifier: WechatPayVerifier;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export interface WechatPayCall {
  method: 'GET' | 'POST';
  /** A path under baseUrl, with its query string, or an absolute URL on the same origin (a bill's download_url). */
  path: string;
  /** The exact JSON text sent; none for GET. */
  body?: string;
  /**
   * How a 2xx answer is trusted: by the platform signature (every JSON answer), or by the caller (the bill
   * file stream, which WeChat does not sign and the caller checks against the hash it was given).
   */
  trust?: 'platform-signature' | 'caller-checks';
  accept?: string;
}

export interface WechatPayAnswer {
  status: number;
  headers: Record<string, string>;
  raw: Buffer;
}

/**
 * Sends one request signed with the merchant key and returns a 2xx answer, accepted only with a valid
 * platform signature unless the caller checks it otherwise: an answer we cannot verify is never trusted.
 * A non-2xx answer is a PaymentProviderError carrying WeChat's code (ORDER_NOT_EXIST, SIGN_ERROR, …).
 */
export async function wechatPayRequest(options: WechatPayHttpOptions, call: WechatPayCall): Promise<WechatPayAnswer> {
  const base = new URL(options.baseUrl);
  const url = new URL(call.path, base);
  if (url.origin !== base.origin) throw new PaymentProviderError('invalid_request');
  const body = call.body ?? '';
  let response: Response;
  let raw: Buffer;
  try {
    response = await (options.fetch ?? globalThis.fetch)(url, {
      method: call.method,
      headers: {
        Authorization: options.signer.authorization(call.method, url.pathname + url.search, body),
        Accept: call.accept ?? 'application/json',
        'User-Agent': 'dmh-api/wechatpay-v3',
        ...(call.body !== undefined && { 'Content-Type': 'application/json' }),
      },
      ...(call.body !== undefined && { body }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    raw = Buffer.from(await response.arrayBuffer());
  } catch {
    throw new PaymentProviderError('network_error');
  }
  if (!response.ok) {
    const error = apiErrorBodySchema.safeParse(parseJson(raw));
    throw new PaymentProviderError('http_error', { status: response.status, ...(error.success && { providerCode: error.data.code }) });
  }
  const headers = Object.fromEntries(response.headers);
  if ((call.trust ?? 'platform-signature') === 'platform-signature') {
    try {
      await options.verifier.verifyAnswer(headers, raw);
    } catch (error) {
      if (error instanceof PaymentNotificationError) throw new PaymentProviderError('unverified_response', { status: response.status });
      throw error;
    }
  }
  return { status: response.status, headers, raw };
}

/** POSTs a JSON body and returns the raw body of a verified 2xx answer. */
export async function wechatPayPost(options: WechatPayHttpOptions, path: string, body: string): Promise<Buffer> {
  return (await wechatPayRequest(options, { method: 'POST', path, body })).raw;
}

/** GETs a path (query string included) and returns the raw body of a verified 2xx answer. */
export async function wechatPayGet(options: WechatPayHttpOptions, path: string): Promise<Buffer> {
  return (await wechatPayRequest(options, { method: 'GET', path })).raw;
}

/** The JSON in a body, or undefined when it is not JSON (the caller's schema then refuses it). */
export function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return undefined;
  }
}
