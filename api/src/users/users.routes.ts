import type { Router } from 'express';
import { ApiRouter } from '../common/endpoint';
import { pageOf } from '../common/openapi';
import { actorOf } from '../audit/audit-actor';
import { userBrandsBody, userCreateBody, userParams, userQuery, userRolesBody, userSchema } from './users.schemas';
import { UsersService } from './users.service';

/** /api/v1/users: account administration (read: user:read; write: user:write, audited). */
export function usersRoutes(users = new UsersService()): Router {
  const api = new ApiRouter('/users', 'rbac')
    .add({
      method: 'get', path: '/', summary: 'Accounts, newest first (filter by keyword, status, role, brand)', access: { permission: 'user:read' },
      query: userQuery, response: pageOf(userSchema),
      handle: async ({ query: { page, pageSize, ...filter } }) => users.list(filter, page, pageSize),
    })
    .add({
      method: 'get', path: '/:id', summary: 'An account with its roles and brands', access: { permission: 'user:read' },
      params: userParams, response: userSchema,
      handle: async ({ params }) => users.get(params.id),
    })
    .add({
      method: 'post', path: '/', summary: 'Create an account (the password policy applies)', access: { permission: 'user:write' },
      description:
        'The password must meet the password policy (GET /auth/password-policy: length and character classes, set by admins at run time) and must not contain the username: else 400 with code 40050 PASSWORD_POLICY_VIOLATION naming the field.',
      body: userCreateBody, status: 201, response: userSchema,
      errors: ['USERNAME_TAKEN', 'PHONE_TAKEN', 'PASSWORD_POLICY_VIOLATION', 'GRANT_EXCEEDS_OWN'],
      handle: async (ctx) => users.create(actorOf(ctx), ctx.body),
    })
    .add({
      method: 'put', path: '/:id/roles', summary: "Replace an account's roles", access: { permission: 'user:write' },
      params: userParams, body: userRolesBody, response: userSchema, errors: ['GRANT_EXCEEDS_OWN', 'SELF_CHANGE_REFUSED'],
      handle: async (ctx) => users.setRoles(actorOf(ctx), ctx.params.id, ctx.body.roles),
    })
    .add({
      method: 'put', path: '/:id/brands', summary: "Replace the brands an account administers", access: { permission: 'user:write' },
      params: userParams, body: userBrandsBody, response: userSchema, errors: ['GRANT_EXCEEDS_OWN'],
      handle: async (ctx) => users.setBrands(actorOf(ctx), ctx.params.id, ctx.body.brandIds),
    });
  for (const [action, summary] of [
    ['disable', 'Disable an account: its sessions end at once'],
    ['enable', 'Enable a disabled account'],
    ['unlock', 'End a lock-out at once'],
  ] as const) {
    api.add({
      method: 'post', path: `/:id/${action}`, summary, access: { permission: 'user:write' },
      params: userParams, response: userSchema, errors: action === 'disable' ? ['GRANT_EXCEEDS_OWN', 'SELF_CHANGE_REFUSED'] : ['GRANT_EXCEEDS_OWN'],
      handle: async (ctx) => users[action](actorOf(ctx), ctx.params.id),
    });
  }
  return api.router;
}
