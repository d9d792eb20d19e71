import { RECONCILE_MAX_DAYS } from '@dmh/sync';
import { itemsPage, lastDay, pastRun, reconcileBody, reconcileProblems, tableCounts, type AuditEntry, type ReconcileItem } from './reconcile-rules';

describe('reconciliation rules', () => {
  const day = (y: number, m: number, d: number) => new Date(y, m - 1, d);

  it('sends whole days: from the first midnight to the midnight after the last day', () => {
    const body = reconcileBody({ brandId: '7', from: day(2026, 12, 1), to: day(2026, 12, 3), requeue: false })!;
    expect(new Date(body.from).getTime()).toBe(day(2026, 12, 1).getTime());
    expect(new Date(body.to).getTime()).toBe(day(2026, 12, 4).getTime());
    expect(body).toEqual(jasmine.objectContaining({ brandId: '7', requeue: false }));
    expect(lastDay(body.to).getDate()).toBe(3); // shown as the last day asked for
  });

  it('refuses before sending what the API refuses, beside the field it names', () => {
    expect(reconcileProblems({ brandId: '', from: null, to: null, requeue: true })).toEqual({
      brandId: { key: 'sync.reconcile.required' }, from: { key: 'sync.reconcile.required' }, to: { key: 'sync.reconcile.required' },
    });
    expect(reconcileProblems({ brandId: '1', from: day(2026, 12, 3), to: day(2026, 12, 1), requeue: true })).toEqual({ to: { key: 'sync.reconcile.toBeforeFrom' } });
    expect(reconcileProblems({ brandId: '1', from: day(2026, 12, 3), to: day(2026, 12, 3), requeue: true })).toEqual({}); // one whole day
    const wide = { brandId: '1', from: day(2026, 1, 1), to: new Date(2026, 0, RECONCILE_MAX_DAYS), requeue: true };
    expect(reconcileProblems(wide)).toEqual({});
    expect(reconcileProblems({ ...wide, to: new Date(2026, 0, RECONCILE_MAX_DAYS + 1) })).toEqual({ to: { key: 'sync.reconcile.tooWide', params: { days: RECONCILE_MAX_DAYS } } });
  });

  it('counts the rows that agree, 100 % when there was nothing to check', () => {
    expect(tableCounts({ checked: 4, missing: 1, different: 1 })).toEqual({ checked: 4, missing: 1, different: 1, matching: 2, matchingPercent: 50 });
    expect(tableCounts({ checked: 0, missing: 0, different: 0 }).matchingPercent).toBe(100);
  });

  it('pages the differences, one kind or all', () => {
    const items: ReconcileItem[] = Array.from({ length: 25 }, (_, i) => ({
      entityType: 'order', id: String(i + 1), orderId: String(i + 1), problem: i % 5 === 0 ? 'different' : 'missing', columns: [],
    }));
    expect(itemsPage(items, 2, 10)).toEqual(jasmine.objectContaining({ total: 25, page: 2, pageSize: 10 }));
    expect(itemsPage(items, 3, 10).items.map((i) => i.id)).toEqual(['21', '22', '23', '24', '25']);
    expect(itemsPage(items, 1, 10, 'different').items.map((i) => i.id)).toEqual(['1', '6', '11', '16', '21']);
  });

  it('reads a past re-queuing run from its audit entry, and survives an entry of another shape', () => {
    const entry = {
      id: '9', userId: '1', username: 'admin', action: 'sync.reconcile.requeue', resource: 'sync_job', resourceId: null, brandId: '3', ip: null, userAgent: null,
      before: null, after: { from: '2026-12-01T00:00:00.000Z', to: '2026-12-02T00:00:00.000Z', orders: { checked: 4, missing: 1, different: 1 }, rewards: { checked: 12, missing: 1, different: 0 }, requeued: 3 },
      createdAt: '2026-12-02T01:00:00.000Z', prevHash: 'a', hash: 'b',
    } as AuditEntry;
    const run = pastRun(entry);
    expect(run).toEqual(jasmine.objectContaining({ by: 'admin', brandId: '3', from: '2026-12-01T00:00:00.000Z', requeued: 3 }));
    expect(run.orders?.matching).toBe(2);
    expect(pastRun({ ...entry, after: 'odd' })).toEqual(jasmine.objectContaining({ from: null, orders: null, requeued: null }));
  });
});
