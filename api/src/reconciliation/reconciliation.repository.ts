import { fromCents, isDuplicateKeyError, toCents, type ReconciliationTrigger } from '@dmh/shared';
import type { EntityManager } from 'typeorm';
import { AppError } from '../common/app-error';
import { database } from '../common/database';
import { dayBounds } from './bill-day';
import type { Difference, DmhBooks, DmhOrder, DmhRefund } from './reconciliation.compare';
import type { Resolution } from './reconciliation.repair';
import type { RunListQuery } from './reconciliation.schemas';

export interface RunCounts {
  billHash: string | null;
  billRows: number;
  dmhPayments: number;
  dmhRefunds: number;
}

const RUN_COLUMNS = `id, DATE_FORMAT(bill_date, '%Y-%m-%d') AS bill_date, status, triggered_by, requested_by, bill_hash, bill_rows,
  dmh_payments, dmh_refunds, difference_count, repaired, needs_attention, error_code, error_message, created_at, finished_at`;
const CHUNK = 500;

/** Reconciliation runs and their differences, and the read of DMH's books a run compares. */
export class ReconciliationRepository {
  /**
   * A new running run of the day, or RECONCILIATION_RUNNING while another one is (uk_bill_date_running).
   * A run whose lease ran out (its process died) is marked failed first, so it never blocks the day for good.
   */
  async start(billDate: string, trigger: ReconciliationTrigger, requestedBy: string | null, leaseSeconds: number): Promise<string> {
    const db = database();
    await db.query(
      `UPDATE reconciliation_runs SET status = 'failed', running = NULL, lease_until = NULL, finished_at = NOW(3),
         error_code = 'abandoned', error_message = 'the run stopped before finishing (its lease ran out)'
       WHERE bill_date = ? AND running = 1 AND lease_until < NOW(3)`,
      [billDate],
    );
    try {
      const result = await db.query(
        `INSERT INTO reconciliation_runs (bill_date, status, triggered_by, requested_by, running, lease_until)
         VALUES (?, 'running', ?, ?, 1, NOW(3) + INTERVAL ? SECOND)`,
        [billDate, trigger, requestedBy, leaseSeconds],
      );
      return String(result.insertId);
    } catch (err) {
      if (isDuplicateKeyError(err, 'uk_bill_date_running')) throw new AppError('RECONCILIATION_RUNNING');
      throw err;
    }
  }

