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

/**
 * A notification's outcome in a batch (markPaidTogether): paid there, or left for the one-at-a-time path
 * (markPaid), which says why it is not payable (a replay, a second payment, another amount, a closed order, an
 * unknown one) or pays a re-seated order with its late-payment announcement.
 */
export type BatchedPaidOutcome = Extract<PaidOutcome, { kind: 'paid' }> | { kind: 'alone' };

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

  /**
   * The paid transition of several notifications in ONE transaction, for notifications that arrive while others
   * are being applied (settlement.service): the same rows as markPaid writes for each, in two round trips and one
   * commit for all. The orders are locked first (FOR UPDATE, in index order, so two batches never wait on each
   * other in a cycle), then read with their campaign, brand and referrer chain; only those payable now (pending,
   * unpaid, this amount, never closed; the first notification of an order in the batch) are paid here, with one
   * UPDATE, one INSERT of all their rewards, one of all their outbox rows. Every other notification is answered
   * `alone`: the caller takes it through markPaid, which says why, so every refusal keeps its one tested path.
   */
  async markPaidTogether(txs: readonly PaidTransaction[], leaseMs: number): Promise<BatchedPaidOutcome[]> {
    return retryOnLockConflict(() => this.paidTogether(txs, leaseMs), (err, attempt) =>
      logger.info({ notifications: txs.length, attempt, error: (err as Error).message }, 'batched paid transition rolled back by a lock conflict: running it again'));
  }

  private paidTogether(txs: readonly PaidTransaction[], leaseMs: number): Promise<BatchedPaidOutcome[]> {
    return leanTransaction(async (send) => {
      const orderNos = [...new Set(txs.map((tx) => tx.outTradeNo))];
      const [, locked, chainRows] = await send(['START TRANSACTION', LOCK_ORDERS_SQL, ORDERS_WITH_CHAINS_SQL], [orderNos, orderNos]);
      const lockedByNo = new Map((locked as Record<string, any>[]).map((row) => [String(row.order_no), row]));
      const chainByNo = new Map((chainRows as Record<string, any>[]).map((row) => [String(row.order_no), row]));
      const outcomes: BatchedPaidOutcome[] = txs.map(() => ({ kind: 'alone' }));
      const paying: { at: number; tx: PaidTransaction; order: PaidOrder }[] = [];
      const taken = new Set<string>();
      txs.forEach((tx, at) => {
        const row = lockedByNo.get(tx.outTradeNo);
        if (!row || taken.has(tx.outTradeNo) || !payableNow(row, tx)) return;
        taken.add(tx.outTradeNo);
        paying.push({ at, tx, order: paidOrderOf(chainByNo.get(tx.outTradeNo), tx.outTradeNo) });
      });
      if (paying.length === 0) return outcomes; // nothing written: rolled back

      const rewardRows = paying.flatMap(({ order }) =>
        rewardPlan(order).map((r) => [order.id, order.campaignId, order.brandId, r.userId, r.distributorId, r.level, fromCents(r.amount), 'pending']),
      );
      const ids = paying.map(({ order }) => order.id);
      const statements = [
        payManySql(paying.length),
        ...(rewardRows.length > 0 ? ['INSERT INTO rewards (order_id, campaign_id, brand_id, user_id, distributor_id, level, amount, status) VALUES ?'] : []),
        'SELECT id, order_id, user_id, distributor_id, level, amount, status FROM rewards WHERE order_id IN (?) ORDER BY order_id, level',
        outboxManySql(paying.length),
        'SELECT id, aggregate_id FROM outbox WHERE id >= LAST_INSERT_ID() AND kind = ? AND aggregate_id IN (?)',
        'COMMIT',
      ];
      const values = [
        ...paying.flatMap(({ order, tx }) => [order.id, tx.transactionId]),
        ...paying.flatMap(({ order, tx }) => [order.id, tx.paidAt]),
        ids,
        ...(rewardRows.length > 0 ? [rewardRows] : []),
        ids,
        ...paying.flatMap(({ order, tx }) => [
          SETTLE_KIND, order.id, JSON.stringify({ orderId: order.id, ...(tx.traceparent && { traceparent: tx.traceparent }) }), leaseMs * 1000,
        ]),
        SETTLE_KIND, ids,
      ];
      // The COMMIT is the last statement: checked before it runs would need a round trip more, so a count that
      // does not match (it cannot while the rows are locked) throws after it and the batch is taken alone.
      const results = await send(statements, values);
      const paid = results[0];
      const at = rewardRows.length > 0 ? 2 : 1;
      const rewards = results[at] as Record<string, unknown>[];
      const outboxIds = new Map((results[at + 2] as Record<string, unknown>[]).map((r) => [String(r.aggregate_id), String(r.id)]));
      if (paid.affectedRows !== paying.length || outboxIds.size !== paying.length) {
        throw new Error(`batched paid transition wrote ${paid.affectedRows} orders and ${outboxIds.size} outbox rows for ${paying.length}`);
      }
      for (const { at: i, tx, order } of paying) {
        const data: SettlementData = {
          order: {
            id: order.id, orderNo: tx.outTradeNo, campaignId: order.campaignId, brandId: order.brandId, amount: order.amount,
            tradeNo: tx.transactionId, paidAt: tx.paidAt.toISOString(),
          },
          rewards: rewards.filter((r) => String(r.order_id) === order.id).map((r) => ({
            id: String(r.id), userId: String(r.user_id), distributorId: String(r.distributor_id), level: Number(r.level), amount: String(r.amount), status: String(r.status),
          })),
        };
        outcomes[i] = { kind: 'paid', orderId: order.id, outboxId: outboxIds.get(order.id)!, data };
      }
      return outcomes;
    });
  }
}

