import type { Router } from 'express';
import { isPlatformAdmin, type Principal } from '../auth/principal';
import { AppError } from '../common/app-error';
import { ApiRouter } from '../common/endpoint';
import { RewardsRepository } from './rewards.repository';
import { balanceSchema, pageQuery, rewardPageSchema, userParams } from './rewards.schemas';

/**
 * /api/v1/rewards: a user's balance and reward list (reads go to MySQL). A user reads their own;
 * a platform admin reads anyone's. Another user's id answers 404, revealing nothing.
 */
export function rewardsRoutes(repository = new RewardsRepository()): Router {
  return new ApiRouter('/rewards', 'rewards')
    .add({
      method: 'get',
      path: '/balance/:userId',
      summary: "A user's balance",
      access: { authenticated: true },
      params: userParams,
      response: balanceSchema,
      handle: async ({ params, principal }) => {
        assertMayRead(principal, params.userId);
        return repository.balance(params.userId);
      },
    })
    .add({
      method: 'get',
      path: '/:userId',
      summary: "A user's rewards, newest first",
      access: { authenticated: true },
      params: userParams,
      query: pageQuery,
      response: rewardPageSchema,
      handle: async ({ params, query, principal }) => {
        assertMayRead(principal, params.userId);
        const { items, total } = await repository.list(params.userId, query.page, query.pageSize);
        return { items, total, page: query.page, pageSize: query.pageSize };
      },
    }).router;
}

function assertMayRead(principal: Principal, userId: string): void {
  if (principal.userId !== userId && !isPlatformAdmin(principal)) throw new AppError('NOT_FOUND');
}
