import { z } from '../common/zod';
import { idParam, text } from '../common/http';
import { pageOf } from '../common/openapi';
import { SHORT_CODE_PATTERN } from './short-code';

export const money = z.string().regex(/^-?\d+\.\d{2}$/).openapi({ example: '10.00', description: 'yuan, two decimals' });
export const isoTime = z.string().openapi({ format: 'date-time' });
export const DISTRIBUTOR_STATUSES = ['pending', 'active', 'rejected', 'suspended'] as const;

const page = z.coerce.number().int().min(1).max(10_000).default(1);
const pageSize = z.coerce.number().int().min(1).max(100).default(20);

export const applyBody = z
  .object({
    brandId: idParam,
    referrerCode: z.string().regex(SHORT_CODE_PATTERN, 'not a referral code').optional().openapi({ description: "the code of the referrer's link" }),
    referrerId: idParam.optional().openapi({ description: "the referrer's distributor id" }),
  })
  .strict()
  .refine((b) => !(b.referrerCode && b.referrerId), { message: 'give referrerCode or referrerId, not both', path: ['referrerId'] })
  .openapi({ not: { required: ['referrerCode', 'referrerId'] }, description: 'referrerCode or referrerId, not both' });
export type ApplyBody = z.infer<typeof applyBody>;

export const rejectBody = z.object({ reason: text(500).optional() }).strict();

export const idParams = z.object({ id: idParam }).strict();
export const brandParams = z.object({ brandId: idParam }).strict();

export const applicationsQuery = z
  .object({ status: z.enum(DISTRIBUTOR_STATUSES).optional(), brandId: idParam.optional(), page, pageSize })
  .strict();
export type ApplicationsQuery = z.infer<typeof applicationsQuery>;

export const distributorSchema = z.object({
  id: z.string(),
  userId: z.string(),
  username: z.string(),
  realName: z.string().nullable(),
  brandId: z.string(),
  brandName: z.string(),
  level: z.int().min(1).max(3),
  parentId: z.string().nullable(),
  parentUsername: z.string().nullable().openapi({ description: "the upline's username (who referred the applicant)" }),
  status: z.enum(DISTRIBUTOR_STATUSES),
  totalEarnings: money,
  orderCount: z.int().min(0),
  approvedAt: isoTime.nullable(),
  rejectedAt: isoTime.nullable(),
  rejectReason: z.string().nullable(),
  createdAt: isoTime,
});
export type DistributorView = z.infer<typeof distributorSchema>;

export const distributorPageSchema = pageOf(distributorSchema);
export const distributorListSchema = z.object({ items: z.array(distributorSchema) });

export const subordinatesQuery = z
  .object({ distributorId: idParam.optional().openapi({ description: "admins: whose tree (default: the caller's own)" }) })
  .strict();

const subordinateNode = z.object({
  id: z.string(),
  userId: z.string(),
  username: z.string(),
  level: z.int().min(1).max(3),
  parentId: z.string().nullable(),
  status: z.enum(DISTRIBUTOR_STATUSES),
  totalEarnings: money,
  orderCount: z.int().min(0),
  createdAt: isoTime,
});
export type SubordinateNode = z.infer<typeof subordinateNode>;

export const subordinatesSchema = z.object({
  root: subordinateNode,
  /** Direct subordinates, each with its own (the tree is at most 3 levels deep: 2 below anyone). */
  children: z.array(subordinateNode.extend({ children: z.array(subordinateNode) })),
  total: z.int().min(0),
});

export const statisticsSchema = z.object({
  brandId: z.string(),
  scope: z.enum(['brand', 'distributor']).openapi({ description: "'brand' for its admins; 'distributor': the caller's own numbers" }),
  distributorId: z.string().nullable(),
  distributors: z.object({ total: z.int(), active: z.int(), pending: z.int() }).nullable(),
  clicks: z.int().min(0),
  orders: z.int().min(0).openapi({ description: 'sign-ups with a referrer (any payment state)' }),
  paidOrders: z.int().min(0),
  conversionRate: z.number().min(0).openapi({ description: 'paid orders per counted click (0 without clicks), 4 decimals' }),
  earnings: z.object({
    total: money,
    byLevel: z.array(z.object({ level: z.int().min(1).max(3), amount: money, rewards: z.int().min(0) })),
  }),
  topDistributors: z.array(
    z.object({ distributorId: z.string(), username: z.string(), level: z.int().min(1).max(3), paidOrders: z.int().min(0), earnings: money }),
  ),
});
export type StatisticsView = z.infer<typeof statisticsSchema>;

export const generateLinkBody = z.object({ campaignId: idParam }).strict();

export const linkSchema = z.object({
  id: z.string(),
  distributorId: z.string(),
  brandId: z.string(),
  campaignId: z.string(),
  campaignName: z.string(),
  code: z.string(),
  url: z.string().openapi({ description: 'the share URL: redirects to the campaign page with the referrer' }),
  clicks: z.int().min(0),
  orders: z.int().min(0),
  paidOrders: z.int().min(0),
  createdAt: isoTime,
});
export type LinkView = z.infer<typeof linkSchema>;

export const linkPageSchema = pageOf(linkSchema);
export const linksQuery = z.object({ brandId: idParam.optional(), campaignId: idParam.optional(), page, pageSize }).strict();
export type LinksQuery = z.infer<typeof linksQuery>;

export const codeParams = z.object({ code: z.string().regex(SHORT_CODE_PATTERN, 'not a link code') }).strict();
