/**
 * The payment provider port and its WeChat Pay API v3 adapter. The same client talks to
 * https://api.mch.weixin.qq.com in production and to the local sandbox in development: only the base
 * URL and the keys differ.
 */
import type { z } from '../common/zod';
import { PaymentProviderError } from './payment.errors';
import { downloadTradeBill, type DownloadedTradeBill } from './wechatpay.bill';
import { fetchPlatformCertificates, type PlatformCertificate } from './wechatpay.certificates';
import { parseJson, wechatPayGet, wechatPayPost, wechatPayRequest, type WechatPayHttpOptions } from './wechatpay.http';
import { toQueriedOrder, type QueriedOrder } from './wechatpay.order-query';
import {
  appPrepayRequestSchema,
  type AppPrepayRequest,
  h5PrepayRequestSchema,
  h5PrepayResponseSchema,
  type H5PrepayRequest,
  jsapiPrepayRequestSchema,
  jsapiPrepayResponseSchema,
  type JsapiPrepayRequest,
} from '@dmh/shared/dist/wechatpay';
import type { AppPayParams, JsapiPayParams } from './wechatpay.signer';

export const WECHATPAY_API_BASE_URL = 'https://api.mch.weixin.qq.com';
const JSAPI_PATH = '/v3/pay/transactions/jsapi';
const H5_PATH = '/v3/pay/transactions/h5';
const APP_PATH = '/v3/pay/transactions/app';

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

export interface H5PrepayInput extends Omit<JsapiPrepayInput, 'payerOpenid'> {
  payerClientIp: string;
}

export type AppPrepayInput = Omit<JsapiPrepayInput, 'payerOpenid'>;

export interface AppPrepay {
  prepayId: string;
  payParams: AppPayParams;
}

export interface PaymentProvider {
  createJsapiPrepay(input: JsapiPrepayInput): Promise<JsapiPrepay>;
  /** H5 pay in a mobile browser outside WeChat: the page to send the payer to (valid 5 minutes). */
  createH5Prepay?(input: H5PrepayInput): Promise<{ h5Url: string }>;
  /** APP pay in the mobile app: the prepay and the signed parameters for the WeChat SDK. */
  createAppPrepay?(input: AppPrepayInput): Promise<AppPrepay>;
}

/** What DMH asks WeChat Pay besides prepay: order state, closing, the day's bill, platform certificates. */
export interface PaymentQueries {
  queryOrder(outTradeNo: string): Promise<QueriedOrder>;
  queryOrderByTransactionId(transactionId: string): Promise<QueriedOrder>;
  /** Closes an unpaid order; a paid one is refused with providerCode ORDERPAID. */
  closeOrder(outTradeNo: string): Promise<void>;
  /** `billDate` yyyy-MM-dd (China Standard Time). */
  downloadTradeBill(billDate: string): Promise<DownloadedTradeBill>;
  fetchPlatformCertificates(): Promise<PlatformCertificate[]>;
}

/** `baseUrl` is WECHATPAY_API_BASE_URL in production, the sandbox URL in development. */
export interface WechatPayClientOptions extends WechatPayHttpOptions {
  /** The Official Account's (JSAPI, H5). */
  appid: string;
  /** The mobile app's (Open Platform), for APP pay; without it APP pay is refused before anything is sent. */
  appAppid?: string;
  notifyUrl: string;
}

export class WechatPayClient implements PaymentProvider, PaymentQueries {
  constructor(private readonly options: WechatPayClientOptions) {}

  async createJsapiPrepay(input: JsapiPrepayInput): Promise<JsapiPrepay> {
    const body = { ...this.orderFields(this.options.appid, input), payer: { openid: input.payerOpenid } } satisfies JsapiPrepayRequest;
    const { prepay_id: prepayId } = await this.prepay(JSAPI_PATH, jsapiPrepayRequestSchema, body, jsapiPrepayResponseSchema);
    return { prepayId, payParams: this.options.signer.jsapiPayParams(this.options.appid, prepayId) };
  }

