import type { Router } from 'express';
import { actorOf } from '../audit/audit-actor';
import { ApiRouter } from '../common/endpoint';
import { distributorLinksQuery, treePageSchema, treeQuery, uplineBody, uplineChangeSchema } from './distributor-admin.schemas';
import { DistributorAdminService } from './distributor-admin.service';
import { idParams, linkPageSchema } from './distributors.schemas';

/** /api/v1/distributor/tree, /:id/links and /:id/upline: a brand's distributors as its admins manage them. */
export function distributorAdminRoutes(admin = new DistributorAdminService()): Router {
  return new ApiRouter('/distributor', 'distributors')
    .add({
      method: 'get',
      path: '/tree',
      summary: "A brand's distributor tree one level at a time (the top, or a node's children), or a search of it, each node with its counts",
      access: { permission: 'distributor:read' },
      query: treeQuery,
      response: treePageSchema,
      handle: async ({ principal, query }) => admin.treePage(principal, query),
    })
    .add({
      method: 'get',
      path: '/:id/links',
      summary: "A distributor's referral links with their clicks and orders (admins of its brand)",
      access: { permission: 'distributor:read' },
      params: idParams,
      query: distributorLinksQuery,
      response: linkPageSchema,
      handle: async ({ principal, params, query }) => admin.linksOf(principal, params.id, query),
    })
    .add({
      method: 'post',
      path: '/:id/upline',
      summary: 'Move a distributor and its team under another upline of its brand (refused if that is itself or a descendant); audited',
      access: { permission: 'distributor:manage' },
      params: idParams,
      body: uplineBody,
      bodyLimit: '1kb',
      response: uplineChangeSchema,
      errors: ['DISTRIBUTOR_UPLINE_CYCLE', 'DISTRIBUTOR_UPLINE_TOO_DEEP', 'DISTRIBUTOR_UPLINE_NOT_ACTIVE'],
      handle: async (ctx) => admin.changeUpline(actorOf(ctx), ctx.params.id, ctx.body.parentId),
    }).router;
}
