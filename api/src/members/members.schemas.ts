import type { ZodOpenAPIMetadata } from '@asteasolutions/zod-to-openapi';
import { MEMBER_STATUSES } from '@dmh/shared';
import { z } from '../common/zod';
import { idParam, searchKeyword, text } from '../common/http';
import { pageOf } from '../common/openapi';

export const money = z.string().regex(/^-?\d+\.\d{2}$/).openapi({ example: '99.00', description: 'yuan, two decimals' });
export const isoTime = z.string().openapi({ format: 'date-time' });
/**
 * A real calendar date (1900–2100) as YYYY-MM-DD: '2023-02-30' is refused here, not by MySQL. One pattern
 * (leap years included), so the document carries exactly what the server checks.
 */
const ISO_DATE = new RegExp(
  '^(?:(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26]))-02-29|(?:19[0-9]{2}|20[0-9]{2}|2100)-' +
    '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8])))$',
);
const isoDate = z.string().regex(ISO_DATE, 'a real date between 1900-01-01 and 2100-12-31').openapi({ format: 'date', example: '1990-05-01' });

/** WeChat identities as sign-up carries them (letters, digits, _ and -). */
export const unionidSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, '16 to 64 letters, digits, _ or -');
export const openidSchema = z.string().regex(/^[A-Za-z0-9_-]{16,128}$/, '16 to 128 letters, digits, _ or -');

export const idParams = z.object({ id: idParam }).strict();

const dateTimeFilter = z.iso.datetime({ offset: true }).transform((v) => new Date(v));

/** The list's filters; the export takes the same ones. */
export const memberFilterFields = {
  keyword: searchKeyword(50).optional().openapi({ description: 'part of the name, nickname or phone' }),
  tagId: idParam.optional(),
  brandId: idParam.optional(),
  status: z.enum(MEMBER_STATUSES).optional().openapi({ description: 'merged members are listed only when asked for' }),
  createdFrom: dateTimeFilter.optional(),
  createdTo: dateTimeFilter.optional(),
};

export const listMembersQuery = z
  .object({
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
    ...memberFilterFields,
  })
  .strict();

export const tagRefSchema = z.object({ id: z.string(), brandId: z.string().nullable(), name: z.string(), color: z.string().nullable() });

export const memberSummarySchema = z.object({
  id: z.string(),
  unionid: z.string().nullable().openapi({ description: 'null while the member is known only by phone' }),
  phone: z.string().nullable(),
  phoneMasked: z.boolean(),
  nickname: z.string().nullable(),
  avatar: z.string().nullable(),
  gender: z.string().nullable(),
  status: z.enum(MEMBER_STATUSES),
  realName: z.string().nullable(),
  city: z.string().nullable(),
  firstSource: z.string().nullable(),
  mergedIntoId: z.string().nullable(),
  conflictMemberId: z.string().nullable().openapi({ description: 'a member with the same phone and another UnionID' }),
  createdAt: isoTime,
  tags: z.array(tagRefSchema),
  brandIds: z.array(z.string()),
});
export type MemberSummary = z.infer<typeof memberSummarySchema>;

export const memberPageSchema = pageOf(memberSummarySchema);

export const brandLinkSchema = z.object({
  brandId: z.string(),
  brandName: z.string().nullable(),
  firstCampaignId: z.string().nullable(),
  firstSeenAt: isoTime,
  lastOrderAt: isoTime.nullable(),
  orderCount: z.int().min(0),
  totalSpent: money,
});

export const memberOrderSchema = z.object({
  id: z.string(),
  orderNo: z.string(),
  campaignId: z.string(),
  brandId: z.string(),
  amount: money,
  status: z.string(),
  payStatus: z.string(),
  paidAt: isoTime.nullable(),
  createdAt: isoTime,
});

export const memberRewardSchema = z.object({
  id: z.string(),
  orderId: z.string(),
  brandId: z.string(),
  distributorId: z.string(),
  level: z.int().min(1).max(3),
  amount: money,
  status: z.string(),
  settledAt: isoTime.nullable(),
  createdAt: isoTime,
});

const EXTRA_KEY = { minLength: 1, maxLength: 40 };
const extraValue = z.union([z.string().max(500), z.number(), z.boolean(), z.null()]);
// A record's key rules do not reach the document by themselves: `propertyNames` says them (a client sending
// an empty key got a 400 the document did not announce; Schemathesis's stateful phase found it).
// openapi3-ts's SchemaObject type lacks JSON Schema's propertyNames; the generator copies it through as it is.
const KEY_RULES = { propertyNames: { type: 'string', ...EXTRA_KEY } } as Partial<ZodOpenAPIMetadata>;
const extraSchema = z.record(z.string().min(EXTRA_KEY.minLength).max(EXTRA_KEY.maxLength), extraValue).openapi(KEY_RULES);
const EXTRA_MAX_KEYS = 30;

export const profileSchema = z.object({
  realName: z.string().nullable(),
  birthday: isoDate.nullable(),
  city: z.string().nullable(),
  address: z.string().nullable(),
  extra: extraSchema.nullable(),
});

export const memberDetailSchema = memberSummarySchema.extend({
  openid: z.string().nullable(),
  mergedAt: isoTime.nullable(),
  updatedAt: isoTime,
  profile: profileSchema,
  brandLinks: z.array(brandLinkSchema),
  orders: z.array(memberOrderSchema).openapi({ description: 'newest first, at most 100' }),
  rewards: z.array(memberRewardSchema).openapi({ description: "rewards paid on the member's orders, newest first, at most 100" }),
});
export type MemberDetail = z.infer<typeof memberDetailSchema>;

const nullableText = (max: number) => text(max).nullable().optional();

export const updateMemberBody = z
  .object({
    nickname: nullableText(100),
    avatar: z.url({ protocol: /^https?$/ }).max(255).nullable().optional(),
    gender: nullableText(10),
    status: z.enum(['active', 'disabled']).optional(),
    profile: z
      .object({
        realName: nullableText(50),
        birthday: isoDate.nullable().optional(),
        city: nullableText(50),
        address: nullableText(255),
        extra: extraSchema
          .refine((v) => Object.keys(v).length <= EXTRA_MAX_KEYS, `at most ${EXTRA_MAX_KEYS} keys`)
          .openapi({ maxProperties: EXTRA_MAX_KEYS })
          .nullable()
          .optional(),
      })
      .strict()
      .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'nothing to change' })
      .openapi({ minProperties: 1 })
      .optional(),
  })
  .strict()
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'nothing to change' })
  .openapi({ minProperties: 1 });
export type UpdateMemberBody = z.infer<typeof updateMemberBody>;

export const mergeBody = z.object({ sourceId: idParam, targetId: idParam }).strict();

export const mergeResultSchema = z.object({
  sourceId: z.string(),
  targetId: z.string(),
  moved: z.object({ orders: z.int().min(0), tagLinks: z.int().min(0), brandLinks: z.int().min(0) }),
});

export const redriveBody = z
  .object({
    olderThanSeconds: z.int().min(0).max(86_400).default(60),
    limit: z.int().min(1).max(1000).default(200),
  })
  .strict();

export const redriveResultSchema = z.object({ scanned: z.int().min(0), matched: z.int().min(0), failed: z.int().min(0) });