/** What markPaid's guarded UPDATE asks of an order, read from its locked row; a closed order goes alone (re-seat, late payment). */
function payableNow(row: Record<string, any>, tx: PaidTransaction): boolean {
  return row.status === 'pending' && row.pay_status === 'unpaid' && toCents(row.amount) === tx.amountFen && row.closed_at === null;
}

const LOCK_ORDERS_SQL = 'SELECT id, order_no, amount, status, pay_status, closed_at FROM orders WHERE order_no IN (?) AND deleted_at IS NULL FOR UPDATE';

/** Each order its own trade number and payment time, by id; only orders still pending and unpaid. */
function payManySql(count: number): string {
  const cases = Array.from({ length: count }, () => 'WHEN ? THEN ?').join(' ');
  return `UPDATE orders SET status = 'paid', pay_status = 'paid', trade_no = CASE id ${cases} END, paid_at = CASE id ${cases} END
  WHERE id IN (?) AND status = 'pending' AND pay_status = 'unpaid'`;
}

function outboxManySql(count: number): string {
  const rows = Array.from({ length: count }, () => '(?, ?, ?, NOW(3) + INTERVAL ? MICROSECOND)').join(', ');
  return `INSERT INTO outbox (kind, aggregate_id, payload, locked_until) VALUES ${rows}`;
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

const ORDERS_WITH_CHAINS = `SELECT o.id, o.order_no, o.campaign_id, o.brand_id, o.user_id, o.referrer_id, o.amount, o.closed_at, c.reward_levels, b.settings,
    ${LINK('d1')}, ${LINK('d2')}, ${LINK('d3')}
   FROM orders o
   JOIN campaigns c ON c.id = o.campaign_id
   JOIN brands b ON b.id = c.brand_id
   LEFT JOIN distributors d1 ON d1.id = o.referrer_id
   LEFT JOIN distributors d2 ON d2.id = d1.parent_id
   LEFT JOIN distributors d3 ON d3.id = d2.parent_id`;

const ORDER_WITH_CHAIN_SQL = `${ORDERS_WITH_CHAINS} WHERE o.order_no = ? AND o.deleted_at IS NULL`;
const ORDERS_WITH_CHAINS_SQL = `${ORDERS_WITH_CHAINS} WHERE o.order_no IN (?) AND o.deleted_at IS NULL`;

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
