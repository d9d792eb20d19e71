import type { Router } from 'express';
import { RECONCILE_MAX_DAYS } from '@dmh/shared';
import { actorOf } from '../audit/audit-actor';
import { ApiRouter } from '../common/endpoint';
import {
  brandParams, deletedTargetSchema, healthSchema, jobListQuery, jobPageSchema, jobParams, logListQuery, logPageSchema, putTargetBody,
  reconcileBody, reconcileRunListQuery, reconcileRunPageSchema, reconcileRunParams, reconcileRunView, retryManyBody, retryResultSchema, targetListQuery, targetPageSchema, targetViewSchema, testReportSchema,
} from './sync.schemas';
import { ReconcileRunsService } from './reconcile-runs.service';
import { SyncService } from './sync.service';

/**
 * /api/v1/sync: operating the copy of paid orders and rewards into brands' own databases (Oracle, SQL
 * Server, MySQL). Reads need `sync:read` (brand admins: their brands only), changes `sync:manage`.
 */
export function syncRoutes(service = new SyncService(), reconciliations = new ReconcileRunsService()): Router {
  return new ApiRouter('/sync', 'sync')
    .add({
      method: 'get',
      path: '/health',
      summary: "HealthCheck() of every sync target the caller may see (connect + trivial query), circuit breakers, queue and lag",
      access: { permission: 'sync:read' },
      response: healthSchema,
      handle: async ({ principal }) => service.health(principal),
    })
    .add({
      method: 'get',
      path: '/targets',
      summary: "Brands' sync targets (never a password)",
      access: { permission: 'sync:read' },
      query: targetListQuery,
      response: targetPageSchema,
      handle: async ({ principal, query }) => service.listTargets(principal, query),
    })
    .add({
      method: 'get',
      path: '/targets/:brandId',
      summary: "A brand's sync target",
      access: { permission: 'sync:read' },
      params: brandParams,
      response: targetViewSchema,
      handle: async ({ principal, params }) => service.getTarget(principal, params.brandId),
    })
    .add({
      method: 'put',
      path: '/targets/:brandId',
      summary: "Save a brand's sync target: kind, connection, table names and field mapping, validated; the password is stored encrypted (leave it out to keep it)",
      description:
        'Rules beyond the schema, each a 400 (40000) naming the field: the key, version and mapped columns of a table all distinct; identifiers within the database kind\'s length; `from` given unless the transform is a constant, and a transform that fits the field; orders and rewards in different tables.',
      access: { permission: 'sync:manage' },
      params: brandParams,
      body: putTargetBody,
      response: targetViewSchema,
      handle: async (ctx) => service.saveTarget(actorOf(ctx), ctx.params.brandId, ctx.body),
    })
    .add({
      method: 'delete',
      path: '/targets/:brandId',
      summary: "Remove a brand's sync target (its jobs then go to the default target)",
      access: { permission: 'sync:manage' },
      params: brandParams,
      response: deletedTargetSchema,
      handle: async (ctx) => service.deleteTarget(actorOf(ctx), ctx.params.brandId),
    })
    .add({
      method: 'post',
      path: '/targets/:brandId/test',
      summary: "Test the saved target: connect and query, then select the mapped columns of both tables",
      access: { permission: 'sync:manage' },
      params: brandParams,
      response: testReportSchema,
      rateLimit: { name: 'sync-target-test', limit: 20, windowSeconds: 60, by: 'user' },
      handle: async ({ principal, params }) => service.testTarget(principal, params.brandId),
    })
    .add({
      method: 'get',
      path: '/failures',
      summary: 'Sync jobs by state: dead-lettered (default), retrying or queued',
      access: { permission: 'sync:read' },
      query: jobListQuery,
      response: jobPageSchema,
      handle: async ({ principal, query }) => service.listJobs(principal, query),
    })
    .add({
      method: 'post',
      path: '/failures/:id/retry',
      summary: 'Retry one dead-lettered job (a new round of attempts, at once)',
      access: { permission: 'sync:manage' },
      params: jobParams,
      response: retryResultSchema,
      errors: ['SYNC_JOB_NOT_DEAD'],
      handle: async (ctx) => service.retryOne(actorOf(ctx), ctx.params.id),
    })
    .add({
      method: 'post',
      path: '/failures/retry',
      summary: "Retry a brand's dead-lettered jobs: all of them, or those of some orders, or those requested in a time range",
      access: { permission: 'sync:manage' },
      body: retryManyBody,
      response: retryResultSchema,
      handle: async (ctx) => service.retryMany(actorOf(ctx), ctx.body),
    })
    .add({
      method: 'get',
      path: '/logs',
      summary: 'Sync attempts (sync_logs), newest first: status, error, duration',
      access: { permission: 'sync:read' },
      query: logListQuery,
      response: logPageSchema,
      handle: async ({ principal, query }) => service.listLogs(principal, query),
    })
    .add({
      method: 'post',
      path: '/reconciliations',
      summary: "Start a recorded reconciliation: a brand's paid orders and rewards in a time range compared with its target, a chunk at a time; what is missing or different is listed and (unless requeue is false) re-queued",
      description:
        `Answers 202 at once with the run (status running); follow it with GET /sync/reconciliations/{id}. Rules beyond the schema, a 400 (40000) naming body.to: 'to' after 'from', the range at most ${RECONCILE_MAX_DAYS} days, and at most 20000 paid orders in it.`,
      access: { permission: 'sync:manage' },
      body: reconcileBody,
      status: 202,
      response: reconcileRunView,
      handle: async (ctx) => reconciliations.start(actorOf(ctx), ctx.body),
    })
    .add({
      method: 'get',
      path: '/reconciliations',
      summary: 'Recorded reconciliation runs, newest first, with their progress and counts (not their differences)',
      access: { permission: 'sync:read' },
      query: reconcileRunListQuery,
      response: reconcileRunPageSchema,
      handle: async ({ principal, query }) => reconciliations.list(principal, query),
    })
    .add({
      method: 'get',
      path: '/reconciliations/:id',
      summary: 'One reconciliation run: its progress (ordersChecked of ordersTotal), counts and differences (at most 1000)',
      access: { permission: 'sync:read' },
      params: reconcileRunParams,
      response: reconcileRunView,
      handle: async ({ principal, params }) => reconciliations.get(principal, params.id),
    }).router;
}
