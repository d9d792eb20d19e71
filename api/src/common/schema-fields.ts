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
