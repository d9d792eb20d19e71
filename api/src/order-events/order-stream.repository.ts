import { isoTimeOrNull } from '@dmh/shared';
import type { EntityManager } from 'typeorm';
import { database } from '../common/database';

type Db = Pick<EntityManager, 'query'>;

export interface StreamedOrder {
  orderNo: string;
  status: string;
  payStatus: string;
  paidAt: string | null;
}

/** The one read a stream makes: the order now, if the caller owns it. */
export class OrderStreamRepository {
  constructor(private readonly pool: () => Db = database) {}

  /**
   * The order if `userId` owns it: it signed up while signed in, or with the phone the account has proven
   * (SMS login). Null otherwise, alike for a missing order and someone else's.
   */
  async ownedOrder(orderNo: string, userId: string): Promise<StreamedOrder | null> {
    const [row] = await this.pool().query(
      `SELECT o.order_no, o.status, o.pay_status, o.paid_at FROM orders o
        WHERE o.order_no = ? AND o.deleted_at IS NULL
          AND (o.user_id = ? OR o.phone = (SELECT u.phone FROM users u WHERE u.id = ? AND u.phone_verified_at IS NOT NULL))`,
      [orderNo, userId, userId],
    );
    return row ? { orderNo: row.order_no, status: row.status, payStatus: row.pay_status, paidAt: isoTimeOrNull(row.paid_at) } : null;
  }
}
