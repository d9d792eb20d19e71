import type { Router } from 'express';
import { ApiRouter } from '../common/endpoint';
import { RewardsService } from './rewards.service';
import { balanceSchema, ledgerPageSchema, pageQuery, rewardPageSchema, userParams } from './rewards.schemas';

/**
 * /api/v1/rewards: a user's balance, rewards and balance ledger (reads go to MySQL). Who may read whose is
 * RewardsService's rule; anything not readable answers 404, revealing nothing.
 */
export function rewardsRoutes(service = new RewardsService()): Router {
  return new ApiRouter('/rewards', 'rewards')
    .add({
      method: 'get',
      path: '/balance/:userId',
      summary: "A user's balance: available, frozen for withdrawals, totals, and debt (reversed rewards not yet covered)",
      access: { authenticated: true },
      params: userParams,
      response: balanceSchema,
      handle: async ({ params, principal }) => service.balance(principal, params.userId),
    })
    .add({
      method: 'get',
      path: '/:userId',
      summary: "A user's rewards, newest first (a brand admin sees those earned in their brands)",
      access: { authenticated: true },
      params: userParams,
      query: pageQuery,
      response: rewardPageSchema,
      handle: async ({ params, query, principal }) => service.rewards(principal, params.userId, query.page, query.pageSize),
    })
    .add({
      method: 'get',
      path: '/:userId/ledger',
      summary: "A user's balance ledger, newest first: every credit, reversal, debt repayment, freeze, release and payout",
      access: { authenticated: true },
      params: userParams,
      query: pageQuery,
      response: ledgerPageSchema,
      handle: async ({ params, query, principal }) => service.ledger(principal, params.userId, query.page, query.pageSize),
    }).router;
}
