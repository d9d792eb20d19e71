import type { Request, Router } from 'express';
import type { Principal } from '../common/principal';
import type { AuditActor } from '../audit/audit.service';
import { ApiRouter } from '../common/endpoint';
import {
  paidWithdrawalBody, rejectWithdrawalBody, requestWithdrawalBody, withdrawalListQuery, withdrawalPageSchema, withdrawalParams,
  withdrawalSchema,
} from './withdrawals.schemas';
import { WithdrawalsService } from './withdrawals.service';

const actorOf = (ctx: { principal: Principal; ip: string; req: Request }): AuditActor => ({
  principal: ctx.principal,
  ip: ctx.ip,
  userAgent: ctx.req.get('user-agent') ?? null,
});

/**
 * /api/v1/withdrawals: a distributor's requests (funds frozen at once), and their review by the admins of
 * the brand (approve, reject with a reason, mark paid). Someone else's withdrawal answers 404.
 */
export function withdrawalsRoutes(service = new WithdrawalsService()): Router {
  return new ApiRouter('/withdrawals', 'withdrawals')
    .add({
      method: 'post',
      path: '/',
      summary: 'Request a withdrawal from your own balance: the amount is frozen at once, or the request is refused',
      description:
        'Rules beyond the schema: the amount at least the brand\'s minimum (400, 40090 WITHDRAWAL_BELOW_MINIMUM); brandId required when you distribute for several brands (400, 40000 naming body.brandId).',
      access: { permission: 'withdrawal:request' },
      body: requestWithdrawalBody,
      bodyLimit: '4kb',
      status: 201,
      response: withdrawalSchema,
      errors: ['WITHDRAWAL_BELOW_MINIMUM', 'WITHDRAWAL_INSUFFICIENT_BALANCE', 'WITHDRAWAL_OPEN_EXISTS', 'FORBIDDEN'],
      rateLimit: { name: 'withdrawal-request', limit: 20, windowSeconds: 60, by: 'user' },
      handle: async (ctx) => service.request(ctx.principal, ctx.body, actorOf(ctx)),
    })
    .add({
      method: 'get',
      path: '/',
      summary: "Withdrawals, newest first: your own, and (admins) those of your brands' distributors",
      access: { authenticated: true },
      query: withdrawalListQuery,
      response: withdrawalPageSchema,
      handle: async ({ principal, query }) => service.list(principal, query),
    })
    .add({
      method: 'get',
      path: '/:id',
      summary: 'A withdrawal (your own, or one of your brands as an admin)',
      access: { authenticated: true },
      params: withdrawalParams,
      response: withdrawalSchema,
      handle: async ({ principal, params }) => service.get(principal, params.id),
    })
    .add({
      method: 'post',
      path: '/:id/approve',
      summary: 'Approve a requested withdrawal (again: no change)',
      access: { permission: 'withdrawal:approve' },
      params: withdrawalParams,
      response: withdrawalSchema,
      errors: ['WITHDRAWAL_STATE_CONFLICT'],
      handle: async (ctx) => service.review(ctx.principal, ctx.params.id, 'approve', {}, actorOf(ctx)),
    })
    .add({
      method: 'post',
      path: '/:id/reject',
      summary: 'Reject a requested or approved withdrawal, with a reason: its frozen amount returns to the balance',
      access: { permission: 'withdrawal:approve' },
      params: withdrawalParams,
      body: rejectWithdrawalBody,
      bodyLimit: '4kb',
      response: withdrawalSchema,
      errors: ['WITHDRAWAL_STATE_CONFLICT'],
      handle: async (ctx) => service.review(ctx.principal, ctx.params.id, 'reject', { reason: ctx.body.reason }, actorOf(ctx)),
    })
    .add({
      method: 'post',
      path: '/:id/paid',
      summary: 'Mark an approved withdrawal paid out: its frozen amount leaves the balance for good',
      access: { permission: 'withdrawal:approve' },
      params: withdrawalParams,
      body: paidWithdrawalBody,
      bodyLimit: '4kb',
      response: withdrawalSchema,
      errors: ['WITHDRAWAL_STATE_CONFLICT'],
      handle: async (ctx) => service.review(ctx.principal, ctx.params.id, 'pay', { payoutRef: ctx.body.payoutRef }, actorOf(ctx)),
    }).router;
}
