import { Entity, Index } from 'typeorm';
import {
  CreatedAtColumn,
  DateTimeColumn,
  IdColumn,
  JsonColumn,
  type JsonObject,
  RefColumn,
  UIntColumn,
  UpdatedAtColumn,
  VarcharColumn,
} from '../columns';

/** At most one version of a campaign is `published`; a version it replaces becomes `archived`. */
export const PAGE_CONFIG_STATUSES = ['draft', 'published', 'archived'] as const;
export type PageConfigStatus = (typeof PAGE_CONFIG_STATUSES)[number];

/** One version of a campaign's H5 page design (page designer output); versions are never edited in place. */
@Entity({ name: 'page_configs' })
@Index('uk_campaign_version', ['campaignId', 'version'], { unique: true })
export class PageConfig {
  @IdColumn() id!: string;
  @RefColumn('campaign_id') campaignId!: string;
  @UIntColumn('version') version!: number;
  @JsonColumn('config') config!: JsonObject;
  @VarcharColumn('status', 20, { default: 'draft' }) status!: PageConfigStatus;
  @DateTimeColumn('published_at', { nullable: true }) publishedAt!: Date | null;
  @RefColumn('created_by', { nullable: true }) createdBy!: string | null;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}
