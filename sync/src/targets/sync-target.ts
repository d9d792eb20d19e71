/** An order as written to a customer's database (DMH field names; a target maps them to its columns). */
export interface OrderRecord {
  dmhOrderId: string;
  orderNo: string;
  brandId: string;
  campaignId: string;
  phone: string;
  amount: string;
  status: string;
  tradeNo: string | null;
  paidAt: Date | null;
}

export interface RewardRecord {
  dmhRewardId: string;
  dmhOrderId: string;
  userId: string;
  distributorId: string;
  level: number;
  amount: string;
  status: string;
  settledAt: Date | null;
}

/** The port every target adapter (MySQL, Oracle, SQL Server) implements. Writes are idempotent upserts. */
export interface SyncTarget {
  readonly kind: 'mysql' | 'oracle' | 'sqlserver';
  /** Upserts the order and its rewards in one transaction: a redelivery never makes a second row. */
  writeOrder(order: OrderRecord, rewards: RewardRecord[]): Promise<void>;
  healthCheck(): Promise<void>;
  close(): Promise<void>;
}
