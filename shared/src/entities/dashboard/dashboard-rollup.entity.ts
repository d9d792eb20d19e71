import { Entity, Index } from 'typeorm';
import { DateTimeColumn, IdColumn, MoneyColumn, RefColumn, UIntColumn, UpdatedAtColumn } from '../columns';

const BRAND_HOUR_FIGURES = ['signups', 'paidOrders', 'revenue', 'rewardsCount', 'rewardsAmount', 'views'];
const CAMPAIGN_DAY_FIGURES = ['signups', 'paid', 'views'];

/** The dashboard's figures of one brand in one UTC hour; written only by the API's roll-up (api/src/dashboard/rollup.ts). */
@Entity({ name: 'dashboard_brand_hours' })
@Index('uk_brand_hour', ['brandId', 'hour'], { unique: true })
@Index('idx_brand_hour_cover', ['brandId', 'hour', ...BRAND_HOUR_FIGURES])
@Index('idx_hour_cover', ['hour', 'brandId', ...BRAND_HOUR_FIGURES])
export class DashboardBrandHour {
  @IdColumn() id!: string;
  @RefColumn('brand_id') brandId!: string;
  @DateTimeColumn('hour') hour!: Date;
  @UIntColumn('signups', { default: 0 }) signups!: number;
  @UIntColumn('paid_orders', { default: 0 }) paidOrders!: number;
  @MoneyColumn('revenue', 12, { default: '0.00' }) revenue!: string;
  @UIntColumn('rewards_count', { default: 0 }) rewardsCount!: number;
  @MoneyColumn('rewards_amount', 12, { default: '0.00' }) rewardsAmount!: string;
  @UIntColumn('views', { default: 0 }) views!: number;
}

/** One campaign's funnel figures in one UTC day (sign-ups created that day, how many of them are paid, views). */
@Entity({ name: 'dashboard_campaign_days' })
@Index('uk_campaign_day', ['campaignId', 'day'], { unique: true })
@Index('idx_brand_day_cover', ['brandId', 'day', 'campaignId', ...CAMPAIGN_DAY_FIGURES])
@Index('idx_day_cover', ['day', 'brandId', 'campaignId', ...CAMPAIGN_DAY_FIGURES])
export class DashboardCampaignDay {
  @IdColumn() id!: string;
  @RefColumn('campaign_id') campaignId!: string;
  @RefColumn('brand_id') brandId!: string;
  @DateTimeColumn('day') day!: Date;
  @UIntColumn('signups', { default: 0 }) signups!: number;
  @UIntColumn('paid', { default: 0 }) paid!: number;
  @UIntColumn('views', { default: 0 }) views!: number;
}

/** The roll-up's progress (one row): every hour before rolledUntil is rolled up; changes after changesSince are still to be looked at. */
@Entity({ name: 'dashboard_rollup_state' })
export class DashboardRollupState {
  @IdColumn() id!: string;
  @DateTimeColumn('rolled_until', { nullable: true }) rolledUntil!: Date | null;
  @DateTimeColumn('changes_since', { nullable: true }) changesSince!: Date | null;
  @UpdatedAtColumn() updatedAt!: Date;
}
