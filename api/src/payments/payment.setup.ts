import { readFileSync } from 'node:fs';
import type { KeyObject } from 'node:crypto';
import { DEFAULT_SANDBOX_KEYS_DIR, loadOrCreateSandboxKeys } from '@dmh/shared/dist/wechatpay';
import type { ApiConfig } from '../config';
import { logger } from '../common/logger';
import { ConfiguredMerchant, type MerchantDirectory } from './merchant-accounts';
import { PaymentProvider, PaymentQueries, WechatPayClient } from './payment.client';
import { PaymentConfigError } from './payment.errors';
import { PlatformCertificateStore } from './platform-certificates';
import { readPlatformCertificate, type PlatformCertificate } from './wechatpay.certificates';
import { WechatPaySigner } from './wechatpay.signer';
import { WechatPayVerifier } from './wechatpay.verifier';

export interface Payments {
  mode: 'sandbox' | 'live';
  verifyMode: ApiConfig['WECHATPAY_VERIFY_MODE'];
  verifier: WechatPayVerifier;
  /** Prepay, and the queries DMH makes of WeChat Pay (order query, bill, close). */
  provider: PaymentProvider & PaymentQueries;
  /** Order query and close (the active query and expiry); the same client as `provider`. */
  queries: PaymentQueries;
  /** The merchant (and app) each order is paid to, which notifications must name. */
  merchants: MerchantDirectory;
  /** Certificate (and both) mode: the platform certificates, to be started once (`start()`) by the process. */
  certificates?: PlatformCertificateStore;
}

interface Credentials {
  /** Trusted for the whole process: the WeChat Pay public key under its PUB_KEY_ID. */
  publicKeys: Map<string, KeyObject | string>;
  /** Certificate mode: configured certificates, trusted until the first fetch replaces them. */
  certificates: PlatformCertificate[];
  apiV3Key: string;
  signer: WechatPaySigner;
}

const built = new WeakMap<ApiConfig, Payments>();

/**
 * Builds the WeChat Pay v3 verifier and client, once per configuration (the refund client shares them, so it
 * trusts the same fetched certificates). In 'sandbox' mode the keys are the ones the local sandbox generated;
 * in 'live' mode they are the merchant's. WECHATPAY_VERIFY_MODE picks the public key, the platform
 * certificates (fetched from /v3/certificates and refreshed), or both while a merchant migrates.
 */
export function createPayments(c: ApiConfig): Payments {
  let payments = built.get(c);
  if (!payments) built.set(c, (payments = build(c)));
  return payments;
}

function build(c: ApiConfig): Payments {
  const credentials = c.WECHATPAY_MODE === 'sandbox' ? sandboxCredentials(c) : liveCredentials(c);
  const verifier = new WechatPayVerifier({ apiV3Key: credentials.apiV3Key, publicKeys: credentials.publicKeys });
  const client = new WechatPayClient({
    baseUrl: c.WECHATPAY_BASE_URL, appid: c.WECHATPAY_APPID, appAppid: c.WECHATPAY_APP_APPID, notifyUrl: `${c.PUBLIC_BASE_URL}/api/v1/orders/payment/callback`, signer: credentials.signer, verifier,
  });
  const merchants = new ConfiguredMerchant({ mchid: c.WECHATPAY_MCHID, appid: c.WECHATPAY_APPID, otherAppids: [c.WECHATPAY_APP_APPID] });
  const payments: Payments = { mode: c.WECHATPAY_MODE, verifyMode: c.WECHATPAY_VERIFY_MODE, verifier, merchants, provider: client, queries: client };
  if (c.WECHATPAY_VERIFY_MODE === 'public_key') return payments;
  const certificates = new PlatformCertificateStore({
    fetch: () => client.fetchPlatformCertificates(),
    trusted: verifier.trusted,
    initial: credentials.certificates,
    refreshIntervalMs: c.WECHATPAY_CERT_REFRESH_SECONDS * 1000,
    minRefreshGapMs: c.WECHATPAY_CERT_MIN_REFRESH_GAP_SECONDS * 1000,
    logger,
  });
  return { ...payments, certificates };
}

function sandboxCredentials(c: ApiConfig): Credentials {
  const keys = loadOrCreateSandboxKeys(c.WECHATPAY_SANDBOX_KEYS_DIR ?? DEFAULT_SANDBOX_KEYS_DIR);
  return {
    publicKeys: new Map(c.WECHATPAY_VERIFY_MODE === 'certificate' ? [] : [[keys.pubKeyId, keys.platformPublicKey]]),
    certificates: [],
    apiV3Key: keys.apiV3Key,
    signer: new WechatPaySigner({ mchid: c.WECHATPAY_MCHID, serialNo: keys.merchantSerial, privateKey: keys.merchantPrivateKey }),
  };
}

function liveCredentials(c: ApiConfig): Credentials {
  const required = (name: keyof ApiConfig, why = 'WECHATPAY_MODE=live'): string => {
    const value = c[name];
    if (typeof value !== 'string' || value === '') throw new PaymentConfigError(name, `required when ${why}`);
    return value;
  };
  const mode = c.WECHATPAY_VERIFY_MODE;
  const publicKeys = new Map<string, KeyObject | string>();
  if (mode !== 'certificate') {
    const why = `WECHATPAY_VERIFY_MODE=${mode}`;
    publicKeys.set(required('WECHATPAY_PUBLIC_KEY_ID', why), readFileSync(required('WECHATPAY_PUBLIC_KEY_FILE', why), 'utf8'));
  }
  if (mode === 'public_key' && c.WECHATPAY_PLATFORM_CERTS) {
    throw new PaymentConfigError('WECHATPAY_PLATFORM_CERTS', 'only used when WECHATPAY_VERIFY_MODE is certificate or both');
  }
  return {
    publicKeys,
    certificates: configuredCertificates(c.WECHATPAY_PLATFORM_CERTS ?? ''),
    apiV3Key: required('WECHATPAY_APIV3_KEY'),
    signer: new WechatPaySigner({
      mchid: c.WECHATPAY_MCHID, serialNo: required('WECHATPAY_MERCHANT_SERIAL'), privateKey: readFileSync(required('WECHATPAY_MERCHANT_KEY_FILE'), 'utf8'),
    }),
  };
}

/** `serial=path,serial=path`: each file must hold the certificate of its serial. */
function configuredCertificates(list: string): PlatformCertificate[] {
  return list.split(',').map((entry) => entry.trim()).filter(Boolean).map((entry) => {
    const [serial, file] = entry.split('=').map((part) => part.trim());
    if (!serial || !file) throw new PaymentConfigError('WECHATPAY_PLATFORM_CERTS', `"${entry}" is not serial=path/to/cert.pem`);
    return readPlatformCertificate(readFileSync(file, 'utf8'), serial);
  });
}
