import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../common/app-error';
import { CHART_KEYS, CHARTS } from './ops-metrics.queries';
import { opsMetricsSchema } from './ops-metrics.schemas';
import { OpsMetricsService } from './ops-metrics.service';
import type { FetchLike } from './prometheus.client';

const NOW = Date.UTC(2026, 11, 4, 12, 0, 0, 400);
const END = Math.floor(NOW / 1000);
const PROM = 'http://prom.test:9090/';

/** A fake Prometheus: records every URL asked, answers through `answer` (a matrix by default). */
function fakePrometheus(answer: (query: string) => { status: number; body: unknown } | Error) {
  const asked: URL[] = [];
  const fetchFn: FetchLike = async (url) => {
    const u = new URL(url);
    asked.push(u);
    const a = answer(u.searchParams.get('query') ?? '');
    if (a instanceof Error) throw a;
    return { ok: a.status < 300, status: a.status, text: async () => (typeof a.body === 'string' ? a.body : JSON.stringify(a.body)) };
  };
  return { asked, fetchFn };
}
const matrix = (...result: { metric: Record<string, string>; values: [number, string][] }[]) => ({ status: 200, body: { status: 'success', data: { resultType: 'matrix', result } } });
const service = (fetchFn: FetchLike, url = PROM) => new OpsMetricsService(() => ({ url, timeoutMs: 1000 }), fetchFn, () => NOW);

describe('the ops charts from Prometheus', () => {
  test('each range asks the fixed queries over that range with its step, never anything the caller wrote', async () => {
    for (const [range, step, window] of [['1h', 30, '2m'], ['6h', 120, '8m'], ['24h', 300, '20m']] as const) {
      const { asked, fetchFn } = fakePrometheus(() => matrix());
      const answer = await service(fetchFn).charts(range);
      opsMetricsSchema.parse(answer);
      const seconds = { '1h': 3600, '6h': 21600, '24h': 86400 }[range];
      assert.equal(asked.length, CHARTS.flatMap((c) => c.queries).length);
      for (const u of asked) {
        assert.equal(`${u.origin}${u.pathname}`, 'http://prom.test:9090/api/v1/query_range');
        assert.deepEqual([u.searchParams.get('start'), u.searchParams.get('end'), u.searchParams.get('step')], [String(END - seconds), String(END), `${step}s`]);
      }
      const queries = asked.map((u) => u.searchParams.get('query'));
      assert.ok(queries.includes(`histogram_quantile(0.95, sum by (le) (rate(dmh_api_http_request_duration_seconds_bucket[${window}])))`), queries.join('\n'));
      assert.ok(queries.includes(`sum by (outcome) (rate(dmh_payment_callbacks_total[${window}]))`));
      assert.ok(queries.includes(`histogram_quantile(0.95, sum by (le) (rate(dmh_reward_settlement_delay_seconds_bucket[${window}])))`));
      assert.ok(queries.includes(`sum(rate(dmh_orders_created_total[${window}])) * 60`));
      assert.ok(queries.includes('max by (status) (dmh_sync_jobs)'));
      assert.deepEqual([answer.range, answer.stepSeconds, answer.times.length], [range, step, seconds / step + 1]);
      assert.deepEqual([answer.times[0], answer.times.at(-1)], [(END - seconds) * 1000, END * 1000]);
      assert.deepEqual(answer.charts.map((c) => c.key), [...CHART_KEYS]);
    }
  });

  test("Prometheus' matrix is laid on the shared axis: lines named by their label, gaps and NaN as null", async () => {
    const start = END - 3600;
    const { fetchFn } = fakePrometheus((q) => {
      if (q.includes('dmh_payment_callbacks_total[')) {
        return matrix(
          { metric: { outcome: 'paid' }, values: [[start, '0'], [start + 30, '0.25'], [END, '0.5']] },
          { metric: { outcome: 'invalid' }, values: [[start + 60, '0']] },
        );
      }
      if (q.includes('dmh_api_http_request_duration_seconds')) return matrix({ metric: {}, values: [[start, 'NaN'], [start + 30, '0.012'], [start + 60, '+Inf']] });
      if (q.includes('dmh_outbox_failing')) return matrix({ metric: {}, values: [[END, '2']] });
      return matrix();
    });
    const answer = await service(fetchFn).charts('1h');
    const chart = (key: string) => answer.charts.find((c) => c.key === key)!;
    const payments = chart('paymentCallbacks');
    assert.deepEqual(payments.lines.map((l) => l.name), ['invalid', 'paid']);
    const paid = payments.lines[1].values;
    assert.equal(paid.length, 121);
    assert.deepEqual([paid[0], paid[1], paid[2], paid[120]], [0, 0.25, null, 0.5]);
    assert.deepEqual(chart('apiP95').lines.map((l) => [l.name, l.values.slice(0, 3)]), [['p95', [null, 0.012, null]]]);
    assert.deepEqual(chart('outboxBacklog').lines.map((l) => [l.name, l.values[120]]), [['failing', 2]]);
    assert.deepEqual([chart('ordersCreated').lines, chart('ordersCreated').error], [[], null]);
    assert.equal(chart('apiP95').unit, 'seconds');
  });

  test('no Prometheus configured: says so, asks nothing', async () => {
    const { asked, fetchFn } = fakePrometheus(() => matrix());
    const answer = await service(fetchFn, '').charts('6h');
    opsMetricsSchema.parse(answer);
    assert.equal(asked.length, 0);
    assert.deepEqual([answer.configured, answer.times, answer.charts.every((c) => c.lines.length === 0 && c.error === null)], [false, [], true]);
  });

  test('Prometheus not answering or answering 5xx is a dependency outage (503, 50300) with the reason in words', async () => {
    const refused = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    const cases: [ReturnType<Parameters<typeof fakePrometheus>[0]>, RegExp][] = [
      [refused, /^Prometheus is unavailable, retry shortly: connection refused by prom\.test:9090/],
      [Object.assign(new Error('timed out'), { name: 'TimeoutError' }), /no answer from prom\.test:9090 within 1000 ms/],
      [{ status: 503, body: 'Service Unavailable' }, /Prometheus answered HTTP 503/],
    ];
    for (const [answer, message] of cases) {
      const { fetchFn } = fakePrometheus(() => answer);
      await assert.rejects(service(fetchFn).charts('1h'), (err: unknown) => {
        assert.ok(err instanceof AppError);
        assert.deepEqual([err.errorName, err.http, err.code], ['DEPENDENCY_UNAVAILABLE', 503, 50300]);
        assert.match(err.message, message);
        return true;
      });
    }
  });

  test('a query Prometheus refuses, or an answer that is no matrix, fails only its own chart', async () => {
    const { fetchFn } = fakePrometheus((q) => {
      if (q.includes('dmh_sync_jobs')) return { status: 422, body: { status: 'error', errorType: 'execution', error: 'query processing would load too many samples' } };
      if (q.includes('dmh_orders_created_total')) return { status: 200, body: '<html>proxy login</html>' };
      return matrix({ metric: {}, values: [[END, '1']] });
    });
    const answer = await service(fetchFn).charts('24h');
    const errors = Object.fromEntries(answer.charts.map((c) => [c.key, c.error]));
    assert.equal(errors['syncBacklog'], 'Prometheus refused the query (HTTP 422, execution): query processing would load too many samples');
    assert.equal(errors['ordersCreated'], 'Prometheus answered HTTP 200 with something other than a range query result');
    assert.deepEqual(answer.charts.filter((c) => c.error === null).map((c) => c.lines.length > 0), [true, true, true, true, true, true]);
  });
});
