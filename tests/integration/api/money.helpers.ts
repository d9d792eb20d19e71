import { endedRefund, successfulRefund } from '@dmh/shared/dist/wechatpay';
import { API_URL, SANDBOX_URL, call, createOrder, login, waitFor } from '../support/api-client';
import { db, one, rows } from '../support/db';
import { createBrand, createCampaign, createDistributorChain, createUser, nextPhone, type ChainMember } from '../support/factories';
import { paidNotification, payThroughSandbox, sandbox, sendCallback } from '../support/payer';
import { untilSettled } from '../support/suite';

/** Helpers shared by the orders, refunds and withdrawals scenarios (money moving through the real stack). */

export interface MoneyRow {
  balance: string;
  frozen: string;
  debt: string;
  total_reward: string;
  total_withdrawn: string;
}

export async function money(userId: string): Promise<MoneyRow> {
  return one<MoneyRow>('SELECT balance, frozen, debt, total_reward, total_withdrawn FROM user_balances WHERE user_id = ?', [userId]);
}

export const moneyOf = async (userId: string) => {
  const m = await money(userId);
  return [m.balance, m.frozen, m.debt, m.total_withdrawn];
};

/** A brand, a distributor chain and a live campaign whose level-1 reward is `level1` (levels 2, 3: 5.00, 2.00). */
export async function rewardSetup(depth = 3, level1 = '10.00'): Promise<{ brandId: string; chain: ChainMember[]; campaignId: string }> {
  const brandId = await createBrand();
  const chain = await createDistributorChain(brandId, depth);
  const campaignId = await createCampaign(brandId, {
    rewardLevels: [
      { level: 1, mode: 'fixed', amount: level1 },
      { level: 2, mode: 'fixed', amount: '5.00' },
      { level: 3, mode: 'fixed', amount: '2.00' },
    ],
  });
  return { brandId, chain, campaignId };
}

/** An order referred by `referrerId`, paid the consumer's way (prepay + the sandbox), its rewards settled. */
export async function paidOrder(campaignId: string, referrerId?: string): Promise<{ orderId: string; orderNo: string; amount: string }> {
  const order = await createOrder(campaignId, nextPhone(), referrerId);
  const answer = await payThroughSandbox(order.orderNo);
  if (answer.status !== 200) throw new Error(`payment failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  await untilSettled();
  return order;
}

/** Tells the sandbox what to do (POST /sandbox/control): per order when `out_trade_no` is given. */
export async function sandboxControl(body: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${SANDBOX_URL}/sandbox/control`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(10_000),
  });
  if (response.status !== 204) throw new Error(`sandbox control refused: ${response.status} ${await response.text()}`);
}

/**
 * The sandbox refunds (part of) a paid order at once (it is told SUCCESS for this order: by default a refund
 * is PROCESSING first) and sends REFUND.SUCCESS to the order's notify URL (the payment callback) before answering.
 */
export async function sandboxRefund(orderNo: string, body: { amount?: number; out_refund_no?: string } = {}): Promise<{ status: number; body: any }> {
  await sandboxControl({ out_trade_no: orderNo, refund: { status: 'SUCCESS' } });
  const response = await fetch(`${SANDBOX_URL}/sandbox/refund/${orderNo}`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(30_000),
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}

/** A signed, encrypted REFUND.SUCCESS built once, so it can be replayed byte for byte. */
export function refundNotification(orderNo: string, totalFen: number, refundFen: number, outRefundNo = `RT${orderNo}`, s = sandbox()) {
  const resource = successfulRefund({
    mchid: s.mchid, outTradeNo: orderNo, transactionId: `4200${Date.now()}`, outRefundNo, totalFen, refundFen, nowMs: Date.now(),
  });
  return s.notification('refund', resource);
}

/** A signed REFUND.SUCCESS, REFUND.CLOSED or REFUND.ABNORMAL for a refund DMH asked for (its out_refund_no). */
export function refundEndNotification(orderNo: string, outRefundNo: string, status: 'SUCCESS' | 'CLOSED' | 'ABNORMAL', totalFen = 9900, refundFen = totalFen) {
  const s = sandbox();
  const resource = endedRefund({ mchid: s.mchid, outTradeNo: orderNo, transactionId: `4200${Date.now()}`, outRefundNo, totalFen, refundFen, nowMs: Date.now() }, status);
  return s.notification('refund', resource, { eventType: `REFUND.${status}` });
}

export async function sendRefundCallback(n: { headers: Record<string, string>; body: Buffer }): Promise<{ status: number; body: any }> {
  const response = await fetch(`${API_URL}/api/v1/orders/refund/callback`, {
    method: 'POST', headers: n.headers, body: n.body, signal: AbortSignal.timeout(30_000),
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}

/** A paid order without the sandbox: a signed TRANSACTION.SUCCESS straight to the callback. */
export async function paidByCallback(campaignId: string, referrerId?: string) {
  const order = await createOrder(campaignId, nextPhone(), referrerId);
  const answer = await sendCallback(paidNotification(order.orderNo, 9900));
  if (answer.status !== 200) throw new Error(`callback failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return order;
}

/** A user with a role made for the test, holding exactly these permissions (and admin of these brands). */
export async function userWithPermissions(permissions: string[], brandIds: string[] = []): Promise<{ userId: string; token: string }> {
  const user = await createUser('none');
  const code = `test_${user.username}`;
  const [role] = await db().query<any>('INSERT INTO roles (code, name) VALUES (?, ?)', [code, code]);
  await db().query(
    'INSERT INTO role_permissions (role_id, permission_id) SELECT ?, id FROM permissions WHERE code IN (?)',
    [role.insertId, permissions],
  );
  await db().query('INSERT INTO user_roles (user_id, role_id) VALUES (?, ?)', [user.userId, role.insertId]);
  for (const brandId of brandIds) await db().query('INSERT INTO user_brands (user_id, brand_id) VALUES (?, ?)', [user.userId, brandId]);
  return { userId: user.userId, token: await login(user.username, user.password) };
}

export async function platformAdmin(): Promise<{ userId: string; token: string }> {
  const user = await createUser('platform_admin');
  return { userId: user.userId, token: await login(user.username, user.password) };
}

export async function tokenOf(member: { username: string; password: string }): Promise<string> {
  return login(member.username, member.password);
}

export async function ledgerOf(userId: string): Promise<[string, string, string][]> {
  const entries = await rows<any>('SELECT entry_type, amount, debt_after FROM balance_ledger WHERE user_id = ? ORDER BY id', [userId]);
  return entries.map((e) => [e.entry_type, e.amount, e.debt_after]);
}

/** Runs an UPDATE and says how many rows it changed. */
export async function update(sql: string, params: unknown[]): Promise<number> {
  const [result] = await db().query<any>(sql, params);
  return Number(result.affectedRows);
}

export async function outboxOf(kind: string, aggregateId: string): Promise<{ status: string; attempts: number; locked_until: Date | null } | undefined> {
  return one('SELECT status, attempts, locked_until FROM outbox WHERE kind = ? AND aggregate_id = ?', [kind, aggregateId]);
}

export const untilOutboxDone = (kind: string, aggregateId: string, timeoutMs = 60_000) =>
  waitFor(`${kind} ${aggregateId} done`, async () => (await outboxOf(kind, aggregateId))?.status === 'done', timeoutMs, 100);

export { call, createBrand, createCampaign, createDistributorChain, nextPhone, createOrder };
