import type { Router } from 'express';
import { z } from '../common/zod';
import { ApiRouter } from '../common/endpoint';
import { pageOf } from '../common/openapi';
import { actorOf } from '../audit/audit-actor';
import { sessionParams, sessionSchema, sessionsQuery } from './auth.schemas';
import { SessionsService } from './sessions.service';

/** /api/v1/auth/sessions: the caller's live sessions (another user's with security:read / security:write). */
export function sessionsRoutes(sessions = new SessionsService()): Router {
  return new ApiRouter('/auth', 'auth')
    .add({
      method: 'get', path: '/sessions', summary: "Live sessions of the caller, or of `userId` (security:read)",
      access: { authenticated: true }, query: sessionsQuery, response: pageOf(sessionSchema),
      errors: ['FORBIDDEN'],
      handle: async ({ principal, query }) => sessions.list(principal, query.userId, query.page, query.pageSize),
    })
    .add({
      method: 'delete', path: '/sessions/:id', summary: 'Revoke a live session: your own, or anyone\'s with security:write (audited)',
      access: { authenticated: true }, params: sessionParams, response: z.null(),
      handle: async (ctx) => {
        await sessions.revoke(actorOf(ctx), ctx.params.id);
        return null;
      },
    }).router;
}
