import { DatePipe } from '@angular/common';
import { Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDatepickerIntl, MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RECONCILE_MAX_DAYS } from '@dmh/sync';
import { TranslocoDirective } from '@jsverse/transloco';
import { map, of } from 'rxjs';
import { ApiError } from '../core/api/api-error';
import { Api } from '../core/api/api.service';
import { describeError, fieldMessages, type Message } from '../core/errors/error-messages';
import { TranslatedDatepickerIntl } from '../core/i18n/datepicker-intl';
import { ListFrame } from '../shared/list/list-frame';
import { PagedList } from '../shared/list/paged-list';
import { permission } from '../shared/permissions';
import {
  itemsPage, lastDay, pastRun, RECONCILE_FIELDS, reconcileBody, reconcileProblems, REQUEUE_ACTION, tableCounts, type PastRun, type ReconcileField,
  type ReconcileForm, type ReconcileItem, type SessionRun,
} from './reconcile-rules';

/**
 * Reconciliation of a brand's target: a brand and whole days (checked as the API checks them, beside the
 * field), the run's progress while the API compares (it answers when done: the bar runs until then, with the
 * time taken), then the counts per table, the bar at 100 %, and the differences a page at a time. The runs of
 * this session are listed; re-queuing runs of every session come from the audit log (the API keeps no other
 * record of a run), paginated on the server.
 */
@Component({
  selector: 'app-sync-reconcile',
  imports: [
    DatePipe, FormsModule, MatButtonModule, MatCheckboxModule, MatDatepickerModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule,
    MatSelectModule, MatTableModule, TranslocoDirective, ListFrame,
  ],
  providers: [{ provide: MatDatepickerIntl, useClass: TranslatedDatepickerIntl }],
  templateUrl: './sync-reconcile.html',
  styleUrls: ['../shared/list/list-page.scss', './sync.scss'],
})
export class SyncReconcile implements OnInit {
  private readonly api = inject(Api);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly canRun = permission('sync:manage');
  protected readonly canReadAudit = permission('audit:read');
  protected readonly brands = signal<Array<{ id: string; name: string }> | null>(null);
  protected readonly form = signal<ReconcileForm>({ brandId: '', from: null, to: null, requeue: true });
  protected readonly problems = signal<Partial<Record<ReconcileField, Message>>>({});
  protected readonly banner = signal<Message | null>(null);
  protected readonly runs = signal<SessionRun[]>([]);
  protected readonly shownId = signal<number | null>(null);
  protected readonly shown = computed(() => this.runs().find((r) => r.id === this.shownId()) ?? null);
  protected readonly running = computed(() => this.runs().some((r) => r.state === 'running'));
  protected readonly elapsed = signal(0);
  protected readonly counts = computed(() => {
    const r = this.shown()?.result;
    return r ? { orders: tableCounts(r.orders), rewards: tableCounts(r.rewards) } : null;
  });
  protected problemFilter: 'missing' | 'different' | '' = '';
  protected readonly itemColumns = ['entity', 'id', 'order', 'problem', 'columns'];
  protected readonly pastColumns = ['at', 'brand', 'range', 'orders', 'rewards', 'requeued'];
  protected readonly differences = new PagedList<ReconcileItem>(
    (page, size) => of(itemsPage(this.shown()?.result?.items ?? [], page, size, this.problemFilter)),
    this.destroyRef,
  );
  protected readonly past = new PagedList<PastRun>(
    (page, pageSize) => {
      const brandId = this.form().brandId;
      return this.api
        .get('/api/v1/audit-logs', { query: { page, pageSize, action: REQUEUE_ACTION, ...(brandId ? { brandId } : {}) } })
        .pipe(map((p) => ({ ...p, items: p.items.map(pastRun) })));
    },
    this.destroyRef,
  );
  protected readonly maxDays = RECONCILE_MAX_DAYS;
  protected readonly lastDay = lastDay;
  private nextId = 1;

  ngOnInit(): void {
    this.api.get('/api/v1/brands', { query: { page: 1, pageSize: 100 } }).subscribe({
      next: (p) => {
        this.brands.set(p.items);
        if (p.items.length === 1) this.patch({ brandId: p.items[0].id });
        if (this.canReadAudit()) this.past.reload();
      },
      error: (err: unknown) => this.banner.set(describeError(err)),
    });
  }

  protected patch(change: Partial<ReconcileForm>): void {
    this.form.update((f) => ({ ...f, ...change }));
    const fields = Object.keys(change) as ReconcileField[];
    this.problems.update((p) => Object.fromEntries(Object.entries(p).filter(([k]) => !fields.includes(k as ReconcileField) && k !== 'to')));
    if ('brandId' in change && this.canReadAudit()) this.past.restart();
  }

  protected brandName(id: string | null): string {
    return this.brands()?.find((b) => b.id === id)?.name ?? (id ? `#${id}` : '—');
  }

  protected start(): void {
    const form = this.form();
    const problems = reconcileProblems(form);
    this.problems.set(problems);
    const body = reconcileBody(form);
    if (Object.keys(problems).length || !body || this.running()) return;
    this.banner.set(null);
    const run: SessionRun = {
      id: this.nextId++, brandId: body.brandId, brandName: this.brandName(body.brandId), from: body.from, to: body.to, requeue: body.requeue ?? true,
      startedAt: Date.now(), state: 'running', result: null, error: null,
    };
    this.runs.update((rs) => [run, ...rs]);
    this.show(run.id);
    this.elapsed.set(0);
    const timer = setInterval(() => this.elapsed.set(Math.round((Date.now() - run.startedAt) / 1000)), 1000);
    this.destroyRef.onDestroy(() => clearInterval(timer));
    this.api.post('/api/v1/sync/reconciliations', { body }).subscribe({
      next: (result) => {
        clearInterval(timer);
        this.finish(run.id, { state: 'done', result });
        if (result.requeued > 0 && this.canReadAudit()) this.past.restart();
      },
      error: (err: unknown) => {
        clearInterval(timer);
        const byField = fieldMessages(err, RECONCILE_FIELDS);
        const beside = Object.fromEntries(Object.entries(byField).filter(([k]) => k).map(([k, ms]) => [k, ms[0]]));
        this.problems.set(beside);
        const message = byField['']?.[0] ?? (err instanceof ApiError && err.fields.length ? null : describeError(err));
        this.finish(run.id, { state: 'failed', error: message ?? { key: 'sync.reconcile.refused' } });
      },
    });
  }

  protected show(id: number): void {
    this.shownId.set(id);
    this.problemFilter = '';
    this.differences.restart();
  }

  protected filterProblems(): void {
    this.differences.restart();
  }

  private finish(id: number, change: Partial<SessionRun>): void {
    this.runs.update((rs) => rs.map((r) => (r.id === id ? { ...r, ...change } : r)));
    if (this.shownId() === id) this.differences.restart();
  }
}
