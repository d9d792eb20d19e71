import type { z } from '../common/zod';
import type { CampaignRecord } from './campaigns.repository';
import type { adminCampaignSchema, campaignSummarySchema, publicCampaignSchema } from './campaigns.schemas';

export type CampaignSummary = z.input<typeof campaignSummarySchema>;
export type AdminCampaign = z.input<typeof adminCampaignSchema>;
export type PublicCampaign = z.input<typeof publicCampaignSchema>;

export function summaryOf(c: CampaignRecord, seatsTaken: number): CampaignSummary {
  return {
    id: c.id,
    brandId: c.brandId,
    name: c.name,
    status: c.status,
    price: c.price,
    quota: c.quota,
    seatsTaken,
    startTime: c.startTime,
    endTime: c.endTime,
    coverImage: c.coverImage,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

export function adminViewOf(c: CampaignRecord, seatsTaken: number): AdminCampaign {
  return {
    view: 'admin',
    ...summaryOf(c, seatsTaken),
    description: c.description,
    formFields: c.formFields,
    rewardLevels: c.rewardLevels as AdminCampaign['rewardLevels'],
    createdBy: c.createdBy,
  };
}

/** Seats a consumer may still take: the quota minus live (pending or paid) orders, never below 0; null when unlimited. */
export function seatsLeftOf(quota: number | null, seatsTaken: number): number | null {
  return quota === null ? null : Math.max(0, quota - seatsTaken);
}

/** Only for a published campaign (the caller checks `status === 'active'`). */
export function publicViewOf(c: CampaignRecord, seatsTaken: number): PublicCampaign {
  return {
    view: 'public',
    id: c.id,
    brandId: c.brandId,
    name: c.name,
    description: c.description,
    coverImage: c.coverImage,
    price: c.price,
    startTime: c.startTime,
    endTime: c.endTime,
    status: 'active',
    quota: c.quota,
    seatsLeft: seatsLeftOf(c.quota, seatsTaken),
    formFields: c.formFields,
  };
}