  async complete(em: EntityManager, runId: string, counts: RunCounts, found: (Difference & Resolution)[]): Promise<void> {
    for (let i = 0; i < found.length; i += CHUNK) {
      const chunk = found.slice(i, i + CHUNK);
      await em.query(
        `INSERT INTO reconciliation_differences (run_id, kind, out_trade_no, transaction_id, out_refund_no, wechat_amount, dmh_amount, resolution, reason)
         VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
        chunk.flatMap((d) => [runId, d.kind, d.outTradeNo, d.transactionId, d.outRefundNo, money(d.wechatFen), money(d.dmhFen), d.resolution, d.reason]),
      );
    }
    const count = (r: Resolution['resolution']) => found.filter((d) => d.resolution === r).length;
    await em.query(
      `UPDATE reconciliation_runs SET status = 'completed', running = NULL, lease_until = NULL, finished_at = NOW(3), bill_hash = ?,
         bill_rows = ?, dmh_payments = ?, dmh_refunds = ?, difference_count = ?, repaired = ?, needs_attention = ? WHERE id = ?`,
      [counts.billHash, counts.billRows, counts.dmhPayments, counts.dmhRefunds, found.length, count('repaired'), count('needs_attention'), runId],
    );
  }

  async fail(em: EntityManager, runId: string, code: string, message: string): Promise<void> {
    await em.query(
      `UPDATE reconciliation_runs SET status = 'failed', running = NULL, lease_until = NULL, finished_at = NOW(3), error_code = ?, error_message = ?
       WHERE id = ?`,
      [code.slice(0, 64), message.slice(0, 500), runId],
    );
  }

  /** Whether a run of this trigger already completed for the day (the daily job's firings are then done). */
  async hasCompleted(billDate: string, trigger: ReconciliationTrigger): Promise<boolean> {
    const rows = await database().query(
      "SELECT 1 FROM reconciliation_runs WHERE bill_date = ? AND triggered_by = ? AND status = 'completed' LIMIT 1",
      [billDate, trigger],
    );
    return rows.length > 0;
  }

  /** DMH's side of a day's bill: its paid orders and successful refunds of the CST day, and those the bill names. */
  async books(billDate: string, billedTradeNos: string[], billedRefundNos: string[]): Promise<DmhBooks> {
    const db = database();
    const { from, to } = dayBounds(billDate);
    const paidOfDay = (await db.query(
      "SELECT order_no, pay_status, trade_no, amount FROM orders WHERE paid_at >= ? AND paid_at < ? AND pay_status <> 'unpaid'",
      [from, to],
    )).map(toOrder);
    const refundsOfDay = (await db.query(
      `SELECT r.out_refund_no, o.order_no, r.status, r.amount FROM refunds r JOIN orders o ON o.id = r.order_id
       WHERE r.created_at >= ? AND r.created_at < ? AND r.status = 'success'`,
      [from, to],
    )).map(toRefund);
    const ordersByNo = new Map<string, DmhOrder>();
    for (const nos of chunks(billedTradeNos)) {
      const found = await db.query(`SELECT order_no, pay_status, trade_no, amount FROM orders WHERE order_no IN (${nos.map(() => '?').join(', ')})`, nos);
      for (const order of found.map(toOrder)) ordersByNo.set(order.outTradeNo, order);
    }
    const refundsByNo = new Map<string, DmhRefund>();
    for (const nos of chunks(billedRefundNos)) {
      const found = await db.query(
        `SELECT r.out_refund_no, o.order_no, r.status, r.amount FROM refunds r JOIN orders o ON o.id = r.order_id
         WHERE r.out_refund_no IN (${nos.map(() => '?').join(', ')})`,
        nos,
      );
      for (const refund of found.map(toRefund)) refundsByNo.set(refund.outRefundNo, refund);
    }
    return { paidOfDay, ordersByNo, refundsOfDay, refundsByNo };
  }

  async list(q: RunListQuery): Promise<{ items: RunRow[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.billDate) (where.push('bill_date = ?'), params.push(q.billDate));
    if (q.status) (where.push('status = ?'), params.push(q.status));
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const db = database();
    const [{ n }] = await db.query(`SELECT COUNT(*) AS n FROM reconciliation_runs ${clause}`, params);
    const items = await db.query(`SELECT ${RUN_COLUMNS} FROM reconciliation_runs ${clause} ORDER BY id DESC LIMIT ? OFFSET ?`, [
      ...params, q.pageSize, (q.page - 1) * q.pageSize,
    ]);
    return { items, total: Number(n) };
  }

  async find(runId: string): Promise<{ run: RunRow; differences: DifferenceRow[] } | null> {
    const db = database();
    const [run] = await db.query(`SELECT ${RUN_COLUMNS} FROM reconciliation_runs WHERE id = ?`, [runId]);
    if (!run) return null;
    const differences = await db.query(
      `SELECT id, kind, out_trade_no, transaction_id, out_refund_no, wechat_amount, dmh_amount, resolution, reason
       FROM reconciliation_differences WHERE run_id = ? ORDER BY id`,
      [runId],
    );
    return { run, differences };
  }
}

/** A run row as selected (snake_case, as mysql2 returns it). */
export type RunRow = Record<string, any>;
export type DifferenceRow = Record<string, any>;

function money(fen: number | null): string | null {
  return fen === null ? null : fromCents(fen);
}

function toOrder(r: any): DmhOrder {
  return { outTradeNo: r.order_no, payStatus: r.pay_status, transactionId: r.trade_no ?? null, amountFen: toCents(r.amount) };
}

function toRefund(r: any): DmhRefund {
  return { outRefundNo: r.out_refund_no, outTradeNo: r.order_no, status: r.status, amountFen: toCents(r.amount) };
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}
