import { type OrderCloseReason, type OrderPayStatus, type OrderStatus, isoTimeOrNull } from '@dmh/shared';
import { type BrandScope, brandScopeSql } from '../brands/brand-scope';
import { database } from '../common/database';

export interface OrderListFilter {
  campaignId?: string;
  brandId?: string;
  status?: string;
  payStatus?: string;
  phone?: string;
  orderNo?: string;
  from?: Date;
  to?: Date;
}

export interface AdminOrderRow {
  id: string;
  orderNo: string;
  campaignId: string;
  campaignName: string | null;
  brandId: string;
  memberId: string | null;
  phone: string;
  amount: string;
  status: OrderStatus;
  payStatus: OrderPayStatus;
  syncStatus: string;
  referrerId: string | null;
  tradeNo: string | null;
  paidAt: string | null;
  createdAt: string;
  /** Unpaid past this, the order is closed and its seat freed. */
  payExpiresAt: string | null;
  closedAt: string | null;
  closeReason: OrderCloseReason | null;
}

export interface AdminOrderDetail extends AdminOrderRow {
  formData: Record<string, unknown>;
  rewards: { id: string; level: number; userId: string; distributorId: string; amount: string; status: string; settledAt: string | null; reversedAt: string | null }[];
}

const COLUMNS = `o.id, o.order_no, o.campaign_id, c.name AS campaign_name, o.brand_id, o.member_id, o.phone, o.amount, o.status,
  o.pay_status, COALESCE(ss.status, 'pending') AS sync_status, o.referrer_id, o.trade_no, o.paid_at, o.created_at,
  o.pay_expires_at, o.closed_at, o.close_reason`;

/** Admin reads of orders. The brand scope is part of every WHERE clause: another brand's order is simply not found. */
export class OrdersAdminRepository {
  async list(scope: BrandScope, filter: OrderListFilter, page: number, pageSize: number): Promise<{ items: AdminOrderRow[]; total: number }> {
    const brand = brandScopeSql(scope, 'o.brand_id');
    const where = [brand.sql, 'o.deleted_at IS NULL'];
    const params: unknown[] = [...brand.params];
    const add = (sql: string, value: unknown) => {
      where.push(sql);
      params.push(value);
    };
    if (filter.campaignId) add('o.campaign_id = ?', filter.campaignId);
    if (filter.brandId) add('o.brand_id = ?', filter.brandId);
    if (filter.status) add('o.status = ?', filter.status);
    if (filter.payStatus) add('o.pay_status = ?', filter.payStatus);
    if (filter.phone) add('o.phone LIKE ?', `${filter.phone}%`);
    if (filter.orderNo) add('o.order_no = ?', filter.orderNo);
    if (filter.from) add('o.created_at >= ?', filter.from);
    if (filter.to) add('o.created_at < ?', filter.to);
    const whereSql = where.join(' AND ');
    const [count] = await database().query(`SELECT COUNT(*) AS n FROM orders o WHERE ${whereSql}`, params);
    const rows = await database().query(
      `SELECT ${COLUMNS} FROM orders o LEFT JOIN campaigns c ON c.id = o.campaign_id
        LEFT JOIN order_sync_states ss ON ss.order_id = o.id
        WHERE ${whereSql} ORDER BY o.id DESC LIMIT ? OFFSET ?`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    return { total: Number(count.n), items: rows.map(toRow) };
  }

  async detail(scope: BrandScope, orderId: string): Promise<AdminOrderDetail | null> {
    const brand = brandScopeSql(scope, 'o.brand_id');
    const [row] = await database().query(
      `SELECT ${COLUMNS}, o.form_data FROM orders o LEFT JOIN campaigns c ON c.id = o.campaign_id
        LEFT JOIN order_sync_states ss ON ss.order_id = o.id
        WHERE o.id = ? AND o.deleted_at IS NULL AND ${brand.sql}`,
      [orderId, ...brand.params],
    );
    if (!row) return null;
    const rewards = await database().query(
      'SELECT id, level, user_id, distributor_id, amount, status, settled_at, reversed_at FROM rewards WHERE order_id = ? ORDER BY level',
      [orderId],
    );
    return {
      ...toRow(row),
      formData: typeof row.form_data === 'string' ? JSON.parse(row.form_data) : (row.form_data ?? {}),
      rewards: rewards.map((r: Record<string, unknown>) => ({
        id: String(r.id), level: Number(r.level), userId: String(r.user_id), distributorId: String(r.distributor_id),
        amount: String(r.amount), status: String(r.status), settledAt: isoTimeOrNull(r.settled_at), reversedAt: isoTimeOrNull(r.reversed_at),
      })),
    };
  }
}

function toRow(r: Record<string, unknown>): AdminOrderRow {
  return {
    id: String(r.id),
    orderNo: String(r.order_no),
    campaignId: String(r.campaign_id),
    campaignName: r.campaign_name === null || r.campaign_name === undefined ? null : String(r.campaign_name),
    brandId: String(r.brand_id),
    memberId: r.member_id === null ? null : String(r.member_id),
    phone: String(r.phone),
    amount: String(r.amount),
    status: String(r.status) as OrderStatus,
    payStatus: String(r.pay_status) as OrderPayStatus,
    syncStatus: String(r.sync_status),
    referrerId: String(r.referrer_id) === '0' ? null : String(r.referrer_id),
    tradeNo: r.trade_no === null ? null : String(r.trade_no),
    paidAt: isoTimeOrNull(r.paid_at),
    createdAt: new Date(r.created_at as string).toISOString(),
    payExpiresAt: isoTimeOrNull(r.pay_expires_at),
    closedAt: isoTimeOrNull(r.closed_at),
    closeReason: r.close_reason === null || r.close_reason === undefined ? null : (String(r.close_reason) as OrderCloseReason),
  };
}
