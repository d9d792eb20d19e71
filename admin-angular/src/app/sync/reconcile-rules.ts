import type { Body, Data } from '@dmh/api-client';
import { RECONCILE_MAX_DAYS } from '@dmh/sync';
import type { Message } from '../core/errors/error-messages';
import { dayInstant } from '../shared/list/paged-list';

export type ReconcileBody = Body<'/api/v1/sync/reconciliations', 'post'>;
export type ReconcileResult = Data<'/api/v1/sync/reconciliations', 'post'>;
export type ReconcileItem = ReconcileResult['items'][number];
export type AuditEntry = Data<'/api/v1/audit-logs', 'get'>['items'][number];

/** The audit action of a reconciliation that re-queued orders (read-only runs are not audited by the API). */
export const REQUEUE_ACTION = 'sync.reconcile.requeue';

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

/** A run of this session: what was asked, when, and how it ended. */
export interface SessionRun {
  id: number;
  brandId: string;
  brandName: string;
  from: string;
  to: string;
  requeue: boolean;
  startedAt: number;
  state: 'running' | 'done' | 'failed';
  result: ReconcileResult | null;
  error: Message | null;
}

/** A re-queuing reconciliation as the audit log keeps it: the range, the counts and how many orders were re-queued. */
export interface PastRun {
  id: string;
  at: string;
  by: string | null;
  brandId: string | null;
  from: string | null;
  to: string | null;
  orders: TableCounts | null;
  rewards: TableCounts | null;
  requeued: number | null;
}

export function pastRun(entry: AuditEntry): PastRun {
  const after = (typeof entry.after === 'object' && entry.after !== null ? entry.after : {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  const counts = (v: unknown): TableCounts | null => {
    if (typeof v !== 'object' || v === null) return null;
    const c = v as Record<string, unknown>;
    const n = (x: unknown) => (typeof x === 'number' ? x : 0);
    return typeof c['checked'] === 'number' ? tableCounts({ checked: n(c['checked']), missing: n(c['missing']), different: n(c['different']) }) : null;
  };
  return {
    id: entry.id, at: entry.createdAt, by: entry.username, brandId: entry.brandId, from: text(after['from']), to: text(after['to']),
    orders: counts(after['orders']), rewards: counts(after['rewards']), requeued: typeof after['requeued'] === 'number' ? after['requeued'] : null,
  };
}

/** The differences a page at a time (they come in one answer, at most 1000), optionally one kind only. */
export function itemsPage(items: readonly ReconcileItem[], page: number, pageSize: number, problem: 'missing' | 'different' | '' = '') {
  const chosen = problem ? items.filter((i) => i.problem === problem) : items;
  return { items: chosen.slice((page - 1) * pageSize, page * pageSize), total: chosen.length, page, pageSize };
}
