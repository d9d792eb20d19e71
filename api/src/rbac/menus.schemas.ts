import { z } from '../common/zod';
import { idParam, text } from '../common/http';
import type { MenuNode } from './menu-tree';

export const menuParams = z.object({ id: idParam }).strict();

export const menuBody = z
  .object({
    parentId: idParam.nullable().default(null),
    code: z.string().regex(/^[a-z][a-z0-9_.-]{1,49}$/, 'lower-case letters, digits, _ . -'),
    name: text(100),
    path: z.string().regex(/^\/[\w\-/.:]{0,199}$/, 'a console route starting with /').nullable().default(null),
    icon: z.string().regex(/^[a-z0-9_]{1,50}$/).nullable().default(null),
    sort: z.int().min(-1_000_000).max(1_000_000).default(0),
    permissionCode: z.string().regex(/^[a-z_]+:[a-z_]+$/).nullable().default(null),
  })
  .strict();

export const menuSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  code: z.string(),
  name: z.string(),
  path: z.string().nullable(),
  icon: z.string().nullable(),
  sort: z.int(),
  permissionCode: z.string().nullable(),
});

export const menuNodeSchema: z.ZodType<MenuNode> = menuSchema
  .extend({
    get children() {
      return z.array(menuNodeSchema);
    },
  })
  .openapi('MenuNode');
