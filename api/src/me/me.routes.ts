import type { Router } from 'express';
import { ApiRouter } from '../common/endpoint';
import { pageOf } from '../common/openapi';
import { MeRepository } from './me.repository';
import { config } from '../config';
import { myOrderSchema, myOrdersQuery, myRewardSchema, myRewardsQuery, withdrawalTermsSchema, promotableCampaignSchema } from './me.schemas';
import { z } from '../common/zod';

/** /api/v1/me: the signed-in consumer's own things, for the app's member centre. */
export function meRoutes(repo = new MeRepository()): Router {
  return new ApiRouter('/me', 'me')
    .add({
      method: 'get', path: '/orders', summary: "The caller's own orders, newest first, with their campaign's name",
      description: 'Orders signed up while signed in, and those signed up with the account\'s phone once the account has proven it (SMS login).',
      access: { authenticated: true }, query: myOrdersQuery, response: pageOf(myOrderSchema),
      handle: async ({ principal, query }) => ({ ...(await repo.orders(principal.userId, query.page, query.pageSize)), page: query.page, pageSize: query.pageSize }),
    })
    .add({
      method: 'get', path: '/rewards', summary: 'The rewards the caller earned, newest first, each with its level and the order it came from',
      access: { authenticated: true }, query: myRewardsQuery, response: pageOf(myRewardSchema),
      handle: async ({ principal, query }) => ({ ...(await repo.rewards(principal.userId, query.level, query.page, query.pageSize)), page: query.page, pageSize: query.pageSize }),
    })
    .add({
      method: 'get', path: '/withdrawal-terms', summary: 'What a withdrawal costs and the least one may ask, to show before confirming',
      access: { authenticated: true }, response: withdrawalTermsSchema,
      handle: async () => ({ minimumAmount: config().WITHDRAWAL_MIN_AMOUNT, fee: '0.00', arrival: 'after an admin of the brand approves it and pays it out' }),
    })
    .add({
      method: 'get', path: '/promotable-campaigns', summary: 'Campaigns the caller can share as a distributor: running campaigns of its active brands',
      access: { authenticated: true }, response: z.object({ items: z.array(promotableCampaignSchema) }),
      handle: async ({ principal }) => ({ items: await repo.promotableCampaigns(principal.userId) }),
    }).router;
}
