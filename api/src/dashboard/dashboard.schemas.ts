import { z } from '../common/zod';
import { idParam } from '../common/http';

const money = z.string().regex(/^-?\d+\.\d{2}$/).openapi({ example: '99.00' });
const time = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
const count = z.int().min(0);

/** The longest range one dashboard request may ask for. */
export const MAX_RANGE_DAYS = 366;

const rangeShape = {
  from: time.openapi({ description: 'start of the range, inclusive (ISO-8601)' }),
  to: time.openapi({ description: 'end of the range, exclusive (ISO-8601); at most 366 days after `from`' }),
  brandId: idParam.optional().openapi({ description: "one brand; a brand admin is refused (403) for a brand that is not theirs. Default: every brand of the caller" }),
};

/** `from` before `to`, at most MAX_RANGE_DAYS apart; the problem is named on `to`. */
function checkRange(q: { from: Date; to: Date }, ctx: z.RefinementCtx): void {
  if (!(q.from instanceof Date) || !(q.to instanceof Date)) return; // an unreadable time is already reported
  if (q.to.getTime() <= q.from.getTime()) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be after from' });
  else if (q.to.getTime() - q.from.getTime() > MAX_RANGE_DAYS * 86_400_000) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: `at most ${MAX_RANGE_DAYS} days after from` });
  }
}

export const rangeQuery = z.object(rangeShape).strict().superRefine(checkRange);
export type RangeQuery = z.infer<typeof rangeQuery>;

export const trendQuery = z
  .object({
    ...rangeShape,
    tzOffsetMinutes: z.coerce.number().int().min(-720).max(840).default(480)
      .openapi({ description: 'the days of the trend are calendar days at this offset from UTC (default 480: China Standard Time)' }),
  })
  .strict()
  .superRefine(checkRange);
export type TrendQuery = z.infer<typeof trendQuery>;

export const topQuery = z
  .object({ ...rangeShape, limit: z.coerce.number().int().min(1).max(50).default(10) })
  .strict()
  .superRefine(checkRange);
export type TopQuery = z.infer<typeof topQuery>;

export const summarySchema = z.object({
  from: z.string().openapi({ format: 'date-time' }),
  to: z.string().openapi({ format: 'date-time' }),
  visits: count.openapi({ description: "views of the campaigns' public pages, one per visitor per 30 minutes, in the hours that start in the range" }),
  signups: count.openapi({ description: 'orders created in the range' }),
  paidOrders: count.openapi({ description: 'orders paid in the range and not refunded' }),
  revenue: money.openapi({ description: 'the amount of those paid orders' }),
  rewardsCredited: money.openapi({ description: "rewards settled to distributors' balances in the range (reversed ones excluded)" }),
  rewardsCount: count,
  withdrawalsWaiting: count.openapi({ description: 'now: withdrawal requests not yet paid or rejected (requested or approved)' }),
  withdrawalsWaitingAmount: money,
  syncFailures: count.openapi({ description: "now: orders whose copy to the brand's database failed and awaits a retry" }),
});

export const trendSchema = z.object({
  tzOffsetMinutes: z.int(),
  days: z.array(z.object({
    day: z.string().openapi({ example: '2026-12-03', description: 'calendar day at tzOffsetMinutes' }),
    visits: count,
    signups: count,
    paidOrders: count,
    revenue: money,
    rewardsCredited: money,
  })),
});

export const funnelSchema = z.object({
  items: z.array(z.object({
    campaignId: z.string(),
    campaignName: z.string(),
    visits: count,
    signups: count.openapi({ description: 'orders created in the range' }),
    paid: count.openapi({ description: 'of those sign-ups, the ones paid (by now)' }),
  })),
});

export const leaderboardSchema = z.object({
  items: z.array(z.object({
    rank: z.int().min(1),
    distributorId: z.string(),
    userId: z.string(),
    username: z.string().nullable(),
    orders: count.openapi({ description: 'paid orders that earned this distributor a reward in the range' }),
    earned: money.openapi({ description: 'rewards settled to this distributor in the range' }),
  })),
});
