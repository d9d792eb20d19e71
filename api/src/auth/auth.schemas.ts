import { z } from '../common/zod';
import { idParam, text } from '../common/http';
import { menuNodeSchema } from '../rbac/menus.schemas';
import { password, phone, username } from '../common/schema-fields';
import { isoTime, pageFields } from '../common/schema-fields';

/** Why the password must be changed now: set by an administrator (`first-login`), or older than the policy allows (`expired`); null when it need not. */
const passwordChangeReasonSchema = z
  .enum(['first-login', 'expired'])
  .nullable()
  .openapi({ description: "why the password must be changed before anything else: 'first-login' (an administrator set it) or 'expired' (older than the policy allows); null when it need not" });

export const registerBody = z
  .object({
    username,
    password,
    phone: phone.nullable().default(null),
    email: z.email().max(100).nullable().default(null),
    realName: text(50).nullable().default(null),
  })
  .strict();

/** Any string is a possible username here: an unknown one must get the same answer as a wrong password. */
export const loginBody = z.object({ username: z.string().min(1).max(50), password: z.string().min(1).max(128) }).strict();
export const refreshBody = z.object({ refreshToken: z.string().min(1).max(200) }).strict();
export const passwordChangeBody = z.object({ currentPassword: z.string().min(1).max(128), newPassword: password }).strict();
/** A session's one identity: the `sessionId` of login and /auth/userinfo, the `id` of /auth/sessions, the token's `sid`. */
export const sessionIdSchema = z.string().regex(/^[0-9a-f]{32}$/, '32 lower-case hex digits').openapi({
  description: 'the session id that login, refresh and /auth/userinfo answer as `sessionId` and /auth/sessions lists as `id`',
  example: '4f6c2a9e0b1d4c3e8a7f5b6d9c0e1f2a',
});
export const sessionParams = z.object({ id: sessionIdSchema }).strict();
export const sessionsQuery = z.object({ userId: idParam.optional(), ...pageFields }).strict();

export const principalSchema = z.object({
  userId: z.string(),
  username: z.string(),
  roles: z.array(z.string()),
  permissions: z.array(z.string()),
  brandIds: z.array(z.string()),
  sessionId: sessionIdSchema.nullable().openapi({ description: 'the session of this token: the `id` /auth/sessions lists and /auth/sessions/{id} revokes' }),
});

export const tokenAnswerSchema = z.object({
  tokenType: z.literal('Bearer'),
  accessToken: z.string(),
  /** Seconds the access token lives. */
  expiresIn: z.int(),
  /** Opaque, single use: exchange it at /auth/refresh-token for a new pair. */
  refreshToken: z.string(),
  refreshExpiresIn: z.int(),
  /** The user must change the password before anything else (see passwordChangeReason): the client sends them to do it. */
  passwordExpired: z.boolean(),
  passwordChangeReason: passwordChangeReasonSchema,
  user: principalSchema,
});

export const registeredSchema = z.object({ userId: z.string(), username: z.string(), roles: z.array(z.string()) });

export const userinfoSchema = principalSchema.extend({
  realName: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  avatar: z.string().nullable(),
  passwordExpiresAt: isoTime.nullable(),
  passwordExpired: z.boolean(),
  passwordChangeReason: passwordChangeReasonSchema,
  menus: z.array(menuNodeSchema),
});

export const passwordChangedSchema = z.object({ passwordChangedAt: isoTime, otherSessionsRevoked: z.int().min(0) });

export const publicPolicySchema = z.object({
  minLength: z.int(),
  requireUpper: z.boolean(),
  requireLower: z.boolean(),
  requireDigit: z.boolean(),
  requireSpecial: z.boolean(),
});

export const sessionSchema = z.object({
  id: sessionIdSchema,
  userId: z.string(),
  /** The session of the token making this request. */
  current: z.boolean(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  createdAt: isoTime,
  lastSeenAt: isoTime.nullable(),
  expiresAt: isoTime,
});
