import { Entity, Index, PrimaryColumn } from 'typeorm';
import { RefColumn, UpdatedAtColumn, VarcharColumn } from '../columns';

export const ORDER_SYNC_STATUSES = ['pending', 'synced', 'failed'] as const;
export type OrderSyncStatus = (typeof ORDER_SYNC_STATUSES)[number];

/**
 * Where an order's copy in the brand's database stands: `pending` (a sync round is open), `synced` (the last
 * round landed), `failed` (it gave up and waits for an admin). Written only by the sync worker, as the
 * outcome of its attempts: an order without a row has never been synced (it is pending if it was paid).
 */
@Entity({ name: 'order_sync_states' })
@Index('idx_status_brand', ['status', 'brandId'])
export class OrderSyncState {
  @PrimaryColumn({ name: 'order_id', type: 'bigint', unsigned: true }) orderId!: string;
  @RefColumn('brand_id') brandId!: string;
  @VarcharColumn('status', 20) status!: OrderSyncStatus;
  @UpdatedAtColumn() updatedAt!: Date;
}
