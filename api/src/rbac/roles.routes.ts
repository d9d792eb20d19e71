import type { Router } from 'express';
import { z } from '../common/zod';
import { ApiRouter } from '../common/endpoint';
import { actorOf } from '../audit/audit-actor';
import {
  permissionSchema, roleCreateBody, roleDetailSchema, roleMenusBody, roleParams, rolePermissionsBody, roleSchema, roleUpdateBody,
} from './roles.schemas';
import { RolesService } from './roles.service';

/** /api/v1/roles (roles with their permissions and menus) and /api/v1/permissions (the catalogue). */
export function rolesRoutes(roles = new RolesService()): Router {
  return new ApiRouter('/roles', 'rbac')
    .add({
      method: 'get', path: '/', summary: 'Every role', access: { permission: 'role:read' },
      response: z.array(roleSchema),
      handle: async () => roles.list(),
    })
    .add({
      method: 'get', path: '/:id', summary: 'A role with its permissions and menus', access: { permission: 'role:read' },
      params: roleParams, response: roleDetailSchema,
      handle: async ({ params }) => roles.get(params.id),
    })
    .add({
      method: 'post', path: '/', summary: 'Create a role', access: { permission: 'role:write' },
      body: roleCreateBody, status: 201, response: roleDetailSchema, errors: ['ROLE_CODE_TAKEN', 'GRANT_EXCEEDS_OWN'],
      handle: async (ctx) => roles.create(actorOf(ctx), ctx.body),
    })
    .add({
      method: 'put', path: '/:id', summary: "Rename a role or change its description", access: { permission: 'role:write' },
      params: roleParams, body: roleUpdateBody, response: roleDetailSchema,
      handle: async (ctx) => roles.update(actorOf(ctx), ctx.params.id, ctx.body),
    })
    .add({
      method: 'put', path: '/:id/permissions', summary: "Replace a role's permissions", access: { permission: 'role:write' },
      params: roleParams, body: rolePermissionsBody, response: roleDetailSchema, errors: ['ROLE_BUILT_IN', 'GRANT_EXCEEDS_OWN'],
      handle: async (ctx) => roles.setPermissions(actorOf(ctx), ctx.params.id, ctx.body.permissions),
    })
    .add({
      method: 'put', path: '/:id/menus', summary: "Replace a role's menus", access: { permission: 'role:write' },
      params: roleParams, body: roleMenusBody, response: roleDetailSchema,
      handle: async (ctx) => roles.setMenus(actorOf(ctx), ctx.params.id, ctx.body.menuIds),
    })
    .add({
      method: 'delete', path: '/:id', summary: 'Delete a custom role no user holds', access: { permission: 'role:write' },
      params: roleParams, response: z.null(), errors: ['ROLE_BUILT_IN', 'ROLE_IN_USE'],
      handle: async (ctx) => {
        await roles.delete(actorOf(ctx), ctx.params.id);
        return null;
      },
    }).router;
}

export function permissionsRoutes(roles = new RolesService()): Router {
  return new ApiRouter('/permissions', 'rbac').add({
    method: 'get', path: '/', summary: 'The permission catalogue (codes are resource:action)', access: { permission: 'role:read' },
    response: z.array(permissionSchema),
    handle: async () => roles.permissions(),
  }).router;
}
