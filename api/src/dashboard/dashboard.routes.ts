import type { Router } from 'express';
import { AppError } from '../common/app-error';
import { ApiRouter } from '../common/endpoint';
import { idParam } from '../common/http';
import { z } from '../common/zod';
import { serveLiveFeed } from './live-feed';
import { LiveStreamReader, STREAM_ID } from './live-stream';
import { LiveTickets } from './live-ticket';
import { MAX_RANGE_DAYS, funnelSchema, leaderboardSchema, rangeQuery, summarySchema, topQuery, trendQuery, trendSchema } from './dashboard.schemas';
import { DashboardService, dashboardScope } from './dashboard.service';

/** What a query's schema cannot state (tests/integration/support/schemathesis-config.ts lists these operations). */
const RANGE_RULE = `Rules beyond the schema, a 400 (40000) naming query.to: \`to\` after \`from\`, and at most ${MAX_RANGE_DAYS} days after it.`;

const ticketBody = z.object({ brandId: idParam.optional() }).strict();
const liveQuery = z
  .object({
    ticket: z.string().min(1).max(64).openapi({ description: 'from POST /dashboard/live/tickets (EventSource cannot send a bearer token)' }),
    lastEventId: z.string().regex(STREAM_ID, 'an event id of this feed').optional()
      .openapi({ description: 'resume after this event (what the Last-Event-ID header says, for a client that opens a new EventSource)' }),
  })
  .strict();

/** /api/v1/dashboard: the admin console's figures over a time range, and the live feed of settled rewards. */
export function dashboardRoutes(service = new DashboardService(), tickets = new LiveTickets(), reader = new LiveStreamReader()): Router {
  const read = { permission: 'dashboard:read' } as const;
  return new ApiRouter('/dashboard', 'dashboard')
    .add({
      method: 'get', path: '/summary', access: read, description: RANGE_RULE, query: rangeQuery, response: summarySchema,
      summary: 'Key figures over [from, to): visits, sign-ups, paid orders, revenue, rewards credited; and, as of now, withdrawals waiting and sync failures',
      handle: async ({ principal, query }) => service.summary(principal, query),
    })
    .add({
      method: 'get', path: '/trend', access: read, description: RANGE_RULE, query: trendQuery, response: trendSchema,
      summary: 'The same figures per calendar day of the range (days at tzOffsetMinutes; days without activity are zeros)',
      handle: async ({ principal, query }) => service.trend(principal, query),
    })
    .add({
      method: 'get', path: '/funnel', access: read, description: RANGE_RULE, query: topQuery, response: funnelSchema,
      summary: 'Per campaign: visits, sign-ups created in the range, and how many of those are paid; most sign-ups first',
      handle: async ({ principal, query }) => service.funnel(principal, query),
    })
    .add({
      method: 'get', path: '/leaderboard', access: read, description: RANGE_RULE, query: topQuery, response: leaderboardSchema,
      summary: 'Distributors by rewards settled to them in the range, most first',
      handle: async ({ principal, query }) => service.leaderboard(principal, query),
    })
    .add({
      method: 'post', path: '/live/tickets', access: read, body: ticketBody, status: 201,
      response: z.object({ ticket: z.string(), expiresAt: z.string().openapi({ format: 'date-time' }) }),
      summary: 'A ticket (valid 60 s) that opens the live feed of settled rewards, in the caller\'s brand scope (or one brand of it)',
      rateLimit: { name: 'live-ticket', limit: 60, windowSeconds: 60, by: 'user' },
      handle: async ({ principal, body }) => tickets.issue(principal, dashboardScope(principal, body.brandId)),
    })
    .add({
      method: 'get', path: '/live', access: { public: true }, query: liveQuery,
      produces: { status: 200, contentType: 'text/event-stream', description: 'server-sent events: `reward` events (JSON: rewardId, orderId, campaignId, brandId, distributorId, userId, level, amount, settledAt), id = the feed position; comments as heartbeats' },
      errors: ['UNAUTHORIZED'],
      summary: 'The live feed of settled rewards (server-sent events), pushed as reward.settled events arrive; resumes after Last-Event-ID',
      description: 'Authenticated by a ticket from POST /dashboard/live/tickets; an unknown or expired ticket answers 401. The stream ends after 10 minutes: open it again with a fresh ticket and lastEventId.',
      handle: async ({ req, res, query }) => {
        const ticket = await tickets.redeem(query.ticket);
        if (!ticket) throw new AppError('UNAUTHORIZED', 'unknown or expired live-feed ticket');
        const header = req.get('last-event-id');
        const lastEventId = header && STREAM_ID.test(header) ? header : (query.lastEventId ?? null);
        await serveLiveFeed(req, res, { reader, scope: ticket.scope, lastEventId });
      },
    }).router;
}