  async createH5Prepay(input: H5PrepayInput): Promise<{ h5Url: string }> {
    const sceneInfo = { payer_client_ip: input.payerClientIp, h5_info: { type: 'Wap' as const } };
    const body = { ...this.orderFields(this.options.appid, input), scene_info: sceneInfo } satisfies H5PrepayRequest;
    const { h5_url: h5Url } = await this.prepay(H5_PATH, h5PrepayRequestSchema, body, h5PrepayResponseSchema);
    return { h5Url };
  }

  /** POST /v3/pay/transactions/app: JSAPI's body without payer, the mobile app's appid; its pay parameters signed for the SDK. */
  async createAppPrepay(input: AppPrepayInput): Promise<AppPrepay> {
    const appid = this.options.appAppid;
    if (appid === undefined) throw new PaymentProviderError('invalid_request');
    const body = this.orderFields(appid, input) satisfies AppPrepayRequest;
    // APP's answer is JSAPI's: the prepay_id alone.
    const { prepay_id: prepayId } = await this.prepay(APP_PATH, appPrepayRequestSchema, body, jsapiPrepayResponseSchema);
    return { prepayId, payParams: this.options.signer.appPayParams(appid, prepayId) };
  }

  /** GET /v3/pay/transactions/out-trade-no/{no}?mchid=; an unknown order is providerCode ORDER_NOT_EXIST (404). */
  async queryOrder(outTradeNo: string): Promise<QueriedOrder> {
    return this.query(`/v3/pay/transactions/out-trade-no/${this.segment(outTradeNo)}`);
  }

  async queryOrderByTransactionId(transactionId: string): Promise<QueriedOrder> {
    if (!/^\d{1,32}$/.test(transactionId)) throw new PaymentProviderError('invalid_request');
    return this.query(`/v3/pay/transactions/id/${transactionId}`);
  }

  /** POST …/out-trade-no/{no}/close, answered 204 (signed, verified). Closing a closed order again is accepted. */
  async closeOrder(outTradeNo: string): Promise<void> {
    const body = JSON.stringify({ mchid: this.options.signer.mchid });
    await wechatPayRequest(this.options, { method: 'POST', path: `/v3/pay/transactions/out-trade-no/${this.segment(outTradeNo)}/close`, body });
  }

  downloadTradeBill(billDate: string): Promise<DownloadedTradeBill> {
    return downloadTradeBill(this.options, billDate);
  }

  fetchPlatformCertificates(): Promise<PlatformCertificate[]> {
    return fetchPlatformCertificates(this.options);
  }

  /** The fields every prepay body has (JSAPI, H5, APP), for the order and the app that pays it. */
  private orderFields(appid: string, input: AppPrepayInput) {
    return {
      appid,
      mchid: this.options.signer.mchid,
      description: input.description,
      out_trade_no: input.outTradeNo,
      time_expire: input.timeExpire,
      attach: input.attach,
      notify_url: input.notifyUrl ?? this.options.notifyUrl,
      amount: { total: input.amountFen, currency: 'CNY' as const },
    };
  }

  /** A prepay body checked against WeChat's rules (refused before sending when it breaks them), posted, its answer parsed. */
  private async prepay<Answer>(path: string, requestSchema: z.ZodType, body: unknown, responseSchema: z.ZodType<Answer>): Promise<Answer> {
    const request = requestSchema.safeParse(body);
    if (!request.success) throw new PaymentProviderError('invalid_request');
    const parsed = responseSchema.safeParse(parseJson(await wechatPayPost(this.options, path, JSON.stringify(request.data))));
    if (!parsed.success) throw new PaymentProviderError('malformed_response');
    return parsed.data;
  }

  private async query(path: string): Promise<QueriedOrder> {
    const raw = await wechatPayGet(this.options, `${path}?mchid=${encodeURIComponent(this.options.signer.mchid)}`);
    return toQueriedOrder(parseJson(raw));
  }

  /** out_trade_no as WeChat allows it (so it is safe in a path), or invalid_request before anything is sent. */
  private segment(outTradeNo: string): string {
    if (!/^[0-9A-Za-z_\-|*]{6,32}$/.test(outTradeNo)) throw new PaymentProviderError('invalid_request');
    return encodeURIComponent(outTradeNo);
  }
}
