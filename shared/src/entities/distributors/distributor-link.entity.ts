import { Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, RefColumn, UIntColumn, VarcharColumn } from '../columns';

/**
 * A distributor's referral link (and poster QR code) for one campaign, identified by a short code. Its
 * orders are not counted here: they are the orders whose referrer is the distributor in that campaign.
 */
@Entity({ name: 'distributor_links' })
@Index('uk_code', ['code'], { unique: true })
@Index('uk_distributor_campaign', ['distributorId', 'campaignId'], { unique: true })
export class DistributorLink {
  @IdColumn() id!: string;
  @RefColumn('distributor_id') distributorId!: string;
  @RefColumn('campaign_id') campaignId!: string;
  @VarcharColumn('code', 16) code!: string;
  /** Counted clicks on the short link (one per visitor address per 10 minutes). */
  @UIntColumn('clicks', { default: 0 }) clicks!: number;
  @CreatedAtColumn() createdAt!: Date;
}
