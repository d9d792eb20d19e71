import { z } from './zod';

/** Fields many request and response schemas share: times, paging, a time range. */

export const isoTime = z.string().openapi({ format: 'date-time', example: '2026-11-25T12:00:00.000Z' });

export const pageFields = {
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

/** `from` inclusive, `to` exclusive, ISO-8601. */
export const timeRangeFields = {
  from: z.iso.datetime({ offset: true }).optional().transform((s) => (s ? new Date(s) : undefined)),
  to: z.iso.datetime({ offset: true }).optional().transform((s) => (s ? new Date(s) : undefined)),
};

/** Account fields: sign-up, sign-in and the admins' user management take the same. */
export const username = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{2,49}$/, '3–50 letters, digits, _ . -');
export const phone = z.string().regex(/^1[3-9]\d{9}$/, 'a mainland mobile number');
/** Length and classes are the password policy's to judge (with its own error); this only bounds the input. */
export const password = z.string().min(1).max(128);
