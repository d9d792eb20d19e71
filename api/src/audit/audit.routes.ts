import type { Router } from 'express';
import { z } from '../common/zod';
import { idParam } from '../common/http';
import { ApiRouter } from '../common/endpoint';
import { pageOf } from '../common/openapi';
import { isPlatformAdmin } from '../common/principal';
import { AUDIT_GENESIS_HASH } from '@dmh/shared';
import { isoTime, pageFields, timeRangeFields } from '../common/schema-fields';
import { AuditRepository } from './audit.repository';
import { verifyChain } from './audit-verify';

const auditQuery = z
  .object({
    userId: idParam.optional(),
    resource: z.string().max(50).optional(),
    resourceId: z.string().max(64).optional(),
    action: z.string().max(50).optional(),
    brandId: idParam.optional(),
    ...timeRangeFields,
    ...pageFields,
  })
  .strict();

const auditEntrySchema = z.object({
  id: z.string(),
  userId: z.string().nullable(),
  username: z.string().nullable(),
  action: z.string(),
  resource: z.string(),
  resourceId: z.string().nullable(),
  brandId: z.string().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  createdAt: isoTime,
  prevHash: z.string(),
  hash: z.string(),
});

const chainReportSchema = z.object({
  intact: z.boolean(),
  checked: z.int().min(0),
  brokenId: z.string().nullable(),
  reason: z.enum(['hash', 'prev_hash', 'head']).nullable(),
});

const BATCH = 500;

/** /api/v1/audit-logs: the tamper-evident audit chain; a brand admin sees only its brands' entries. */
export function auditRoutes(audit = new AuditRepository()): Router {
  return new ApiRouter('/audit-logs', 'audit')
    .add({
      method: 'get', path: '/verify', summary: 'Walk the whole chain and report whether it is intact, or the first broken entry',
      access: { permission: 'audit:verify' }, response: chainReportSchema,
      handle: async () => verifyChain(AUDIT_GENESIS_HASH, await audit.head(), audit.batches(BATCH)),
    })
    .add({
      method: 'get', path: '/', summary: 'Audit entries, newest first (filter by user, resource, action, brand, time)',
      access: { permission: 'audit:read' }, query: auditQuery, response: pageOf(auditEntrySchema),
      handle: async ({ query: { page, pageSize, ...filter }, principal }) => {
        const scope = isPlatformAdmin(principal) ? undefined : principal.brandIds;
        return { ...(await audit.list({ ...filter, brandIds: scope }, page, pageSize)), page, pageSize };
      },
    }).router;
}
