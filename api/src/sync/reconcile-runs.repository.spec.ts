import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { reconcileRunSummaryView } from './sync.schemas';
import { toSummary } from './reconcile-runs.repository';

describe('a recorded reconciliation run as the API reads it', () => {
  const row = {
    id: '12', brand_id: '3', range_from: new Date('2026-12-01T00:00:00Z'), range_to: new Date('2026-12-02T00:00:00Z'), requeue: 1, status: 'running',
    target: 'default', kind: 'mysql', orders_total: '1200', orders_checked: '500', rewards_checked: '1500', orders_missing: '2', orders_different: '1',
    rewards_missing: '0', rewards_different: '4', requeued: '3', truncated: 0, error: null, created_by: '1', created_by_name: 'admin',
    created_at: new Date('2026-12-02T01:00:00.123Z'), finished_at: null,
  };

  test("maps the worker's row (MySQL's numbers as text, flags as 0/1) onto the documented answer", () => {
    const run = toSummary(row);
    assert.deepEqual(reconcileRunSummaryView.parse(run), run, 'matches the response schema');
    assert.deepEqual([run.ordersTotal, run.ordersChecked, run.requeued, run.requeue, run.truncated], [1200, 500, 3, true, false]);
    assert.deepEqual(run.orders, { checked: 500, missing: 2, different: 1 });
    assert.deepEqual(run.rewards, { checked: 1500, missing: 0, different: 4 });
    assert.deepEqual([run.from, run.createdAt, run.finishedAt], ['2026-12-01T00:00:00.000Z', '2026-12-02T01:00:00.123Z', null]);
  });

  test('a run of the command line has no author; a finished one its time', () => {
    const run = toSummary({ ...row, created_by: null, created_by_name: null, status: 'failed', error: 'ORA-12170', finished_at: new Date('2026-12-02T01:00:09Z') });
    assert.deepEqual([run.createdBy, run.createdByName, run.status, run.error, run.finishedAt], [null, null, 'failed', 'ORA-12170', '2026-12-02T01:00:09.000Z']);
  });
});
