import type { Router } from 'express';
import { actorOf } from '../audit/audit-actor';
import { ApiRouter } from '../common/endpoint';
import { BrandsService } from './brands.service';
import { brandListQuery, brandPageSchema, brandParams, brandSchema, createBrandBody, updateBrandBody } from './brands.schemas';

/**
 * /api/v1/brands: brand administration. A platform admin (`brand:write`) creates and changes brands,
 * including `settings.rewardLevels`; a brand admin (`brand:read`) reads only its own brands: another
 * brand's id answers 404. Every write is audited in its transaction.
 */
export function brandsRoutes(service = new BrandsService()): Router {
  return new ApiRouter('/brands', 'brands')
    .add({
      method: 'get',
      path: '/',
      summary: 'Brands the caller administers (all of them for a platform admin)',
      access: { permission: 'brand:read' },
      query: brandListQuery,
      response: brandPageSchema,
      handle: async ({ principal, query }) => service.list(principal, query),
    })
    .add({
      method: 'post',
      path: '/',
      summary: 'Create a brand (platform admin)',
      access: { permission: 'brand:write' },
      body: createBrandBody,
      status: 201,
      response: brandSchema,
      errors: ['BRAND_NAME_TAKEN'],
      handle: async (ctx) => service.create(actorOf(ctx), ctx.body),
    })
    .add({
      method: 'get',
      path: '/:id',
      summary: 'A brand with its settings',
      access: { permission: 'brand:read' },
      params: brandParams,
      response: brandSchema,
      handle: async ({ principal, params }) => service.get(principal, params.id),
    })
    .add({
      method: 'put',
      path: '/:id',
      summary: 'Change a brand: fields left out keep their value; settings (e.g. rewardLevels 1–3) are merged',
      access: { permission: 'brand:write' },
      params: brandParams,
      body: updateBrandBody,
      response: brandSchema,
      errors: ['BRAND_NAME_TAKEN'],
      handle: async (ctx) => service.update(actorOf(ctx), ctx.params.id, ctx.body),
    }).router;
}
