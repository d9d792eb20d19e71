import type { Response } from 'express';
import { once } from 'node:events';
import { isPlatformAdmin, type Principal } from '../common/principal';
import { AppError } from '../common/app-error';
import { logger } from '../common/logger';
import type { MemberFilters } from './member-filter.sql';
import { csvWriter, EXPORT_CONTENT_TYPES, type ExportFormat, exportCells, xlsxWriter } from './member-export.format';
import type { ExportJobView } from './member-export.schemas';
import { type ExportJob, fileKey, MemberExportStore, RedisChunkSink } from './member-export.store';
import { scopeOf } from './member-scope';
import { memberSummary } from './member-views';
import { MembersRepository } from './members.repository';

/** Rows read from MySQL per batch (one keyset range read each). */
export const EXPORT_BATCH = 500;

/**
 * Member exports: the list's filters and brand scope, streamed batch by batch from MySQL through a CSV or
 * XLSX writer into Redis chunks, with progress after each batch. Nothing holds more than one batch of rows
 * and one file chunk. Phones are masked unless the caller holds member:export for the member's brand.
 * A job is seen and downloaded only by its creator or a platform admin (anyone else: 404).
 */
export class MemberExportService {
  constructor(
    private readonly store = new MemberExportStore(),
    private readonly members = new MembersRepository(),
  ) {}

  async start(principal: Principal, format: ExportFormat, filters: MemberFilters): Promise<ExportJobView> {
    // Naming a brand the caller cannot see is refused like a missing one, not answered with an empty file.
    const scope = scopeOf(principal);
    if (filters.brandId && !scope.all && !scope.brandIds.includes(filters.brandId)) throw AppError.unknownReference({ field: 'body.brandId', what: 'brand' });
    const job = await this.store.create(principal.userId, format);
    void this.run(job, principal, filters);
    return view(job);
  }

  async status(principal: Principal, id: string): Promise<ExportJobView> {
    return view(await this.owned(principal, id));
  }

  /** Streams the finished file from Redis, chunk by chunk, honouring the client's backpressure. */
  async download(principal: Principal, id: string, res: Response): Promise<void> {
    const job = await this.owned(principal, id);
    if (job.status !== 'done') throw new AppError('MEMBER_EXPORT_NOT_READY', `the export is ${job.status}`);
    const first = job.chunks > 0 ? await this.store.chunk(id, 0) : Buffer.alloc(0);
    if (first === null) throw new AppError('NOT_FOUND', 'the export file has expired');
    res.status(200);
    res.setHeader('Content-Type', EXPORT_CONTENT_TYPES[job.format]);
    res.setHeader('Content-Disposition', `attachment; filename="members-${id}.${job.format}"`);
    res.setHeader('Content-Length', String(job.bytes));
    res.setHeader('Cache-Control', 'no-store');
    for (let i = 0; i < job.chunks; i++) {
      const chunk = i === 0 ? first : await this.store.chunk(id, i);
      if (chunk === null) {
        res.destroy(new Error('export chunk missing'));
        return;
      }
      if (!res.write(chunk)) await once(res, 'drain');
    }
    res.end();
  }

  private async owned(principal: Principal, id: string): Promise<ExportJob> {
    const job = await this.store.get(id);
    if (!job || (job.userId !== principal.userId && !isPlatformAdmin(principal))) throw new AppError('NOT_FOUND', 'export not found');
    return job;
  }

  private async run(job: ExportJob, principal: Principal, filters: MemberFilters): Promise<void> {
    const scope = scopeOf(principal);
    try {
      const total = await this.members.count(filters, scope);
      await this.store.update(job.id, { status: 'running', total });
      const sink = new RedisChunkSink(fileKey(job.id));
      const writer = job.format === 'csv' ? csvWriter(sink) : xlsxWriter(sink);
      let afterId = '0';
      let done = 0;
      for (;;) {
        const rows = await this.members.batchAfter(filters, scope, afterId, EXPORT_BATCH);
        if (rows.length === 0) break;
        const ids = rows.map((r) => r.id);
        const [tags, brands, stats] = await Promise.all([
          this.members.tagsOf(ids, scope), this.members.brandIdsOf(ids, scope), this.members.statsOf(ids, scope),
        ]);
        for (const row of rows) {
          const summary = memberSummary(row, tags.get(row.id) ?? [], brands.get(row.id) ?? [], principal, 'member:export');
          await writer.writeRow(exportCells(summary, stats.get(row.id) ?? { orderCount: 0, totalSpent: '0.00' }));
        }
        done += rows.length;
        afterId = ids[ids.length - 1];
        await this.store.update(job.id, { done });
        if (rows.length < EXPORT_BATCH) break;
      }
      await writer.finish();
      await this.store.update(job.id, { status: 'done', done, chunks: sink.chunks, bytes: sink.bytes, finishedAt: new Date().toISOString() });
      logger.info({ exportId: job.id, rows: done, bytes: sink.bytes, format: job.format }, 'member export done');
    } catch (err) {
      logger.error({ err, exportId: job.id }, 'member export failed');
      await this.store.update(job.id, { status: 'failed', error: 'the export failed; start a new one' }).catch(() => undefined);
    }
  }
}

function view(job: ExportJob): ExportJobView {
  return {
    id: job.id, format: job.format, status: job.status, total: job.total, done: job.done, error: job.error,
    createdAt: job.createdAt, updatedAt: job.updatedAt, finishedAt: job.finishedAt,
    fileUrl: job.status === 'done' ? `/api/v1/members/exports/${job.id}/file` : null,
  };
}
