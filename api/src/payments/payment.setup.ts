import { readFileSync } from 'node:fs';
import type { KeyObject } from 'node:crypto';
import type { ApiConfig } from '../config';
import { ConfiguredMerchant, type MerchantDirectory } from './merchant-accounts';
import { PaymentProvider, PaymentQueries, WechatPayClient } from './payment.client';
import { DEFAULT_SANDBOX_KEYS_DIR, loadOrCreateSandboxKeys } from './sandbox.keys';
import { WechatPaySigner } from './wechatpay.signer';
import { WechatPayVerifier } from './wechatpay.verifier';

export interface Payments {
  mode: 'sandbox' | 'live';
  verifier: WechatPayVerifier;
  provider: PaymentProvider;
  /** Order query and close (the active query and expiry); the same client as `provider`. */
  queries: PaymentQueries;
  /** The merchant (and app) each order is paid to, which notifications must name. */
  merchants: MerchantDirectory;
}

/**
 * Builds the WeChat Pay v3 verifier and client. In 'sandbox' mode the keys are the ones the local sandbox
 * generated; in 'live' mode they are the merchant's, and both verification modes (WeChat Pay public key
 * and platform certificates) can be configured at once while a merchant migrates.
 */
export function createPayments(c: ApiConfig): Payments {
  const notifyUrl = `${c.PUBLIC_BASE_URL}/api/v1/orders/payment/callback`;
  const merchants = new ConfiguredMerchant({ mchid: c.WECHATPAY_MCHID, appid: c.WECHATPAY_APPID });
  if (c.WECHATPAY_MODE === 'sandbox') {
    const keys = loadOrCreateSandboxKeys(c.WECHATPAY_SANDBOX_KEYS_DIR ?? DEFAULT_SANDBOX_KEYS_DIR);
    const verifier = new WechatPayVerifier({ apiV3Key: keys.apiV3Key, publicKeys: new Map([[keys.pubKeyId, keys.platformPublicKey]]) });
    const signer = new WechatPaySigner({ mchid: c.WECHATPAY_MCHID, serialNo: keys.merchantSerial, privateKey: keys.merchantPrivateKey });
    const client = new WechatPayClient({ baseUrl: c.WECHATPAY_BASE_URL, appid: c.WECHATPAY_APPID, notifyUrl, signer, verifier });
    return { mode: 'sandbox', verifier, merchants, provider: client, queries: client };
  }
  const required = (name: keyof ApiConfig): string => {
    const value = c[name];
    if (typeof value !== 'string' || value === '') throw new Error(`${name} is required when WECHATPAY_MODE=live`);
    return value;
  };
  const publicKeys = new Map<string, KeyObject | string>();
  if (c.WECHATPAY_PUBLIC_KEY_FILE) publicKeys.set(required('WECHATPAY_PUBLIC_KEY_ID'), readFileSync(c.WECHATPAY_PUBLIC_KEY_FILE, 'utf8'));
  for (const entry of (c.WECHATPAY_PLATFORM_CERTS ?? '').split(',').filter(Boolean)) {
    const [serial, file] = entry.split('=');
    publicKeys.set(serial.trim(), readFileSync(file.trim(), 'utf8'));
  }
  if (publicKeys.size === 0) throw new Error('WECHATPAY_PUBLIC_KEY_FILE or WECHATPAY_PLATFORM_CERTS is required when WECHATPAY_MODE=live');
  const verifier = new WechatPayVerifier({ apiV3Key: required('WECHATPAY_APIV3_KEY'), publicKeys });
  const signer = new WechatPaySigner({
    mchid: c.WECHATPAY_MCHID, serialNo: required('WECHATPAY_MERCHANT_SERIAL'), privateKey: readFileSync(required('WECHATPAY_MERCHANT_KEY_FILE'), 'utf8'),
  });
  const client = new WechatPayClient({ baseUrl: c.WECHATPAY_BASE_URL, appid: c.WECHATPAY_APPID, notifyUrl, signer, verifier });
  return { mode: 'live', verifier, merchants, provider: client, queries: client };
}
