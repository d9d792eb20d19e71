import { z } from '../common/zod';
import { idParam, text } from '../common/http';

export const roleParams = z.object({ id: idParam }).strict();

const permissionCodes = z.array(z.string().regex(/^[a-z_]+:[a-z_]+$/)).max(200).transform((codes) => [...new Set(codes)]);
const menuIds = z.array(idParam).max(500).transform((ids) => [...new Set(ids)]);

export const roleCreateBody = z
  .object({
    code: z.string().regex(/^[a-z][a-z0-9_]{1,49}$/, 'lower-case letters, digits and _'),
    name: text(100),
    description: z.string().max(255).nullable().default(null),
    permissions: permissionCodes.default([]),
    menuIds: menuIds.default([]),
  })
  .strict();

export const roleUpdateBody = z.object({ name: text(100), description: z.string().max(255).nullable().default(null) }).strict();
export const rolePermissionsBody = z.object({ permissions: permissionCodes }).strict();
export const roleMenusBody = z.object({ menuIds }).strict();

export const roleSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  userCount: z.int().min(0),
});

export const roleDetailSchema = roleSchema.extend({ permissions: z.array(z.string()), menuIds: z.array(z.string()) });

export const permissionSchema = z.object({ id: z.string(), code: z.string(), resource: z.string(), action: z.string(), name: z.string() });
