import { DatePipe } from '@angular/common';
import { Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { concatMap, from, type Observable, reduce } from 'rxjs';
import { Api } from '../core/api/api.service';
import { describeError } from '../core/errors/error-messages';
import { ListFrame } from '../shared/list/list-frame';
import { compact, PagedList } from '../shared/list/paged-list';
import { permission } from '../shared/permissions';
import { JOB_STATES, retryCalls, type SyncJob } from './sync-rules';

/**
 * Sync jobs by state (dead-lettered first), each with its last error; a dead job can be retried, a
 * selection retried together (one call per brand), or every dead job of a brand. Retrying needs sync:manage.
 */
@Component({
  selector: 'app-sync-failures',
  imports: [
    DatePipe, FormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatSelectModule, MatTableModule, TranslocoDirective, ListFrame,
  ],
  templateUrl: './sync-failures.html',
  styleUrls: ['../shared/list/list-page.scss', './sync.scss'],
})
export class SyncFailures implements OnInit {
  private readonly api = inject(Api);
  private readonly snack = inject(MatSnackBar);
  private readonly i18n = inject(TranslocoService);
  protected readonly canManage = permission('sync:manage');
  protected readonly states = JOB_STATES;
  protected readonly brands = signal<Array<{ id: string; name: string }>>([]);
  protected brandId = '';
  protected status: (typeof JOB_STATES)[number] = 'dead';
  protected readonly selected = signal<ReadonlyMap<string, SyncJob>>(new Map());
  protected readonly busy = signal(false);
  protected readonly list = new PagedList<SyncJob>(
    (page, pageSize) => this.api.get('/api/v1/sync/failures', { query: { page, pageSize, status: this.status, ...compact({ brandId: this.brandId }) } }),
    inject(DestroyRef),
  );
  protected readonly columns = computed(() => [...(this.canManage() ? ['select'] : []), 'order', 'brand', 'attempts', 'error', 'next', ...(this.canManage() ? ['retry'] : [])]);
  protected readonly brandName = computed(() => new Map(this.brands().map((b) => [b.id, b.name])));

  ngOnInit(): void {
    this.api.get('/api/v1/brands', { query: { page: 1, pageSize: 100 } }).subscribe({ next: (p) => this.brands.set(p.items), error: () => undefined });
    this.list.reload();
  }

  protected filter(): void {
    this.selected.set(new Map());
    this.list.restart();
  }

  protected toggle(job: SyncJob): void {
    this.selected.update((m) => {
      const next = new Map(m);
      if (!next.delete(job.id)) next.set(job.id, job);
      return next;
    });
  }

  protected retryOne(job: SyncJob): void {
    this.run(() => this.api.post('/api/v1/sync/failures/{id}/retry', { params: { id: job.id } }));
  }

  protected retrySelected(): void {
    const calls = retryCalls([...this.selected().values()]);
    this.run(() =>
      from(calls).pipe(
        concatMap((c) => this.api.post('/api/v1/sync/failures/retry', { body: c })),
        reduce((sum, r) => ({ retried: sum.retried + r.retried }), { retried: 0 }),
      ),
    );
  }

  protected retryBrand(): void {
    if (!this.brandId) return;
    this.run(() => this.api.post('/api/v1/sync/failures/retry', { body: { brandId: this.brandId } }));
  }

  private run(call: () => Observable<{ retried: number }>): void {
    this.busy.set(true);
    call().subscribe({
      next: (r) => {
        this.busy.set(false);
        this.selected.set(new Map());
        this.snack.open(this.i18n.translate('sync.failures.retried', { count: r.retried }), this.i18n.translate('common.close'), { duration: 5000 });
        this.list.reload();
      },
      error: (err: unknown) => {
        this.busy.set(false);
        const m = describeError(err);
        this.snack.open(this.i18n.translate(m.key, m.params), this.i18n.translate('common.close'), { duration: 8000 });
        this.list.reload();
      },
    });
  }
}
