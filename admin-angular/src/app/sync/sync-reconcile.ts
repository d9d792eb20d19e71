import { DatePipe, DOCUMENT } from '@angular/common';
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
import { of, type Subscription } from 'rxjs';
import { ApiError } from '../core/api/api-error';
import { Api } from '../core/api/api.service';
import { describeError, fieldMessages, type Message } from '../core/errors/error-messages';
import { TranslatedDatepickerIntl } from '../core/i18n/datepicker-intl';
import { ListFrame } from '../shared/list/list-frame';
import { PagedList } from '../shared/list/paged-list';
import { permission } from '../shared/permissions';
import { whileVisible } from '../shared/while-visible';
import {
  differingOrders, itemsPage, lastDay, POLL_EVERY_MS, RECONCILE_FIELDS, reconcileBody, reconcileProblems, runPercent, shouldPoll, tableCounts,
  type ReconcileField, type ReconcileForm, type ReconcileItem, type ReconcileRun, type ReconcileRunSummary,
} from './reconcile-rules';

/**
 * Reconciliation of a brand's target as recorded runs: a brand and whole days (checked as the API checks
 * them, beside the field); the API answers at once with the run and the sync worker compares a chunk of
 * orders at a time, so the page asks for the run about once a second while it runs and the page is visible,
 * and the bar shows the orders checked of the total. Then the counts per table and the differences a page at
 * a time. The history lists every run of the caller's brands (paginated on the server); a row opens its result.
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
  private readonly document = inject(DOCUMENT);
  protected readonly canRun = permission('sync:manage');
  protected readonly brands = signal<Array<{ id: string; name: string }> | null>(null);
  protected readonly form = signal<ReconcileForm>({ brandId: '', from: null, to: null, requeue: true });
  protected readonly problems = signal<Partial<Record<ReconcileField, Message>>>({});
  protected readonly banner = signal<Message | null>(null);
  /** The run on show: null before one is started or opened. */
  protected readonly run = signal<ReconcileRun | null>(null);
  protected readonly opening = signal(false);
  protected readonly starting = signal(false);
  /** A failure to start, or to read the run on show, in words. */
  protected readonly runProblem = signal<Message | null>(null);
  protected readonly running = computed(() => this.starting() || this.run()?.status === 'running');
  protected readonly percent = computed(() => {
    const r = this.run();
    return r ? runPercent(r) : 0;
  });
  protected readonly counts = computed(() => {
    const r = this.run();
    return r ? { orders: tableCounts(r.orders), rewards: tableCounts(r.rewards) } : null;
  });
  protected readonly differing = computed(() => differingOrders(this.run()?.items ?? []));
  protected problemFilter: 'missing' | 'different' | '' = '';
  protected readonly itemColumns = ['entity', 'id', 'order', 'problem', 'columns'];
  protected readonly historyColumns = ['at', 'brand', 'range', 'status', 'orders', 'rewards', 'requeued'];
  protected readonly differences = new PagedList<ReconcileItem>(
    (page, size) => of(itemsPage(this.run()?.items ?? [], page, size, this.problemFilter)),
    this.destroyRef,
  );
  protected readonly history = new PagedList<ReconcileRunSummary>((page, pageSize) => {
    const brandId = this.form().brandId;
    return this.api.get('/api/v1/sync/reconciliations', { query: { page, pageSize, ...(brandId ? { brandId } : {}) } });
  }, this.destroyRef);
  protected readonly maxDays = RECONCILE_MAX_DAYS;
  protected readonly lastDay = lastDay;
  protected readonly runPercent = runPercent;
  private inFlight: Subscription | null = null;

  ngOnInit(): void {
    this.api.get('/api/v1/brands', { query: { page: 1, pageSize: 100 } }).subscribe({
      next: (p) => {
        this.brands.set(p.items);
        if (p.items.length === 1) this.patch({ brandId: p.items[0].id });
        else this.history.reload();
      },
      error: (err: unknown) => this.banner.set(describeError(err)),
    });
    whileVisible(this.document, this.destroyRef, POLL_EVERY_MS, () => this.poll());
    this.destroyRef.onDestroy(() => this.inFlight?.unsubscribe());
  }

  protected patch(change: Partial<ReconcileForm>): void {
    this.form.update((f) => ({ ...f, ...change }));
    const fields = Object.keys(change) as ReconcileField[];
    this.problems.update((p) => Object.fromEntries(Object.entries(p).filter(([k]) => !fields.includes(k as ReconcileField) && k !== 'to')));
    if ('brandId' in change) this.history.restart();
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
    this.runProblem.set(null);
    this.starting.set(true);
    this.api.post('/api/v1/sync/reconciliations', { body }).subscribe({
      next: (run) => {
        this.starting.set(false);
        this.show(run);
        this.history.restart();
      },
      error: (err: unknown) => {
        this.starting.set(false);
        const byField = fieldMessages(err, RECONCILE_FIELDS);
        const beside = Object.fromEntries(Object.entries(byField).filter(([k]) => k).map(([k, ms]) => [k, ms[0]]));
        this.problems.set(beside);
        const message = byField['']?.[0] ?? (err instanceof ApiError && err.fields.length ? null : describeError(err));
        this.runProblem.set(message ?? { key: 'sync.reconcile.refused' });
      },
    });
  }

  /** Opens a past run from the history (its differences come with it). */
  protected open(id: string): void {
    this.inFlight?.unsubscribe();
    this.opening.set(true);
    this.runProblem.set(null);
    this.inFlight = this.api.get('/api/v1/sync/reconciliations/{id}', { params: { id } }).subscribe({
      next: (run) => {
        this.opening.set(false);
        this.show(run);
      },
      error: (err: unknown) => {
        this.opening.set(false);
        this.runProblem.set(describeError(err));
      },
    });
  }

  protected filterProblems(): void {
    this.differences.restart();
  }

  /** Asks for the running run again (the timer, the page becoming visible); never two calls at once. */
  private poll(): void {
    const run = this.run();
    if (!run || !shouldPoll(run, this.document.visibilityState !== 'hidden', !!this.inFlight && !this.inFlight.closed)) return;
    this.inFlight = this.api.get('/api/v1/sync/reconciliations/{id}', { params: { id: run.id } }).subscribe({
      next: (next) => {
        if (this.run()?.id !== next.id) return;
        const finished = next.status !== 'running';
        this.show(next, false);
        if (finished) this.history.reload();
      },
      // A lost answer is asked again on the next tick; the words stay until one arrives.
      error: (err: unknown) => this.runProblem.set(describeError(err)),
    });
  }

  private show(run: ReconcileRun, fresh = true): void {
    this.runProblem.set(null);
    const before = this.run();
    this.run.set(run);
    if (fresh) this.problemFilter = '';
    if (fresh) this.differences.restart();
    else if (before?.items.length !== run.items.length || before?.status !== run.status) this.differences.reload();
  }
}
