import { Router } from 'express';
import { actorOf } from '../audit/audit-actor';
import { distributorAdminRoutes } from './distributor-admin.routes';
import { posterTemplateRoutes } from './poster-template.routes';
import { ApiRouter } from '../common/endpoint';
import { DistributorsService } from './distributors.service';
import {
  applicationsQuery, applyBody, brandParams, distributorListSchema, distributorPageSchema, distributorSchema, idParams, rejectBody,
  statisticsSchema, subordinatesQuery, subordinatesSchema,
} from './distributors.schemas';
import { linksRoutes } from './links.routes';
import { LinksService } from './links.service';
import { StatisticsService } from './statistics.service';

/**
 * /api/v1/distributor: applications and their review (brand admins, brand-scoped: another brand's
 * distributor answers 404), the caller's records, subordinate trees and statistics; links and posters
 * are in links.routes.ts.
 */
export function distributorRoutes(
  service = new DistributorsService(),
  statistics = new StatisticsService(),
  links = new LinksService(),
): Router {
  const api = new ApiRouter('/distributor', 'distributors')
    .add({
      method: 'post',
      path: '/apply',
      summary: 'Apply to be a distributor of a brand, optionally referred by one of its distributors (who becomes the parent)',
      access: { authenticated: true },
      body: applyBody,
      status: 201,
      response: distributorSchema,
      errors: ['BRAND_NOT_ACTIVE', 'DISTRIBUTOR_ALREADY_APPLIED', 'DISTRIBUTOR_LEVEL_LIMIT'],
      rateLimit: { name: 'distributor-apply', limit: 10, windowSeconds: 60, by: 'user' },
      handle: async ({ principal, body }) => service.apply(principal, body),
    })
    .add({
      method: 'get',
      path: '/applications',
      summary: "Distributor applications of the caller's brands (filter by status and brand)",
      access: { permission: 'distributor:read' },
      query: applicationsQuery,
      response: distributorPageSchema,
      handle: async ({ principal, query }) => service.applications(principal, query),
    })
    .add({
      method: 'post',
      path: '/:id/approve',
      summary: 'Approve a pending application: the user becomes an active distributor (role and balance granted)',
      access: { permission: 'distributor:approve' },
      params: idParams,
      response: distributorSchema,
      errors: ['DISTRIBUTOR_NOT_PENDING'],
      handle: async (ctx) => service.review(actorOf(ctx), ctx.params.id, 'approve', null),
    })
    .add({
      method: 'post',
      path: '/:id/reject',
      summary: 'Reject a pending application, optionally saying why',
      access: { permission: 'distributor:approve' },
      params: idParams,
      body: rejectBody,
      bodyLimit: '4kb',
      response: distributorSchema,
      errors: ['DISTRIBUTOR_NOT_PENDING'],
      handle: async (ctx) => service.review(actorOf(ctx), ctx.params.id, 'reject', ctx.body.reason ?? null),
    })
    .add({
      method: 'get',
      path: '/me',
      summary: "The caller's distributor records across brands",
      access: { authenticated: true },
      response: distributorListSchema,
      handle: async ({ principal }) => service.mine(principal),
    })
    .add({
      method: 'get',
      path: '/subordinates/:brandId',
      summary: "The caller's subordinates in a brand, two levels down (admins of the brand may pass distributorId)",
      access: { authenticated: true },
      params: brandParams,
      query: subordinatesQuery,
      response: subordinatesSchema,
      handle: async ({ principal, params, query }) => service.subordinates(principal, params.brandId, query.distributorId),
    })
    .add({
      method: 'get',
      path: '/statistics/:brandId',
      summary: "A brand's distributor statistics (its admins); a distributor of the brand gets its own numbers",
      access: { authenticated: true },
      params: brandParams,
      response: statisticsSchema,
      handle: async ({ principal, params }) => statistics.forBrand(principal, params.brandId),
    });
  // The admin routes first: '/tree' must not be taken for the ':id' of another route.
  return Router().use(distributorAdminRoutes(), posterTemplateRoutes(), linksRoutes(links), api.router);
}
