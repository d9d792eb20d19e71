import { RECONCILE_MAX_DAYS } from '@dmh/sync';
import { differingOrders, itemsPage, lastDay, reconcileBody, reconcileProblems, runPercent, shouldPoll, tableCounts, type ReconcileItem } from './reconcile-rules';

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

  it("shows a run's progress as orders checked of the total, 100 % once done, never past it", () => {
    expect(runPercent({ status: 'running', ordersChecked: 0, ordersTotal: 1200 })).toBe(0);
    expect(runPercent({ status: 'running', ordersChecked: 500, ordersTotal: 1200 })).toBe(41);
    expect(runPercent({ status: 'running', ordersChecked: 1200, ordersTotal: 1200 })).toBe(100);
    expect(runPercent({ status: 'running', ordersChecked: 0, ordersTotal: 0 })).toBe(0);
    expect(runPercent({ status: 'done', ordersChecked: 0, ordersTotal: 0 })).toBe(100);
    expect(runPercent({ status: 'failed', ordersChecked: 500, ordersTotal: 1200 })).toBe(41);
    expect(runPercent({ status: 'running', ordersChecked: 1300, ordersTotal: 1200 })).toBe(100);
  });

  it('asks again only for a running run, on a visible page, with no call in flight', () => {
    expect(shouldPoll({ status: 'running' }, true, false)).toBeTrue();
    expect(shouldPoll({ status: 'running' }, false, false)).toBeFalse();
    expect(shouldPoll({ status: 'running' }, true, true)).toBeFalse();
    expect(shouldPoll({ status: 'done' }, true, false)).toBeFalse();
    expect(shouldPoll({ status: 'failed' }, true, false)).toBeFalse();
    expect(shouldPoll(null, true, false)).toBeFalse();
  });

  it('counts the orders behind the differences once each', () => {
    const item = (orderId: string, entityType: 'order' | 'reward'): ReconcileItem => ({ entityType, id: orderId + entityType, orderId, problem: 'missing', columns: [] });
    expect(differingOrders([item('1', 'order'), item('1', 'reward'), item('2', 'reward')])).toBe(2);
    expect(differingOrders([])).toBe(0);
  });
});
