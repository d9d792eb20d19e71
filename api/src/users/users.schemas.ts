import { z } from '../common/zod';
import { idParam, searchKeyword, text } from '../common/http';
import { isoTime, pageFields, password, phone, username } from '../common/schema-fields';

export const userParams = z.object({ id: idParam }).strict();

const roleCode = z.string().regex(/^[a-z][a-z0-9_]{1,49}$/);
const roleCodes = z.array(roleCode).max(20).transform((codes) => [...new Set(codes)]);
const brandIds = z.array(idParam).max(200).transform((ids) => [...new Set(ids)]);

export const userQuery = z
  .object({
    keyword: searchKeyword(50).optional(),
    status: z.enum(['active', 'disabled', 'locked']).optional(),
    role: z.string().regex(/^[a-z][a-z0-9_]{1,49}$/).optional(),
    brandId: idParam.optional(),
    ...pageFields,
  })
  .strict();

export const userCreateBody = z
  .object({
    username,
    password,
    phone: phone.nullable().default(null),
    email: z.email().max(100).nullable().default(null),
    realName: text(50).nullable().default(null),
    roles: z.array(roleCode).min(1, 'at least one role').max(20).transform((codes) => [...new Set(codes)]),
    brandIds: brandIds.default([]),
  })
  .strict();

export const userRolesBody = z.object({ roles: roleCodes }).strict();
export const userBrandsBody = z.object({ brandIds }).strict();

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  realName: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  status: z.string(),
  roles: z.array(z.string()),
  brandIds: z.array(z.string()),
  failedLoginCount: z.int().min(0),
  lockedUntil: isoTime.nullable(),
  lastLoginAt: isoTime.nullable(),
  lastLoginIp: z.string().nullable(),
  passwordChangedAt: isoTime.nullable(),
  createdAt: isoTime,
});
