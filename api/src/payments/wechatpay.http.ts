import { PaymentNotificationError, PaymentProviderError } from './payment.errors';
import { apiErrorBodySchema } from './wechatpay.schemas';
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

/**
 * POSTs a JSON body to the v3 API signed with the merchant key and returns the raw body of a 2xx answer,
 * accepted only with a valid platform signature: an answer we cannot verify is never trusted.
 */
export async function wechatPayPost(options: WechatPayHttpOptions, path: string, body: string): Promise<Buffer> {
  const url = new URL(path, options.baseUrl);
  let response: Response;
  let raw: Buffer;
  try {
    response = await (options.fetch ?? globalThis.fetch)(url, {
      method: 'POST',
      headers: {
        Authorization: options.signer.authorization('POST', url.pathname + url.search, body),
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'User-Agent': 'dmh-api/wechatpay-v3',
      },
      body,
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
  try {
    options.verifier.verifySignature(Object.fromEntries(response.headers), raw);
  } catch (error) {
    if (error instanceof PaymentNotificationError) throw new PaymentProviderError('unverified_response', { status: response.status });
    throw error;
  }
  return raw;
}

/** The JSON in a body, or undefined when it is not JSON (the caller's schema then refuses it). */
export function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return undefined;
  }
}
