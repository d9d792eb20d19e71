import { ChainDistributor, ChainLink, fromCents, planRewards, referrerChain, retryOnLockConflict, RewardLevelRule, type SendStatements, toCents } from '@dmh/shared';
import { logger } from '../common/logger';
import { leanTransaction } from '../common/lean-sql';
import type { SettlementData } from '../outbox/outbox.repository';

export interface PaidTransaction {
  outTradeNo: string;
  transactionId: string;
  amountFen: number;
  paidAt: Date;
  /** The W3C trace context of whoever applies it (tracing on): kept in the settlement's outbox row for the relay. */
  traceparent?: string;
}

export type PaidOutcome =
  /** `lateOutboxId`: the order had been closed and was re-seated; its late-payment announcement is recorded. */
  | { kind: 'paid'; orderId: string; outboxId: string; data: SettlementData; lateOutboxId?: string }
  /** Unpaid but closed (expired): it must be re-seated (CampaignActor) or its payment refunded. Nothing written. */
  | { kind: 'closed'; orderId: string; campaignId: string }
  | { kind: 'replay'; orderId: string }
  | { kind: 'unknown_order' }
  | { kind: 'amount_mismatch'; orderId: string; expected: string; got: string }
  | { kind: 'conflict'; orderId: string; tradeNo: string };

export const SETTLE_KIND = 'order.settle';
/** Outbox work of a payment that arrived after the order was closed: announce it, refund it if it has no seat. */
export const LATE_PAYMENT_KIND = 'order.late-payment';

/**
 * The paid transition, in one transaction: the order becomes paid exactly once (the guarded UPDATE takes
 * the row lock and changes only an unpaid order of that amount), its reward plan is written beside it (one
 * row per level, unique (order_id, level)), and an outbox row records that the rewards still have to be
 * credited, the events published and the sync job sent. Whatever happens after the commit, the relay can
 * finish it; nothing accepted is lost. The common case is two round trips on a lean connection (common/lean-sql):
 * the UPDATE with the read of the order, its campaign, brand and referrer chain; then the rewards (one
 * multi-row INSERT, read back for their ids), the outbox row and the COMMIT. What was written is handed to the
 * dispatcher so it need not read it again. Anything else (the UPDATE changed nothing) takes the slower path
 * that says why, in the same transaction.
 */
export class SettlementRepository {
  async markPaid(tx: PaidTransaction, leaseMs: number): Promise<PaidOutcome> {
    // Replays of one notification race for the order's row lock; a transaction MariaDB rolled back as a
    // deadlock victim is run again whole (it re-reads everything it decides on), so a replay still answers.
    return retryOnLockConflict(() => this.paidTransition(tx, leaseMs), (err, attempt) =>
      logger.info({ outTradeNo: tx.outTradeNo, attempt, error: (err as Error).message }, 'paid transition rolled back by a lock conflict: running it again'));
  }

  private paidTransition(tx: PaidTransaction, leaseMs: number): Promise<PaidOutcome> {
    return leanTransaction(async (send) => {
      const [, paid, chainRows] = await send(
        ['START TRANSACTION', PAY_SQL, ORDER_WITH_CHAIN_SQL],
        [tx.transactionId, tx.paidAt, tx.outTradeNo, fromCents(tx.amountFen), tx.outTradeNo],
      );
      let order: PaidOrder;
      if (paid.affectedRows === 1) {
        order = paidOrderOf(chainRows[0], tx.outTradeNo);
      } else {
        const refused = await whyNotPayable(send, tx);
        if (refused) return refused; // nothing was written: rolled back
        const [again] = await send([ORDER_WITH_CHAIN_SQL], [tx.outTradeNo]);
        order = paidOrderOf(again[0], tx.outTradeNo);
      }
      const plan = rewardPlan(order);
      // A closed order re-seated by this very payment (closed_at is its history): the late payment is announced.
      const late = order.closedAt !== null;
      const statements = [
        ...(plan.length > 0 ? ['INSERT INTO rewards (order_id, campaign_id, brand_id, user_id, distributor_id, level, amount, status) VALUES ?'] : []),
        'SELECT id, user_id, distributor_id, level, amount, status FROM rewards WHERE order_id = ? ORDER BY level',
        OUTBOX_SQL,
        ...(late ? [OUTBOX_SQL] : []),
        'COMMIT',
      ];
      const values = [
        ...(plan.length > 0 ? [plan.map((r) => [order.id, order.campaignId, order.brandId, r.userId, r.distributorId, r.level, fromCents(r.amount), 'pending'])] : []),
        order.id,
        SETTLE_KIND, order.id, JSON.stringify({ orderId: order.id, ...(tx.traceparent && { traceparent: tx.traceparent }) }), leaseMs * 1000,
        ...(late ? [LATE_PAYMENT_KIND, order.id, JSON.stringify({ orderId: order.id }), leaseMs * 1000] : []),
      ];
      const results = await send(statements, values);
      const at = plan.length > 0 ? 1 : 0;
      const rewardRows: Record<string, unknown>[] = results[at];
      const outbox = results[at + 1];
      const lateOutbox = late ? results[at + 2] : undefined;
      const data: SettlementData = {
        order: {
          id: order.id, orderNo: tx.outTradeNo, campaignId: order.campaignId, brandId: order.brandId, amount: order.amount,
          tradeNo: tx.transactionId, paidAt: tx.paidAt.toISOString(),
        },
        rewards: rewardRows.map((r) => ({
          id: String(r.id), userId: String(r.user_id), distributorId: String(r.distributor_id), level: Number(r.level), amount: String(r.amount), status: String(r.status),
        })),
      };
      return { kind: 'paid', orderId: order.id, outboxId: String(outbox.insertId), data, ...(lateOutbox && { lateOutboxId: String(lateOutbox.insertId) }) };
    });
  }
}

