import type { Body, Data } from '@dmh/api-client';
import { RECONCILE_MAX_DAYS } from '@dmh/sync';
import type { Message } from '../core/errors/error-messages';
import { dayInstant } from '../shared/list/paged-list';

export type ReconcileBody = Body<'/api/v1/sync/reconciliations', 'post'>;
/** A recorded run with its progress, counts and differences (GET /sync/reconciliations/{id}). */
export type ReconcileRun = Data<'/api/v1/sync/reconciliations/{id}', 'get'>;
/** A run as the history lists it (no differences). */
export type ReconcileRunSummary = Data<'/api/v1/sync/reconciliations', 'get'>['items'][number];
export type ReconcileItem = ReconcileRun['items'][number];

/** How often a running run is asked again (only while the page is visible). */
export const POLL_EVERY_MS = 1000;

/** The start form: whole days, `to` included (sent as the start of the next day, as the API's `to` is exclusive). */
export interface ReconcileForm {
  brandId: string;
  from: Date | null;
  to: Date | null;
  requeue: boolean;
}

export type ReconcileField = 'brandId' | 'from' | 'to';
/** The API's names of the form's fields, for its 40000 field errors. */
export const RECONCILE_FIELDS: Readonly<Record<ReconcileField, string>> = { brandId: 'body.brandId', from: 'body.from', to: 'body.to' };

/** The body, when the form is complete. */
export function reconcileBody(form: ReconcileForm): ReconcileBody | null {
  const from = dayInstant(form.from);
  const to = dayInstant(form.to, true);
  if (!form.brandId || !from || !to) return null;
  return { brandId: form.brandId, from, to, requeue: form.requeue };
}

/** The API's rules (`reconcileBody` in api/src/sync/sync.schemas.ts), checked before sending, each beside its field. */
export function reconcileProblems(form: ReconcileForm): Partial<Record<ReconcileField, Message>> {
  const problems: Partial<Record<ReconcileField, Message>> = {};
  if (!form.brandId) problems.brandId = { key: 'sync.reconcile.required' };
  if (!form.from) problems.from = { key: 'sync.reconcile.required' };
  if (!form.to) problems.to = { key: 'sync.reconcile.required' };
  const body = reconcileBody(form);
  if (form.from && form.to && body) {
    const span = Date.parse(body.to) - Date.parse(body.from);
    if (!(span > 0)) problems.to = { key: 'sync.reconcile.toBeforeFrom' };
    else if (span > RECONCILE_MAX_DAYS * 86_400_000) problems.to = { key: 'sync.reconcile.tooWide', params: { days: RECONCILE_MAX_DAYS } };
  }
  return problems;
}

/** The last day a range covers, for the page (its `to` is the exclusive instant after it). */
export function lastDay(to: string): Date {
  return new Date(Date.parse(to) - 1);
}

/** One table's counts as the page shows them: how many rows agree, and the share checked and found right. */
export interface TableCounts {
  checked: number;
  missing: number;
  different: number;
  matching: number;
  /** Share of the checked rows that agree, 0–100 (100 when nothing was to check). */
  matchingPercent: number;
}

export function tableCounts(c: { checked: number; missing: number; different: number }): TableCounts {
  const matching = Math.max(0, c.checked - c.missing - c.different);
  return { ...c, matching, matchingPercent: c.checked === 0 ? 100 : Math.round((matching / c.checked) * 100) };
}

/** A run's progress as the bar shows it: orders checked of the total, 0–100 (a finished run is at 100). */
export function runPercent(run: Pick<ReconcileRunSummary, 'status' | 'ordersChecked' | 'ordersTotal'>): number {
  if (run.status === 'done' || run.ordersTotal === 0) return run.status === 'running' ? 0 : 100;
  return Math.min(100, Math.floor((run.ordersChecked / run.ordersTotal) * 100));
}

/** Whether the page should ask for the run again now: it is still running, the page is visible and no call is in flight. */
export function shouldPoll(run: Pick<ReconcileRunSummary, 'status'> | null, visible: boolean, inFlight: boolean): boolean {
  return run?.status === 'running' && visible && !inFlight;
}

/** How many orders a finished run would re-queue or did (a dry run counts the differing orders it found, capped by the items). */
export function differingOrders(items: readonly ReconcileItem[]): number {
  return new Set(items.map((i) => i.orderId)).size;
}

/** The differences a page at a time (they come in one answer, at most 1000), optionally one kind only. */
export function itemsPage(items: readonly ReconcileItem[], page: number, pageSize: number, problem: 'missing' | 'different' | '' = '') {
  const chosen = problem ? items.filter((i) => i.problem === problem) : items;
  return { items: chosen.slice((page - 1) * pageSize, page * pageSize), total: chosen.length, page, pageSize };
}
