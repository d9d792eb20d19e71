import type { Router } from 'express';
import { z } from '../common/zod';
import { idParam } from '../common/http';
import { ApiRouter } from '../common/endpoint';
import { pageOf } from '../common/openapi';
import { actorOf } from '../audit/audit-actor';
import { PasswordService } from './password.service';
import { pageFields, timeRangeFields } from '../common/schema-fields';
import { loginAttemptSchema, passwordPolicySchema, queryFlag, securityEventSchema, severitySchema } from './security.schemas';
import { SecurityService } from './security.service';

const eventQuery = z
  .object({
    type: z.string().regex(/^[a-z_]{1,50}$/).optional(),
    severity: severitySchema.optional(),
    handled: queryFlag.optional(),
    userId: idParam.optional(),
    ip: z.string().max(45).optional(),
    ...timeRangeFields,
    ...pageFields,
  })
  .strict();

const attemptQuery = z
  .object({
    username: z.string().max(50).optional(),
    userId: idParam.optional(),
    ip: z.string().max(45).optional(),
    success: queryFlag.optional(),
    ...timeRangeFields,
    ...pageFields,
  })
  .strict();

/** /api/v1/security: the password policy, security events and login attempts. */
export function securityRoutes(security = new SecurityService(), passwords = new PasswordService()): Router {
  return new ApiRouter('/security', 'security')
    .add({
      method: 'get', path: '/password-policy', summary: 'The password and lock-out policy', access: { permission: 'security:read' },
      response: passwordPolicySchema,
      handle: async () => passwords.policy(),
    })
    .add({
      method: 'put', path: '/password-policy', summary: 'Replace the password and lock-out policy (audited)', access: { permission: 'security:write' },
      body: passwordPolicySchema, response: passwordPolicySchema,
      handle: async (ctx) => passwords.updatePolicy(actorOf(ctx), ctx.body),
    })
    .add({
      method: 'get', path: '/events', summary: 'Security events, newest first (brute force, lock-outs, token reuse, forged callbacks…)',
      access: { permission: 'security:read' }, query: eventQuery, response: pageOf(securityEventSchema),
      handle: async ({ query: { page, pageSize, ...filter } }) => security.listEvents(filter, page, pageSize),
    })
    .add({
      method: 'post', path: '/events/:id/handle', summary: 'Mark a security event handled (audited, with an optional note)',
      access: { permission: 'security:write' }, params: z.object({ id: idParam }).strict(),
      body: z.object({ note: z.string().trim().max(500).nullable().default(null) }).strict(), response: securityEventSchema,
      handle: async (ctx) => security.handle(actorOf(ctx), ctx.params.id, ctx.body.note),
    })
    .add({
      method: 'get', path: '/login-attempts', summary: 'Login attempts, newest first', access: { permission: 'security:read' },
      query: attemptQuery, response: pageOf(loginAttemptSchema),
      handle: async ({ query: { page, pageSize, ...filter } }) => security.listLoginAttempts(filter, page, pageSize),
    }).router;
}
