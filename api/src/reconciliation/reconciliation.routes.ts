import type { Router } from 'express';
import { actorOf } from '../audit/audit-actor';
import { ApiRouter } from '../common/endpoint';
import { runBody, runDetailSchema, runListQuery, runPageSchema, runParams } from './reconciliation.schemas';
import type { ReconciliationService } from './reconciliation.service';

/**
 * /api/v1/reconciliations: WeChat Pay's daily trade bill compared with DMH's books. A bill covers every
 * brand of the merchant, so only platform admins hold `reconciliation:read` and `reconciliation:run`.
 */
export function reconciliationRoutes(service: ReconciliationService): Router {
  return new ApiRouter('/reconciliations', 'reconciliations')
    .add({
      method: 'post',
      path: '/',
      summary: "Reconcile one day now: download WeChat Pay's trade bill (hash checked), compare it with DMH's paid orders and refunds of that day, repair what WeChat confirms DMH lacks",
      description:
        'billDate is a China Standard Time day, at most yesterday against WeChat Pay (its bills are ready after 10:00 the next morning; the sandbox bills today too) ' +
        'and at most 90 days back: otherwise 400 (40000) naming body.billDate. A payment WeChat has and DMH lacks is repaired only when WeChat\'s signed order ' +
        'query confirms it, through the payment notification\'s own path (it cannot pay or credit twice); every other difference is listed for an admin. ' +
        'A bill that cannot be downloaded or fails its hash check fails the run (50240): nothing is compared or changed.',
      access: { permission: 'reconciliation:run' },
      body: runBody,
      response: runDetailSchema,
      status: 201,
      errors: ['RECONCILIATION_RUNNING', 'RECONCILIATION_BILL_UNUSABLE'],
      rateLimit: { name: 'reconciliation-run', limit: 30, windowSeconds: 60, by: 'user' },
      handle: async (ctx) => service.run(ctx.body.billDate, { kind: 'admin', actor: actorOf(ctx) }),
    })
    .add({
      method: 'get',
      path: '/',
      summary: 'Reconciliation runs, newest first: bill date, state, counts, the bill\'s hash',
      access: { permission: 'reconciliation:read' },
      query: runListQuery,
      response: runPageSchema,
      handle: async ({ query }) => service.list(query),
    })
    .add({
      method: 'get',
      path: '/:id',
      summary: 'One reconciliation run with every difference it found and what became of each',
      access: { permission: 'reconciliation:read' },
      params: runParams,
      response: runDetailSchema,
      handle: async ({ params }) => service.get(params.id),
    }).router;
}
