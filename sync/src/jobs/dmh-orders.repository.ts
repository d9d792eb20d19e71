import type { Pool, RowDataPacket } from 'mysql2/promise';
import type { OrderRecord, RewardRecord } from '../mapping/dmh-records';
import { chunk } from '../targets/sql/statement';

const ORDER_COLUMNS = 'id, order_no, brand_id, campaign_id, phone, amount, status, pay_status, trade_no, paid_at, created_at, updated_at';
const REWARD_COLUMNS = 'id, order_id, campaign_id, brand_id, user_id, distributor_id, level, amount, status, settled_at, reversed_at, created_at, updated_at';

export interface OrderWithRewards {
  order: OrderRecord;
  rewards: RewardRecord[];
}

/** Reads what a sync job sends: a paid (or later refunded) order and all its rewards, as they are now. */
export class DmhOrdersRepository {
  constructor(private readonly pool: Pool) {}

  /** Null when the order does not exist or was never paid (nothing to send). The order and its rewards in one round trip. */
  async load(orderId: string): Promise<OrderWithRewards | null> {
    const [[orders, rewards]] = await this.pool.query<RowDataPacket[][]>(
      `SELECT ${ORDER_COLUMNS} FROM orders WHERE id = ? AND paid_at IS NOT NULL;
       SELECT ${REWARD_COLUMNS} FROM rewards WHERE order_id = ? ORDER BY level`,
      [orderId, orderId],
    );
    if (!orders[0]) return null;
    return { order: toOrder(orders[0]), rewards: rewards.map(toReward) };
  }

  /** `load` for several orders in one round trip: the ones that exist and were paid, by id. */
  async loadMany(orderIds: readonly string[]): Promise<Map<string, OrderWithRewards>> {
    const [[orders, rewards]] = await this.pool.query<RowDataPacket[][]>(
      `SELECT ${ORDER_COLUMNS} FROM orders WHERE id IN (?) AND paid_at IS NOT NULL;
       SELECT ${REWARD_COLUMNS} FROM rewards WHERE order_id IN (?) ORDER BY order_id, level`,
      [orderIds, orderIds],
    );
    const found = new Map(orders.map((o) => [String(o.id), { order: toOrder(o), rewards: [] as RewardRecord[] }]));
    for (const r of rewards) found.get(String(r.order_id))?.rewards.push(toReward(r));
    return found;
  }

  /** A brand's orders paid in [from, to), oldest first, with their rewards (at most `limit` orders). */
  async paidBetween(brandId: string, from: Date, to: Date, limit: number): Promise<OrderWithRewards[]> {
    const [rows] = await this.pool.query<RowDataPacket[]>(
      `SELECT ${ORDER_COLUMNS} FROM orders WHERE brand_id = ? AND paid_at >= ? AND paid_at < ? ORDER BY paid_at, id LIMIT ?`,
      [brandId, from, to, limit],
    );
    const orders = rows.map(toOrder);
    const rewards = await this.rewardsOf(orders.map((o) => o.id));
    return orders.map((order) => ({ order, rewards: rewards.get(order.id) ?? [] }));
  }

  private async rewardsOf(orderIds: string[]): Promise<Map<string, RewardRecord[]>> {
    const out = new Map<string, RewardRecord[]>();
    for (const part of chunk(orderIds)) {
      const [rows] = await this.pool.query<RowDataPacket[]>(
        `SELECT ${REWARD_COLUMNS} FROM rewards WHERE order_id IN (?) ORDER BY order_id, level`,
        [part],
      );
      for (const r of rows) {
        const reward = toReward(r);
        out.set(reward.orderId, [...(out.get(reward.orderId) ?? []), reward]);
      }
    }
    return out;
  }
}

function toOrder(o: RowDataPacket): OrderRecord {
  return {
    id: String(o.id), orderNo: o.order_no, brandId: String(o.brand_id), campaignId: String(o.campaign_id), phone: o.phone,
    amount: String(o.amount), status: o.status, payStatus: o.pay_status, tradeNo: o.trade_no, paidAt: o.paid_at,
    createdAt: o.created_at, version: (o.updated_at as Date).getTime(),
  };
}

function toReward(r: RowDataPacket): RewardRecord {
  return {
    id: String(r.id), orderId: String(r.order_id), campaignId: String(r.campaign_id), brandId: String(r.brand_id), userId: String(r.user_id),
    distributorId: String(r.distributor_id), level: Number(r.level), amount: String(r.amount), status: r.status, settledAt: r.settled_at,
    reversedAt: r.reversed_at, createdAt: r.created_at, version: (r.updated_at as Date).getTime(),
  };
}
