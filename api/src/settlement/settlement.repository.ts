import { ChainLink, fromCents, planRewards, RewardLevelRule, toCents } from '@dmh/shared';
import type { EntityManager } from 'typeorm';
import { database } from '../common/database';

export interface PaidTransaction {
  outTradeNo: string;
  transactionId: string;
  amountFen: number;
  paidAt: Date;
}

export type PaidOutcome =
  | { kind: 'paid'; orderId: string; outboxId: string }
  | { kind: 'replay'; orderId: string }
  | { kind: 'unknown_order' }
  | { kind: 'amount_mismatch'; orderId: string; expected: string; got: string }
  | { kind: 'conflict'; orderId: string; tradeNo: string };

export const SETTLE_KIND = 'order.settle';

/**
 * The paid transition, in one transaction: the order becomes paid exactly once (row lock + state guard),
 * its reward plan is written beside it (one row per level, unique (order_id, level)), and an outbox row
 * records that the rewards still have to be credited, the events published and the sync job sent.
 * Whatever happens after the commit, the relay can finish it; nothing accepted is lost.
 */
export class SettlementRepository {
  async markPaid(tx: PaidTransaction, leaseMs: number): Promise<PaidOutcome> {
    return database().transaction(async (em) => {
      const [order] = await em.query(
        `SELECT id, campaign_id, brand_id, user_id, referrer_id, amount, pay_status, trade_no
           FROM orders WHERE order_no = ? AND deleted_at IS NULL FOR UPDATE`,
        [tx.outTradeNo],
      );
      if (!order) return { kind: 'unknown_order' };
      const orderId = String(order.id);
      if (order.pay_status !== 'unpaid') {
        return order.trade_no === tx.transactionId ? { kind: 'replay', orderId } : { kind: 'conflict', orderId, tradeNo: tx.transactionId };
      }
      if (toCents(order.amount) !== tx.amountFen) {
        return { kind: 'amount_mismatch', orderId, expected: order.amount, got: fromCents(tx.amountFen) };
      }
      await em.query(
        "UPDATE orders SET status = 'paid', pay_status = 'paid', trade_no = ?, paid_at = ? WHERE id = ? AND pay_status = 'unpaid'",
        [tx.transactionId, tx.paidAt, orderId],
      );
      await writeRewardPlan(em, order);
      const outbox = await em.query(
        'INSERT INTO outbox (kind, aggregate_id, payload, locked_until) VALUES (?, ?, ?, NOW(3) + INTERVAL ? MICROSECOND)',
        [SETTLE_KIND, orderId, JSON.stringify({ orderId }), leaseMs * 1000],
      );
      return { kind: 'paid', orderId, outboxId: String(outbox.insertId) };
    });
  }
}

interface OrderRow {
  id: string;
  campaign_id: string;
  brand_id: string;
  user_id: string | null;
  referrer_id: string;
  amount: string;
}

async function writeRewardPlan(em: EntityManager, order: OrderRow): Promise<void> {
  if (String(order.referrer_id) === '0') return;
  const [campaign] = await em.query(
    'SELECT c.reward_levels, b.settings FROM campaigns c JOIN brands b ON b.id = c.brand_id WHERE c.id = ?',
    [order.campaign_id],
  );
  const plan = planRewards({
    orderAmount: toCents(order.amount),
    rules: jsonOf<RewardLevelRule[]>(campaign.reward_levels) ?? [],
    chain: await referrerChain(em, String(order.referrer_id)),
    enabledLevels: jsonOf<{ rewardLevels?: number }>(campaign.settings)?.rewardLevels ?? 3,
    buyerUserId: order.user_id === null ? null : String(order.user_id),
  });
  for (const reward of plan) {
    await em.query(
      `INSERT INTO rewards (order_id, campaign_id, brand_id, user_id, distributor_id, level, amount, status)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'pending')`,
      [order.id, order.campaign_id, order.brand_id, reward.userId, reward.distributorId, reward.level, fromCents(reward.amount)],
    );
  }
}

/** The referrer, its parent and its grandparent (at most 3 links; a cycle in bad data stops the walk). */
async function referrerChain(em: EntityManager, referrerId: string): Promise<ChainLink[]> {
  const chain: ChainLink[] = [];
  const seen = new Set<string>();
  let next: string | null = referrerId;
  while (next && chain.length < 3 && !seen.has(next)) {
    seen.add(next);
    const rows: { id: string; user_id: string; status: string; parent_id: string | null }[] = await em.query(
      'SELECT id, user_id, status, parent_id FROM distributors WHERE id = ?',
      [next],
    );
    const row = rows[0];
    if (!row) break;
    chain.push({ distributorId: String(row.id), userId: String(row.user_id), status: row.status });
    next = row.parent_id === null ? null : String(row.parent_id);
  }
  return chain;
}

function jsonOf<T>(value: unknown): T | null {
  if (value === null || value === undefined) return null;
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
