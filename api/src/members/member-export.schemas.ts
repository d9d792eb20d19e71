import { z } from '../common/zod';
import { idParam } from '../common/http';
import { isoTime, memberFilterFields } from './members.schemas';

export const startExportBody = z
  .object({ format: z.enum(['csv', 'xlsx']), ...memberFilterFields })
  .strict();
export type StartExportBody = z.infer<typeof startExportBody>;

export const exportParams = z.object({ id: idParam }).strict();

export const exportJobSchema = z.object({
  id: z.string(),
  format: z.enum(['csv', 'xlsx']),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  total: z.int().min(0).openapi({ description: 'members matching the filters when the export started' }),
  done: z.int().min(0).openapi({ description: 'rows written so far' }),
  error: z.string().nullable(),
  createdAt: isoTime,
  updatedAt: isoTime,
  finishedAt: isoTime.nullable(),
  fileUrl: z.string().nullable().openapi({ description: 'where to download the file once status is done' }),
});
export type ExportJobView = z.infer<typeof exportJobSchema>;
