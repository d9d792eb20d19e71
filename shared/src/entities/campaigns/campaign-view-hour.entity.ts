import { Entity, Index } from 'typeorm';
import { DateTimeColumn, IdColumn, RefColumn, UIntColumn } from '../columns';

/** Views of a campaign's public page in one hour (UTC, on the hour), added by the API's view counter. */
@Entity({ name: 'campaign_view_hours' })
@Index('uk_campaign_hour', ['campaignId', 'hour'], { unique: true })
@Index('idx_brand_hour', ['brandId', 'hour', 'campaignId', 'views'])
@Index('idx_hour', ['hour', 'brandId', 'campaignId', 'views'])
export class CampaignViewHour {
  @IdColumn() id!: string;
  @RefColumn('campaign_id') campaignId!: string;
  @RefColumn('brand_id') brandId!: string;
  @DateTimeColumn('hour') hour!: Date;
  @UIntColumn('views', { default: 0 }) views!: number;
}
