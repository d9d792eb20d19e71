import { type WithdrawalStatus, isoTimeOrNull } from '@dmh/shared';
import type { EntityManager } from 'typeorm';
import { type BrandScope, brandScopeSql } from '../brands/brand-scope';
import { database } from '../common/database';
import { transition, type WithdrawalAction } from './withdrawal-state';

export const WITHDRAWAL_RELEASE_KIND = 'withdrawal.release';
export const WITHDRAWAL_PAYOUT_KIND = 'withdrawal.payout';

/** Whose withdrawals a caller sees: their own, plus (admins) those of the brands in scope. */
export interface WithdrawalReader {
  userId: string;
  /** null: the caller reads only their own. */
  admin: BrandScope | null;
}

export interface WithdrawalView {
  id: string;
  userId: string;
  brandId: string | null;
  amount: string;
  status: WithdrawalStatus;
  accountInfo: Record<string, unknown> | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  rejectReason: string | null;
  paidAt: string | null;
  payoutRef: string | null;
  createdAt: string;
  updatedAt: string;
}

export type ReviewOutcome =
  | { kind: 'applied'; withdrawal: WithdrawalView; outboxId: string | null }
  | { kind: 'replay'; withdrawal: WithdrawalView }
  | { kind: 'conflict'; status: WithdrawalStatus }
  | { kind: 'own' }
  | { kind: 'not_found' };

const COLUMNS = `id, user_id, brand_id, amount, status, account_info, reviewed_by, reviewed_at, reject_reason, paid_at, payout_ref,
  created_at, updated_at`;

function readable(reader: WithdrawalReader): { sql: string; params: unknown[] } {
  if (!reader.admin) return { sql: 'user_id = ?', params: [reader.userId] };
  const brand = brandScopeSql(reader.admin, 'brand_id');
  return { sql: `(user_id = ? OR ${brand.sql})`, params: [reader.userId, ...brand.params] };
}

/** SQL for withdrawals' review side. Scope is in every WHERE clause: another brand's withdrawal is not found. */
export class WithdrawalsRepository {
  async find(reader: WithdrawalReader, id: string): Promise<WithdrawalView | null> {
    const scope = readable(reader);
    const [row] = await database().query(`SELECT ${COLUMNS} FROM withdrawals WHERE id = ? AND ${scope.sql}`, [id, ...scope.params]);
    return row ? toView(row) : null;
  }

  async list(
    reader: WithdrawalReader,
    filter: { status?: string; userId?: string; brandId?: string },
    page: number,
    pageSize: number,
  ): Promise<{ items: WithdrawalView[]; total: number }> {
    const scope = readable(reader);
    const where = [scope.sql];
    const params = [...scope.params];
    for (const [column, value] of [['status', filter.status], ['user_id', filter.userId], ['brand_id', filter.brandId]] as const) {
      if (value === undefined) continue;
      where.push(`${column} = ?`);
      params.push(value);
    }
    const sql = where.join(' AND ');
    const [count] = await database().query(`SELECT COUNT(*) AS n FROM withdrawals WHERE ${sql}`, params);
    const rows = await database().query(`SELECT ${COLUMNS} FROM withdrawals WHERE ${sql} ORDER BY id DESC LIMIT ? OFFSET ?`, [
      ...params, pageSize, (page - 1) * pageSize,
    ]);
    return { total: Number(count.n), items: rows.map(toView) };
  }

  /** The brands the user is an active distributor of: where a withdrawal of theirs is reviewed. */
  async activeDistributorBrands(userId: string): Promise<string[]> {
    const rows = await database().query("SELECT brand_id FROM distributors WHERE user_id = ? AND status = 'active' ORDER BY brand_id", [userId]);
    return rows.map((r: { brand_id: string }) => String(r.brand_id));
  }

  async ownerOf(id: string): Promise<string | null> {
    const [row] = await database().query('SELECT user_id FROM withdrawals WHERE id = ?', [id]);
    return row ? String(row.user_id) : null;
  }

  /**
   * One review step in one transaction: the row locked (two reviewers at once: one effect, the other a
   * replay or a conflict), the state guarded, the audit entry written, and for a rejection or a payout the
   * outbox row that makes the BalanceActor move the money (released or paid out) even after a crash.
   */
  async review(
    scope: BrandScope,
    reviewerId: string,
    id: string,
    action: WithdrawalAction,
    details: { reason?: string; payoutRef?: string | null },
    audit: (em: EntityManager, before: WithdrawalView, after: WithdrawalView) => Promise<unknown>,
    leaseMs: number,
  ): Promise<ReviewOutcome> {
    const brand = brandScopeSql(scope, 'brand_id');
    return database().transaction(async (em) => {
      const [row] = await em.query(`SELECT ${COLUMNS} FROM withdrawals WHERE id = ? AND ${brand.sql} FOR UPDATE`, [id, ...brand.params]);
      if (!row) return { kind: 'not_found' };
      const before = toView(row);
      if (before.userId === reviewerId) return { kind: 'own' };
      const step = transition(before.status, action);
      if (step.kind === 'replay') return { kind: 'replay', withdrawal: before };
      if (step.kind === 'conflict') return { kind: 'conflict', status: before.status };

      if (action === 'pay') {
        await em.query("UPDATE withdrawals SET status = 'paid', paid_at = CURRENT_TIMESTAMP(3), payout_ref = ? WHERE id = ?", [details.payoutRef ?? null, id]);
      } else {
        await em.query('UPDATE withdrawals SET status = ?, reviewed_by = ?, reviewed_at = CURRENT_TIMESTAMP(3), reject_reason = ? WHERE id = ?', [
          step.to, reviewerId, action === 'reject' ? (details.reason ?? null) : null, id,
        ]);
      }
      const [updated] = await em.query(`SELECT ${COLUMNS} FROM withdrawals WHERE id = ?`, [id]);
      const after = toView(updated);
      await audit(em, before, after);
      const kind = action === 'reject' ? WITHDRAWAL_RELEASE_KIND : action === 'pay' ? WITHDRAWAL_PAYOUT_KIND : null;
      if (!kind) return { kind: 'applied', withdrawal: after, outboxId: null };
      const outbox = await em.query(
        'INSERT INTO outbox (kind, aggregate_id, payload, locked_until) VALUES (?, ?, ?, NOW(3) + INTERVAL ? MICROSECOND)',
        [kind, id, JSON.stringify({ withdrawalId: id, userId: after.userId }), leaseMs * 1000],
      );
      return { kind: 'applied', withdrawal: after, outboxId: String(outbox.insertId) };
    });
  }
}

function toView(r: Record<string, unknown>): WithdrawalView {
  const info = r.account_info;
  return {
    id: String(r.id),
    userId: String(r.user_id),
    brandId: r.brand_id === null ? null : String(r.brand_id),
    amount: String(r.amount),
    status: r.status as WithdrawalStatus,
    accountInfo: info === null || info === undefined ? null : typeof info === 'string' ? JSON.parse(info) : (info as Record<string, unknown>),
    reviewedBy: r.reviewed_by === null ? null : String(r.reviewed_by),
    reviewedAt: isoTimeOrNull(r.reviewed_at),
    rejectReason: r.reject_reason === null ? null : String(r.reject_reason),
    paidAt: isoTimeOrNull(r.paid_at),
    payoutRef: r.payout_ref === null ? null : String(r.payout_ref),
    createdAt: new Date(r.created_at as string).toISOString(),
    updatedAt: new Date(r.updated_at as string).toISOString(),
  };
}
