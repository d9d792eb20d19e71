import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { AppError } from './app-error';
import { routeTable, type RouteTable } from './route-table';

/** Where the API's own paths live; everything else (/healthz, /dapr/…, /api/docs) routes as Express does. */
const API_PREFIX = '/api/v1/';

/**
 * In front of the API's routers: finds which registered path a request is for (`res.locals.route`, which
 * `ApiRouter` routes check so that a static path is never taken by a `/:id` route mounted earlier), answers
 * OPTIONS with the path's true `Allow`, and a method the path does not have with 405 and the same `Allow`.
 * Paths nobody registered fall through to the 404 answer.
 */
export function methodGuard(table: RouteTable = routeTable): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.path.startsWith(API_PREFIX)) return next();
    const match = table.match(req.path);
    if (!match) return next();
    res.locals.route = match.template;
    if (req.method === 'OPTIONS') {
      res.setHeader('Allow', match.allow.join(', '));
      res.status(204).end();
      return;
    }
    if (!match.has(req.method)) {
      res.setHeader('Allow', match.allow.join(', '));
      return next(new AppError('METHOD_NOT_ALLOWED', `${req.method} is not allowed here; allowed: ${match.allow.join(', ')}`));
    }
    next();
  };
}

/** First handler of every `ApiRouter` route: step aside (`next('route')`) when the guard resolved the request to another path. */
export function onlyFor(template: string): RequestHandler {
  return (_req, res, next) => {
    const resolved = res.locals.route as string | undefined;
    if (resolved !== undefined && resolved !== template) return next('route');
    next();
  };
}
