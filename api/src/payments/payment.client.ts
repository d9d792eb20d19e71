/**
 * The payment provider port and its WeChat Pay API v3 adapter. The same client talks to
 * https://api.mch.weixin.qq.com in production and to the local sandbox in development: only the base
 * URL and the keys differ.
 */
import { PaymentNotificationError, PaymentProviderError } from './payment.errors';
import {
  apiErrorBodySchema,
  jsapiPrepayRequestSchema,
  jsapiPrepayResponseSchema,
  type JsapiPrepayRequest,
} from './wechatpay.schemas';
import type { JsapiPayParams, WechatPaySigner } from './wechatpay.signer';
import type { WechatPayVerifier } from './wechatpay.verifier';

export const WECHATPAY_API_BASE_URL = 'https://api.mch.weixin.qq.com';
const JSAPI_PATH = '/v3/pay/transactions/jsapi';

export interface JsapiPrepayInput {
  outTradeNo: string;
  description: string;
  /** Integer fen. */
  amountFen: number;
  payerOpenid: string;
  attach?: string;
  /** RFC 3339, e.g. 2024-06-08T10:34:56+08:00. */
  timeExpire?: string;
  /** Overrides the client's notify URL for this order. */
  notifyUrl?: string;
}

export interface JsapiPrepay {
  prepayId: string;
  payParams: JsapiPayParams;
}

export interface PaymentProvider {
  createJsapiPrepay(input: JsapiPrepayInput): Promise<JsapiPrepay>;
}

export interface WechatPayClientOptions {
  /** WECHATPAY_API_BASE_URL in production, the sandbox URL in development. */
  baseUrl: string;
  appid: string;
  notifyUrl: string;
  signer: WechatPaySigner;
  /** Checks the platform signature of every successful response, as WeChat requires. */
  verifier: WechatPayVerifier;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export class WechatPayClient implements PaymentProvider {
  private readonly fetch: typeof fetch;

  constructor(private readonly options: WechatPayClientOptions) {
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  async createJsapiPrepay(input: JsapiPrepayInput): Promise<JsapiPrepay> {
    const request = jsapiPrepayRequestSchema.safeParse({
      appid: this.options.appid,
      mchid: this.options.signer.mchid,
      description: input.description,
      out_trade_no: input.outTradeNo,
      time_expire: input.timeExpire,
      attach: input.attach,
      notify_url: input.notifyUrl ?? this.options.notifyUrl,
      amount: { total: input.amountFen, currency: 'CNY' },
      payer: { openid: input.payerOpenid },
    } satisfies JsapiPrepayRequest);
    if (!request.success) throw new PaymentProviderError('invalid_request');

    const response = await this.post(JSAPI_PATH, JSON.stringify(request.data));
    const parsed = jsapiPrepayResponseSchema.safeParse(parseJson(response));
    if (!parsed.success) throw new PaymentProviderError('malformed_response');
    const prepayId = parsed.data.prepay_id;
    return { prepayId, payParams: this.options.signer.jsapiPayParams(this.options.appid, prepayId) };
  }

  /** Signs, sends, and returns the verified raw body of a 2xx answer. */
  private async post(path: string, body: string): Promise<Buffer> {
    const url = new URL(path, this.options.baseUrl);
    let response: Response;
    let raw: Buffer;
    try {
      response = await this.fetch(url, {
        method: 'POST',
        headers: {
          Authorization: this.options.signer.authorization('POST', url.pathname + url.search, body),
          Accept: 'application/json',
          'Content-Type': 'application/json',
          'User-Agent': 'dmh-api/wechatpay-v3',
        },
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
      raw = Buffer.from(await response.arrayBuffer());
    } catch {
      throw new PaymentProviderError('network_error');
    }
    if (!response.ok) {
      const error = apiErrorBodySchema.safeParse(parseJson(raw));
      throw new PaymentProviderError('http_error', {
        status: response.status,
        ...(error.success && { providerCode: error.data.code }),
      });
    }
    try {
      this.options.verifier.verifySignature(Object.fromEntries(response.headers), raw);
    } catch (error) {
      if (error instanceof PaymentNotificationError) {
        throw new PaymentProviderError('unverified_response', { status: response.status });
      }
      throw error;
    }
    return raw;
  }
}

function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return undefined;
  }
}
