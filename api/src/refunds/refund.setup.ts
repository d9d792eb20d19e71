import { readFileSync } from 'node:fs';
import { DEFAULT_SANDBOX_KEYS_DIR, loadOrCreateSandboxKeys } from '@dmh/shared/dist/wechatpay';
import { config, type ApiConfig } from '../config';
import { createPayments } from '../payments/payment.setup';
import { WechatPaySigner } from '../payments/wechatpay.signer';
import { type RefundProvider, type RefundQuery, WechatPayRefundClient } from './refund.client';

export const REFUND_NOTIFY_PATH = '/api/v1/orders/refund/callback';

let cached: WechatPayRefundClient | undefined;

/**
 * The refund client, built on first use from the same configuration as the payment client: the sandbox's
 * keys in 'sandbox' mode, the merchant's in 'live' mode (the payment setup checks they are all there).
 */
export function refundProvider(c: ApiConfig = config()): RefundProvider {
  return refundClient(c);
}

/** The same client, as the refund watch uses it: GET /v3/refund/domestic/refunds/{out_refund_no}. */
export function refundQuery(c: ApiConfig = config()): RefundQuery {
  return refundClient(c);
}

function refundClient(c: ApiConfig): WechatPayRefundClient {
  cached ??= new WechatPayRefundClient({
    baseUrl: c.WECHATPAY_BASE_URL,
    notifyUrl: `${c.PUBLIC_BASE_URL}${REFUND_NOTIFY_PATH}`,
    signer: merchantSigner(c),
    verifier: createPayments(c).verifier,
  });
  return cached;
}

function merchantSigner(c: ApiConfig): WechatPaySigner {
  if (c.WECHATPAY_MODE === 'sandbox') {
    const keys = loadOrCreateSandboxKeys(c.WECHATPAY_SANDBOX_KEYS_DIR ?? DEFAULT_SANDBOX_KEYS_DIR);
    return new WechatPaySigner({ mchid: c.WECHATPAY_MCHID, serialNo: keys.merchantSerial, privateKey: keys.merchantPrivateKey });
  }
  if (!c.WECHATPAY_MERCHANT_SERIAL || !c.WECHATPAY_MERCHANT_KEY_FILE) {
    throw new Error('WECHATPAY_MERCHANT_SERIAL and WECHATPAY_MERCHANT_KEY_FILE are required when WECHATPAY_MODE=live');
  }
  return new WechatPaySigner({
    mchid: c.WECHATPAY_MCHID, serialNo: c.WECHATPAY_MERCHANT_SERIAL, privateKey: readFileSync(c.WECHATPAY_MERCHANT_KEY_FILE, 'utf8'),
  });
}
