import { Router } from 'express';
import { z } from 'zod';
import { AppError } from '../common/app-error';
import { handler, idParam, ok, parse } from '../common/http';
import { authenticate, isPlatformAdmin, principalOf } from '../auth/authenticate.middleware';
import { RewardsRepository } from './rewards.repository';

const userParams = z.object({ userId: idParam }).strict();
const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/**
 * /api/v1/rewards: a user's balance and reward list (reads go to MySQL). A user reads their own;
 * a platform admin reads anyone's. Another user's id answers 404, revealing nothing.
 */
export function rewardsRoutes(repository = new RewardsRepository()): Router {
  const router = Router();
  router.use(authenticate);
  router.get(
    '/balance/:userId',
    handler(async (req, res) => {
      const { userId } = parse(userParams, req.params, 'params');
      assertMayRead(res, userId);
      ok(res, await repository.balance(userId));
    }),
  );
  router.get(
    '/:userId',
    handler(async (req, res) => {
      const { userId } = parse(userParams, req.params, 'params');
      assertMayRead(res, userId);
      const { page, pageSize } = parse(pageQuery, req.query, 'query');
      const { items, total } = await repository.list(userId, page, pageSize);
      ok(res, { items, total, page, pageSize });
    }),
  );
  return router;
}

function assertMayRead(res: Parameters<typeof principalOf>[0], userId: string): void {
  const principal = principalOf(res);
  if (principal.userId !== userId && !isPlatformAdmin(principal)) throw new AppError('NOT_FOUND');
}
