import type { Router } from 'express';
import { ApiRouter } from '../common/endpoint';
import { pageOf } from '../common/openapi';
import { MeRepository } from './me.repository';
import { myOrderSchema, myOrdersQuery } from './me.schemas';

/** /api/v1/me: the signed-in consumer's own things, for the app's member centre. */
export function meRoutes(repo = new MeRepository()): Router {
  return new ApiRouter('/me', 'me')
    .add({
      method: 'get', path: '/orders', summary: "The caller's own orders, newest first, with their campaign's name",
      description: 'Orders signed up while signed in, and those signed up with the account\'s phone once the account has proven it (SMS login).',
      access: { authenticated: true }, query: myOrdersQuery, response: pageOf(myOrderSchema),
      handle: async ({ principal, query }) => ({ ...(await repo.orders(principal.userId, query.page, query.pageSize)), page: query.page, pageSize: query.pageSize }),
    }).router;
}
