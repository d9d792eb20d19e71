import { HttpClient } from '@angular/common/http';
import { inject, Injectable, signal } from '@angular/core';
import type { Body } from '@dmh/api-client';
import { catchError, EMPTY, firstValueFrom, switchMap, takeWhile, timer } from 'rxjs';
import { Api } from '../core/api/api.service';
import { describeError, type Message } from '../core/errors/error-messages';
import { type ExportJob, exportFileName, exportFinished } from './member-rules';

export type ExportRequest = Body<'/api/v1/members/export', 'post'>;
export interface ExportEntry {
  job: ExportJob;
  /** Asking for progress failed: said beside the export. */
  problem: Message | null;
}

/**
 * The exports started in this session (the API lists none): each polled every second until it is done
 * or failed, kept for download while the console stays open.
 */
@Injectable({ providedIn: 'root' })
export class MemberExports {
  private readonly api = inject(Api);
  private readonly http = inject(HttpClient);
  readonly entries = signal<ExportEntry[]>([]);

  /** Starts an export; resolves with the job, or rejects with the API's refusal (rate limit, a filter). */
  async start(request: ExportRequest): Promise<ExportJob> {
    const job = await firstValueFrom(this.api.post('/api/v1/members/export', { body: request }));
    this.entries.update((list) => [{ job, problem: null }, ...list]);
    this.follow(job.id);
    return job;
  }

  private follow(id: string): void {
    timer(500, 1000)
      .pipe(
        switchMap(() => this.api.get('/api/v1/members/exports/{id}', { params: { id } })),
        takeWhile((job) => !exportFinished(job), true),
        catchError((err: unknown) => {
          this.set(id, (e) => ({ ...e, problem: describeError(err) }));
          return EMPTY;
        }),
      )
      .subscribe((job) => this.set(id, () => ({ job, problem: null })));
  }

  /** The file through HttpClient (the interceptor adds the token), saved under a readable name. */
  async download(job: ExportJob): Promise<void> {
    const blob = await firstValueFrom(this.http.get(job.fileUrl ?? `/api/v1/members/exports/${job.id}/file`, { responseType: 'blob' }));
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = exportFileName(job);
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private set(id: string, change: (e: ExportEntry) => ExportEntry): void {
    this.entries.update((list) => list.map((e) => (e.job.id === id ? change(e) : e)));
  }
}
