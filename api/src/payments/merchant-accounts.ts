/**
 * Which WeChat Pay merchant (and app) an order is paid to, and whether a verified notification is for it.
 * A correctly signed notification is not necessarily ours: WeChat signs and encrypts with keys a service
 * provider or a group of merchants may share, so what the resource names must be compared with what we expect.
 */

/** A merchant number and the apps (official account / mini program, the mobile app) that pay into it. */
export interface MerchantAccount {
  mchid: string;
  appid: string;
  /** Other apps bound to the merchant whose payments are ours too: the mobile app of APP pay. */
  otherAppids?: readonly string[];
}

/** Whom a verified notification says it is for: a transaction names the merchant and the app, a refund only the merchant. */
export interface Payee {
  mchid: string;
  appid?: string;
}

export interface PayeeMismatch {
  field: 'mchid' | 'appid';
  expected: string;
  got: string;
}

/**
 * The one place that says which merchant an order's payments and refunds go through. It is asked with the
 * order's trade number so that it can answer for the order's brand: brands have no merchant of their own
 * today (brands.settings holds none), so every order's is the configured one and nothing is read. A
 * per-brand implementation reads the order's brand here, and the callbacks need not change.
 */
export interface MerchantDirectory {
  forOrder(outTradeNo: string): Promise<MerchantAccount>;
}

/** Every brand takes payments with the merchant and apps configured for the API (WECHATPAY_MCHID, WECHATPAY_APPID, WECHATPAY_APP_APPID). */
export class ConfiguredMerchant implements MerchantDirectory {
  constructor(private readonly account: MerchantAccount) {}

  async forOrder(_outTradeNo: string): Promise<MerchantAccount> {
    return this.account;
  }
}

/** The first field in which the payee differs from the expected merchant, or null when it is ours. */
export function payeeMismatch(expected: MerchantAccount, payee: Payee): PayeeMismatch | null {
  if (payee.mchid !== expected.mchid) return { field: 'mchid', expected: expected.mchid, got: payee.mchid };
  if (payee.appid !== undefined && payee.appid !== expected.appid && !expected.otherAppids?.includes(payee.appid)) return { field: 'appid', expected: expected.appid, got: payee.appid };
  return null;
}
