import { CAMPAIGN_STATUSES, formFieldsSchema, MAX_REWARD_LEVELS } from '@dmh/shared';
import { z } from '../common/zod';
import { idParam, searchKeyword, text } from '../common/http';
import { pageOf } from '../common/openapi';

export const moneyText = z.string().regex(/^\d{1,8}\.\d{2}$/, 'an amount in yuan with 2 decimals, e.g. 99.00').openapi({ example: '99.00' });
/** Money in answers (sums can be longer than a price). */
export const moneyOut = z.string().regex(/^-?\d+\.\d{2}$/).openapi({ example: '198.00' });
export const isoTime = z.iso.datetime({ offset: true }).openapi({ example: '2026-05-01T08:00:00Z' });
/**
 * A time a client sends: ISO-8601 with a zone, a real calendar date in the years 2000–2099 as written. The
 * whole rule is this one pattern (zod's own datetime pattern with the years narrowed), so the document
 * carries exactly what the server checks; MySQL DATETIME holds the instant either way.
 */
const TIME_INPUT = new RegExp(
  '^(?:20(?:0[048]|[2468][048]|[13579][26])-02-29|20[0-9]{2}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8])))' +
    'T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]+)?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$',
);
export const timeInput = z
  .string()
  .regex(TIME_INPUT, 'an ISO-8601 time with a zone (2026-05-01T08:00:00Z), between 2000 and 2099')
  .openapi({ format: 'date-time', example: '2026-05-01T08:00:00Z' });
/** An http(s) address: no javascript:, data: or other schemes reach a page. */
export const httpUrl = z.url({ protocol: /^https?$/ }).max(500).openapi({ example: 'https://cdn.example.com/cover.jpg' });

export const campaignParams = z.object({ id: idParam }).strict();

const level = z.union([z.literal(1), z.literal(2), z.literal(3)]).openapi({ description: 'reward level: 1 = the referrer, 2 its parent, 3 its grandparent' });
export const rewardLevelSchema = z.discriminatedUnion('mode', [
  z.object({ level, mode: z.literal('fixed'), amount: moneyText }).strict(),
  z
    .object({ level, mode: z.literal('percent'), percent: z.string().regex(/^\d{1,3}(\.\d{1,2})?$/, 'a percent such as 12.5').openapi({ example: '12.5' }) })
    .strict(),
]);
export const rewardLevelsSchema = z.array(rewardLevelSchema).max(MAX_REWARD_LEVELS);

const campaignFields = {
  name: text(200),
  description: z.string().max(5000).nullable(),
  coverImage: httpUrl.nullable(),
  price: moneyText,
  quota: z.int().min(1).max(10_000_000).nullable().openapi({ description: 'seats; null = unlimited' }),
  startTime: timeInput,
  endTime: timeInput,
  formFields: formFieldsSchema,
  rewardLevels: rewardLevelsSchema,
};

export const createCampaignBody = z
  .object({
    brandId: idParam,
    ...campaignFields,
    description: campaignFields.description.optional(),
    coverImage: campaignFields.coverImage.optional(),
    quota: campaignFields.quota.optional(),
    rewardLevels: campaignFields.rewardLevels.default([]),
  })
  .strict();
export type CreateCampaignBody = z.infer<typeof createCampaignBody>;

export const updateCampaignBody = z
  .object({
    name: campaignFields.name.optional(),
    description: campaignFields.description.optional(),
    coverImage: campaignFields.coverImage.optional(),
    price: campaignFields.price.optional(),
    quota: campaignFields.quota.optional(),
    startTime: campaignFields.startTime.optional(),
    endTime: campaignFields.endTime.optional(),
    formFields: campaignFields.formFields.optional(),
    rewardLevels: campaignFields.rewardLevels.optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'nothing to change')
  .openapi({ minProperties: 1 });
export type UpdateCampaignBody = z.infer<typeof updateCampaignBody>;

export const listCampaignsQuery = z
  .object({
    brandId: idParam.optional(),
    status: z.enum(CAMPAIGN_STATUSES).optional(),
    keyword: searchKeyword(100).optional().openapi({ description: 'part of the name' }),
    startsAfter: timeInput.optional(),
    startsBefore: timeInput.optional(),
    endsAfter: timeInput.optional(),
    endsBefore: timeInput.optional(),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();
export type ListCampaignsQuery = z.infer<typeof listCampaignsQuery>;

export const statsQuery = z
  .object({
    page: z.coerce.number().int().min(1).max(10_000).default(1).openapi({ description: 'page of the per-distributor breakdown' }),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

const status = z.enum(CAMPAIGN_STATUSES);

export const campaignSummarySchema = z.object({
  id: z.string(),
  brandId: z.string(),
  name: z.string(),
  status,
  price: moneyText,
  quota: z.int().nullable(),
  seatsTaken: z.int().min(0),
  startTime: isoTime,
  endTime: isoTime,
  coverImage: z.string().nullable(),
  createdAt: isoTime,
  updatedAt: isoTime,
});

export const adminCampaignSchema = campaignSummarySchema.extend({
  view: z.literal('admin'),
  description: z.string().nullable(),
  formFields: formFieldsSchema,
  rewardLevels: rewardLevelsSchema,
  createdBy: z.string().nullable(),
});

/** What a consumer sees: no reward rule, no seat or audit data. */
export const publicCampaignSchema = z.object({
  view: z.literal('public'),
  id: z.string(),
  brandId: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  coverImage: z.string().nullable(),
  price: moneyText,
  startTime: isoTime,
  endTime: isoTime,
  status: z.literal('active'),
  quota: z.int().min(1).nullable().openapi({ description: 'seats on sale; null: no limit' }),
  seatsLeft: z.int().min(0).nullable().openapi({ description: 'seats still free: the quota minus orders pending payment or paid (0: full); null: no limit' }),
  formFields: formFieldsSchema,
});

export const campaignDetailSchema = z.discriminatedUnion('view', [adminCampaignSchema, publicCampaignSchema]);
export const campaignPageSchema = pageOf(campaignSummarySchema);
export const deletedCampaignSchema = z.object({ id: z.string(), deletedAt: isoTime });

const count = z.int().min(0);
const ratio = z.number().min(0).nullable().openapi({ description: 'a ratio (0.25 = 25 %), null when the denominator is 0' });

export const distributorStatsSchema = z.object({
  distributorId: z.string(),
  userId: z.string(),
  username: z.string().nullable(),
  orders: count.openapi({ description: 'sign-ups this distributor referred' }),
  paidOrders: count,
  revenue: moneyOut,
  rewards: z.object({ level1: moneyOut, level2: moneyOut, level3: moneyOut, total: moneyOut }),
});

export const campaignStatsSchema = z.object({
  campaignId: z.string(),
  views: count,
  signups: count.openapi({ description: 'orders created (any status)' }),
  paidOrders: count.openapi({ description: 'orders paid and not refunded' }),
  refundedOrders: count,
  conversion: z.object({ paidPerView: ratio, paidPerSignup: ratio }),
  revenue: moneyOut.openapi({ description: 'sum of the paid (not refunded) orders' }),
  rewardsPaid: moneyOut.openapi({ description: 'settled rewards' }),
  rewardsPending: moneyOut,
  distributors: pageOf(distributorStatsSchema),
});
