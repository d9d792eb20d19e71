import { type LedgerEntryType, isoTimeOrNull } from '@dmh/shared';
import { type BrandScope, brandScopeSql } from '../brands/brand-scope';
import { database } from '../common/database';

export interface RewardRow {
  id: string;
  orderId: string;
  campaignId: string;
  brandId: string;
  distributorId: string;
  level: number;
  amount: string;
  status: string;
  settledAt: string | null;
  reversedAt: string | null;
  createdAt: string;
}

export interface LedgerRow {
  id: string;
  entryType: LedgerEntryType;
  refId: string;
  amount: string;
  balanceAfter: string;
  frozenAfter: string;
  debtAfter: string;
  createdAt: string;
}

export class RewardsRepository {
  async balance(userId: string) {
    const [row] = await database().query(
      'SELECT balance, frozen, total_reward, total_withdrawn, debt, updated_at FROM user_balances WHERE user_id = ?',
      [userId],
    );
    return {
      userId,
      balance: row?.balance ?? '0.00',
      frozen: row?.frozen ?? '0.00',
      totalReward: row?.total_reward ?? '0.00',
      totalWithdrawn: row?.total_withdrawn ?? '0.00',
      debt: row?.debt ?? '0.00',
    };
  }

  /** A user's rewards, newest first; with a brand scope, only the rewards earned in those brands. */
  async list(userId: string, scope: BrandScope, page: number, pageSize: number): Promise<{ items: RewardRow[]; total: number }> {
    const brand = brandScopeSql(scope, 'brand_id');
    const [count] = await database().query(`SELECT COUNT(*) AS n FROM rewards WHERE user_id = ? AND ${brand.sql}`, [userId, ...brand.params]);
    const rows = await database().query(
      `SELECT id, order_id, campaign_id, brand_id, distributor_id, level, amount, status, settled_at, reversed_at, created_at
         FROM rewards WHERE user_id = ? AND ${brand.sql} ORDER BY id DESC LIMIT ? OFFSET ?`,
      [userId, ...brand.params, pageSize, (page - 1) * pageSize],
    );
    return {
      total: Number(count.n),
      items: rows.map((r: Record<string, unknown>) => ({
        id: String(r.id),
        orderId: String(r.order_id),
        campaignId: String(r.campaign_id),
        brandId: String(r.brand_id),
        distributorId: String(r.distributor_id),
        level: Number(r.level),
        amount: String(r.amount),
        status: String(r.status),
        settledAt: isoTimeOrNull(r.settled_at),
        reversedAt: isoTimeOrNull(r.reversed_at),
        createdAt: new Date(r.created_at as string).toISOString(),
      })),
    };
  }

  /** The balance's journal, newest first: every credit, reversal, repayment, freeze, release and payout. */
  async ledger(userId: string, page: number, pageSize: number): Promise<{ items: LedgerRow[]; total: number }> {
    const [count] = await database().query('SELECT COUNT(*) AS n FROM balance_ledger WHERE user_id = ?', [userId]);
    const rows = await database().query(
      `SELECT id, entry_type, ref_id, amount, balance_after, frozen_after, debt_after, created_at
         FROM balance_ledger WHERE user_id = ? ORDER BY id DESC LIMIT ? OFFSET ?`,
      [userId, pageSize, (page - 1) * pageSize],
    );
    return {
      total: Number(count.n),
      items: rows.map((r: Record<string, unknown>) => ({
        id: String(r.id),
        entryType: String(r.entry_type) as LedgerEntryType,
        refId: String(r.ref_id),
        amount: String(r.amount),
        balanceAfter: String(r.balance_after),
        frozenAfter: String(r.frozen_after),
        debtAfter: String(r.debt_after),
        createdAt: new Date(r.created_at as string).toISOString(),
      })),
    };
  }

  /** Whether the user is a distributor (any status) of one of the brands in scope. */
  async isDistributorIn(userId: string, scope: BrandScope): Promise<boolean> {
    const brand = brandScopeSql(scope, 'brand_id');
    const rows = await database().query(`SELECT 1 FROM distributors WHERE user_id = ? AND ${brand.sql} LIMIT 1`, [userId, ...brand.params]);
    return rows.length > 0;
  }
}
