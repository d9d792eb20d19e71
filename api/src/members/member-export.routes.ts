import type { Router } from 'express';
import { ApiRouter } from '../common/endpoint';
import { exportJobSchema, exportParams, startExportBody } from './member-export.schemas';
import { EXPORT_CONTENT_TYPES } from './member-export.format';
import { MemberExportService } from './member-export.service';

/** /api/v1/members/export(s): CSV or XLSX exports of the member list, streamed in the background with progress. */
export function memberExportRoutes(exports = new MemberExportService()): Router {
  return new ApiRouter('/members', 'members')
    .add({
      method: 'post',
      path: '/export',
      summary: "Start an export of the members matching the list's filters (CSV or XLSX); poll its progress",
      description: 'Phones are masked unless you hold member:export for the member\'s brand.',
      access: { permission: 'member:read' },
      body: startExportBody,
      status: 202,
      response: exportJobSchema,
      rateLimit: { name: 'member-export', limit: 10, windowSeconds: 60, by: 'user' },
      handle: async ({ body, principal }) => {
        const { format, ...filters } = body;
        return exports.start(principal, format, filters);
      },
    })
    .add({
      method: 'get',
      path: '/exports/:id',
      summary: 'Progress of an export you started: rows done out of total, and its status',
      access: { permission: 'member:read' },
      params: exportParams,
      response: exportJobSchema,
      handle: async ({ params, principal }) => exports.status(principal, params.id),
    })
    .add({
      method: 'get',
      path: '/exports/:id/file',
      summary: 'Download a finished export (its creator or a platform admin)',
      access: { permission: 'member:read' },
      params: exportParams,
      produces: { status: 200, contentType: Object.values(EXPORT_CONTENT_TYPES).map((type) => type.split(';')[0]!), description: 'the file, in the format the export was started with: CSV or XLSX' },
      errors: ['MEMBER_EXPORT_NOT_READY'],
      handle: async ({ params, principal, res }) => exports.download(principal, params.id, res),
    }).router;
}
