import { PaymentNotificationError, PaymentProviderError } from '../payments/payment.errors';
import { apiErrorBodySchema } from '../payments/wechatpay.schemas';
import type { WechatPaySigner } from '../payments/wechatpay.signer';
import type { VerifiedRefund, WechatPayVerifier } from '../payments/wechatpay.verifier';
import { REFUND_API_PATH, refundApiRequestSchema, refundApiResponseSchema } from './refund.schemas';

export interface RefundRequest {
  outTradeNo: string;
  outRefundNo: string;
  /** Integer fen. */
  refundFen: number;
  totalFen: number;
  reason?: string;
}

/** The provider port of admin refunds. */
export interface RefundProvider {
  /** Asks for a refund; WeChat dedupes by out_refund_no, so asking again with the same number is safe. */
  refund(request: RefundRequest): Promise<VerifiedRefund>;
}

export interface WechatPayRefundClientOptions {
  baseUrl: string;
  notifyUrl: string;
  signer: WechatPaySigner;
  verifier: WechatPayVerifier;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/**
 * WeChat Pay v3 domestic refunds: the request is signed with the merchant key, a 2xx answer is accepted
 * only with a valid platform signature (as for payments), and its result has the shape of a refund
 * notification's resource, so both are applied by the same code.
 */
export class WechatPayRefundClient implements RefundProvider {
  private readonly fetch: typeof fetch;

  constructor(private readonly options: WechatPayRefundClientOptions) {
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  async refund(request: RefundRequest): Promise<VerifiedRefund> {
    const body = refundApiRequestSchema.safeParse({
      out_trade_no: request.outTradeNo,
      out_refund_no: request.outRefundNo,
      reason: request.reason,
      notify_url: this.options.notifyUrl,
      amount: { refund: request.refundFen, total: request.totalFen, currency: 'CNY' },
    });
    if (!body.success) throw new PaymentProviderError('invalid_request');
    const raw = await this.post(REFUND_API_PATH, JSON.stringify(body.data));
    const parsed = refundApiResponseSchema.safeParse(parseJson(raw));
    if (!parsed.success) throw new PaymentProviderError('malformed_response');
    const r = parsed.data;
    return {
      outTradeNo: r.out_trade_no, outRefundNo: r.out_refund_no, refundId: r.refund_id, refundStatus: r.status,
      amount: { total: r.amount.total, refund: r.amount.refund },
    };
  }

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
      throw new PaymentProviderError('http_error', { status: response.status, ...(error.success && { providerCode: error.data.code }) });
    }
    try {
      this.options.verifier.verifySignature(Object.fromEntries(response.headers), raw);
    } catch (error) {
      if (error instanceof PaymentNotificationError) throw new PaymentProviderError('unverified_response', { status: response.status });
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