const PAY_SQL = `UPDATE orders SET status = 'paid', pay_status = 'paid', trade_no = ?, paid_at = ?
  WHERE order_no = ? AND deleted_at IS NULL AND status = 'pending' AND pay_status = 'unpaid' AND amount = CAST(? AS DECIMAL(10,2))`;

const OUTBOX_SQL = 'INSERT INTO outbox (kind, aggregate_id, payload, locked_until) VALUES (?, ?, ?, NOW(3) + INTERVAL ? MICROSECOND)';

/**
 * Why the guarded UPDATE changed nothing (the order locked and read as it is): unknown, already paid (a
 * replay, or a second payment), another amount, or closed unpaid (expired). Null if it is in fact payable;
 * it is then marked paid here.
 */
async function whyNotPayable(send: SendStatements, tx: PaidTransaction): Promise<PaidOutcome | null> {
  const [[order]] = await send(
    ['SELECT id, campaign_id, amount, status, pay_status, trade_no FROM orders WHERE order_no = ? AND deleted_at IS NULL FOR UPDATE'],
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
  if (order.status !== 'pending') return { kind: 'closed', orderId, campaignId: String(order.campaign_id) };
  await send(
    ["UPDATE orders SET status = 'paid', pay_status = 'paid', trade_no = ?, paid_at = ? WHERE id = ? AND status = 'pending' AND pay_status = 'unpaid'"],
    [tx.transactionId, tx.paidAt, orderId],
  );
  return null;
}

interface PaidOrder {
  id: string;
  campaignId: string;
  brandId: string;
  userId: string | null;
  amount: string;
  rules: RewardLevelRule[];
  enabledLevels: number;
  /** The referrer, its parent and its grandparent (at most 3 links; a cycle in bad data stops the walk). */
  chain: ChainLink[];
  /** Set if the order was closed unpaid before (and re-seated by a late payment). */
  closedAt: Date | null;
}

const LINK = (p: string) => `${p}.id AS ${p}_id, ${p}.user_id AS ${p}_user, ${p}.status AS ${p}_status, ${p}.parent_id AS ${p}_parent`;

const ORDER_WITH_CHAIN_SQL = `SELECT o.id, o.campaign_id, o.brand_id, o.user_id, o.referrer_id, o.amount, o.closed_at, c.reward_levels, b.settings,
    ${LINK('d1')}, ${LINK('d2')}, ${LINK('d3')}
   FROM orders o
   JOIN campaigns c ON c.id = o.campaign_id
   JOIN brands b ON b.id = c.brand_id
   LEFT JOIN distributors d1 ON d1.id = o.referrer_id
   LEFT JOIN distributors d2 ON d2.id = d1.parent_id
   LEFT JOIN distributors d3 ON d3.id = d2.parent_id
  WHERE o.order_no = ? AND o.deleted_at IS NULL`;

function paidOrderOf(row: Record<string, any> | undefined, orderNo: string): PaidOrder {
  if (!row) throw new Error(`paid order ${orderNo} has no campaign or brand`);
  // The joined d1..d3 columns are the referrer's upline as far as three links go; the walk itself is shared.
  const upline = new Map<string, ChainDistributor>();
  for (const p of ['d1', 'd2', 'd3']) {
    if (row[`${p}_id`] === null) continue;
    upline.set(String(row[`${p}_id`]), {
      userId: String(row[`${p}_user`]), status: row[`${p}_status`], parentId: row[`${p}_parent`] === null ? null : String(row[`${p}_parent`]),
    });
  }
  const chain = referrerChain(row.referrer_id === null || String(row.referrer_id) === '0' ? null : String(row.referrer_id), (id) => upline.get(id));
  return {
    id: String(row.id), campaignId: String(row.campaign_id), brandId: String(row.brand_id),
    userId: row.user_id === null ? null : String(row.user_id), amount: String(row.amount),
    rules: jsonOf<RewardLevelRule[]>(row.reward_levels) ?? [],
    enabledLevels: jsonOf<{ rewardLevels?: number }>(row.settings)?.rewardLevels ?? 3,
    chain,
    closedAt: row.closed_at ? new Date(row.closed_at) : null,
  };
}

function rewardPlan(order: PaidOrder): ReturnType<typeof planRewards> {
  return planRewards({
    orderAmount: toCents(order.amount), rules: order.rules, chain: order.chain, enabledLevels: order.enabledLevels, buyerUserId: order.userId,
  });
}

function jsonOf<T>(value: unknown): T | null {
  if (value === null || value === undefined) return null;
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
