import { homedir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateSandboxKeys, paidTransaction } from '@dmh/shared/dist/wechatpay';
import { WechatPaySandbox } from '../../../wechatpay-sandbox/src/payments/wechatpay.sandbox';
import { API_URL, call, SANDBOX_URL } from './api-client';

const keysDir = process.env.WECHATPAY_SANDBOX_KEYS_DIR ?? join(process.env.DMH_STATE_DIR ?? join(homedir(), '.local', 'state', 'dmh'), 'wechatpay-sandbox');

/** The merchant's public key the running API signs with: what WeChat checks a client's pay parameters against. */
export function merchantPublicKey() {
  return loadOrCreateSandboxKeys(keysDir).merchantPublicKey;
}

/** The WeChat Pay side of a test: the same keys as the running sandbox, so notifications verify. */
export function sandbox(overrides: Partial<ConstructorParameters<typeof WechatPaySandbox>[0]> = {}): WechatPaySandbox {
  const keys = loadOrCreateSandboxKeys(keysDir);
  return new WechatPaySandbox({
    apiV3Key: keys.apiV3Key, platformPrivateKey: keys.platformPrivateKey, platformSerial: keys.pubKeyId,
    mchid: '1900000001', appid: 'wxdmhsandbox0000001', merchantPublicKeys: new Map([[keys.merchantSerial, keys.merchantPublicKey]]),
    ...overrides,
  });
}

/** The consumer's real path: ask the API to start payment, then "pay" at the sandbox, which notifies the API. */
export async function payThroughSandbox(orderNo: string): Promise<{ status: number; body: unknown }> {
  const start = await call('POST', `/api/v1/orders/${orderNo}/pay`, { openid: 'oTestPayer0000000000000001' });
  if (start.status !== 200) throw new Error(`payment start failed: ${start.status} ${JSON.stringify(start.body)}`);
  const response = await fetch(`${SANDBOX_URL}/sandbox/pay/${orderNo}`, { method: 'POST', signal: AbortSignal.timeout(30_000) });
  return { status: response.status, body: await response.json().catch(() => null) };
}

export interface Notification {
  headers: Record<string, string>;
  body: Buffer;
  transactionId: string;
}

/** A signed, encrypted TRANSACTION.SUCCESS for an order, built once so it can be replayed byte for byte. */
export function paidNotification(orderNo: string, amountFen: number, s = sandbox()): Notification {
  const tx = paidTransaction({ appid: s.appid, mchid: s.mchid, outTradeNo: orderNo, amountFen, payerOpenid: 'oTestPayer0000000000000001', nowMs: Date.now() });
  const message = s.notification('transaction', tx);
  return { headers: message.headers, body: message.body, transactionId: tx.transaction_id };
}

export async function sendCallback(n: { headers: Record<string, string>; body: Buffer }): Promise<{ status: number; body: any; retryAfter: string | null }> {
  const response = await fetch(`${API_URL}/api/v1/orders/payment/callback`, {
    method: 'POST', headers: n.headers, body: n.body, signal: AbortSignal.timeout(30_000),
  });
  return { status: response.status, body: await response.json().catch(() => null), retryAfter: response.headers.get('retry-after') };
}

/**
 * As WeChat Pay does: sends the notification until it is accepted (200), waiting out each 503's Retry-After.
 * Answers every answer it got, in order; throws on anything else than 200 or 503 with Retry-After.
 */
export async function sendCallbackUntilAccepted(n: { headers: Record<string, string>; body: Buffer }): Promise<{ status: number; retryAfter: string | null }[]> {
  const answers: { status: number; retryAfter: string | null }[] = [];
  for (;;) {
    const answer = await sendCallback(n);
    answers.push({ status: answer.status, retryAfter: answer.retryAfter });
    if (answer.status === 200) return answers;
    if (answer.status !== 503 || !answer.retryAfter) throw new Error(`callback answered ${answer.status} ${JSON.stringify(answer.body)}`);
    await new Promise((resolve) => setTimeout(resolve, Number(answer.retryAfter) * 1000));
  }
}
