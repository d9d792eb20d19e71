import type { Router } from 'express';
import { RECONCILE_MAX_DAYS } from '@dmh/shared';
import { actorOf } from '../audit/audit-actor';
import { ApiRouter } from '../common/endpoint';
import {
  brandParams, deletedTargetSchema, healthSchema, jobListQuery, jobPageSchema, jobParams, logListQuery, logPageSchema, putTargetBody,
  reconcileBody, reconcileResultSchema, retryManyBody, retryResultSchema, targetListQuery, targetPageSchema, targetViewSchema, testReportSchema,
} from './sync.schemas';
import { SyncService } from './sync.service';

/**
 * /api/v1/sync: operating the copy of paid orders and rewards into brands' own databases (Oracle, SQL
 * Server, MySQL). Reads need `sync:read` (brand admins: their brands only), changes `sync:manage`.
 */
export function syncRoutes(service = new SyncService()): Router {
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
      summary: "Compare a brand's paid orders and rewards in a time range with its target; list what is missing or different and re-queue it",
      description:
        `Rules beyond the schema, a 400 (40000) naming body.to: 'to' after 'from', and the range at most ${RECONCILE_MAX_DAYS} days.`,
      access: { permission: 'sync:manage' },
      body: reconcileBody,
      response: reconcileResultSchema,
      handle: async (ctx) => service.reconcile(actorOf(ctx), ctx.body),
    }).router;
}
