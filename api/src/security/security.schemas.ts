import { z } from '../common/zod';
import { isoTime } from '../common/schema-fields';

/** `true` / `false` in a query string. */
export const queryFlag = z.enum(['true', 'false']).transform((s) => s === 'true');

export const severitySchema = z.enum(['low', 'medium', 'high', 'critical']);

export const securityEventSchema = z.object({
  id: z.string(),
  type: z.string(),
  severity: severitySchema,
  userId: z.string().nullable(),
  ip: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
  handled: z.boolean(),
  createdAt: isoTime,
});

export const loginAttemptSchema = z.object({
  id: z.string(),
  username: z.string(),
  userId: z.string().nullable(),
  ip: z.string(),
  success: z.boolean(),
  reason: z.string().nullable(),
  createdAt: isoTime,
});

export const passwordPolicySchema = z
  .object({
    minLength: z.int().min(6).max(64),
    requireUpper: z.boolean(),
    requireLower: z.boolean(),
    requireDigit: z.boolean(),
    requireSpecial: z.boolean(),
    historyCount: z.int().min(0).max(24),
    maxAgeDays: z.int().min(0).max(3650),
    maxLoginAttempts: z.int().min(1).max(100),
    lockoutMinutes: z.int().min(1).max(10_080),
  })
  .strict();
