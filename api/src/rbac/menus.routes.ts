import type { Router } from 'express';
import { z } from '../common/zod';
import { ApiRouter } from '../common/endpoint';
import { actorOf } from '../audit/audit-actor';
import { menuBody, menuNodeSchema, menuParams, menuSchema } from './menus.schemas';
import { MenusService } from './menus.service';

/** /api/v1/menus: the admin console's navigation (read: role:read; write: role:write, audited). */
export function menusRoutes(menus = new MenusService()): Router {
  return new ApiRouter('/menus', 'rbac')
    .add({
      method: 'get',
      path: '/',
      summary: 'Every menu, as a tree',
      access: { permission: 'role:read' },
      response: z.array(menuNodeSchema),
      handle: async () => menus.tree(),
    })
    .add({
      method: 'post',
      path: '/',
      summary: 'Create a menu',
      access: { permission: 'role:write' },
      body: menuBody,
      status: 201,
      response: menuSchema,
      errors: ['MENU_CODE_TAKEN'],
      handle: async (ctx) => menus.create(actorOf(ctx), ctx.body),
    })
    .add({
      method: 'put',
      path: '/:id',
      summary: 'Replace a menu',
      access: { permission: 'role:write' },
      params: menuParams,
      body: menuBody,
      response: menuSchema,
      errors: ['MENU_CODE_TAKEN', 'MENU_PARENT_CYCLE'],
      handle: async (ctx) => menus.update(actorOf(ctx), ctx.params.id, ctx.body),
    })
    .add({
      method: 'delete',
      path: '/:id',
      summary: 'Delete a menu without children (its role links go with it)',
      access: { permission: 'role:write' },
      params: menuParams,
      response: z.null(),
      errors: ['MENU_HAS_CHILDREN'],
      handle: async (ctx) => {
        await menus.delete(actorOf(ctx), ctx.params.id);
        return null;
      },
    }).router;
}
