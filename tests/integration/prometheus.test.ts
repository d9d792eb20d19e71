import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { APPS } from '../../scripts/stack/apps';
import type { Stack } from '../../scripts/stack/stack';
import { createOrder, waitFor } from './support/api-client';
import { createBrand, createCampaign, createDistributorChain, nextPhone } from './support/factories';
import { payThroughSandbox } from './support/payer';
import { balanceOf, setCurrentStack } from './support/suite';
import { startTestStack, stopTestStack } from './support/test-stack';

/**
 * The stack's own Prometheus (scripts/stack/infra/prometheus.ts), read through its HTTP API only: it scrapes
 * every app and every Dapr process of the running stack, loads deploy/prometheus/alerts.yml, fires nothing on a
 * healthy stack, and one paid order shows in the business series the README names (Metrics and alerts).
 */
let stack: Stack | undefined;
/** Epoch seconds when every app was ready: samples after it come from this run's processes only. */
let readyAt = 0;

before(async () => {
  stack = await startTestStack();
  setCurrentStack(stack);
  readyAt = Date.now() / 1000;
}, { timeout: 900_000 });

after(async () => {
  await stopTestStack(stack);
}, { timeout: 120_000 });

async function prometheus<T>(pathAndQuery: string): Promise<T> {
  const response = await fetch(`${stack!.urls.prometheus}${pathAndQuery}`, { signal: AbortSignal.timeout(10_000) });
  const body = (await response.json()) as { status: string; data: T; error?: string };
  assert.equal(response.status, 200, `${pathAndQuery}: ${response.status} ${body.error ?? ''}`);
  assert.equal(body.status, 'success');
  return body.data;
}

/**
 * The value of `sum(<selector>)` as scraped during this run only: the data directory is kept between runs, and
 * a series of an earlier run can still be inside the 5-minute look-back of a plain instant query. null: no series.
 */
async function sumNow(selector: string): Promise<number | null> {
  const window = Math.max(1, Math.ceil(Date.now() / 1000 - readyAt));
  const data = await prometheus<{ result: { value: [number, string] }[] }>(
    `/api/v1/query?query=${encodeURIComponent(`sum(last_over_time(${selector}[${window}s]))`)}`,
  );
  return data.result.length === 0 ? null : Number(data.result[0]!.value[1]);
}

interface Target {
  scrapePool: string;
  scrapeUrl: string;
  health: 'up' | 'down' | 'unknown';
  lastError: string;
  labels: Record<string, string>;
}

/** What must be scraped, from the apps table and the ports the stack runs with (not from the stack's own list). */
function expectedTargets(): Map<string, { job: string; sidecarOf?: string }> {
  const p = stack!.cfg.ports;
  const url = (port: number) => `http://127.0.0.1:${port}/metrics`;
  const expected = new Map<string, { job: string; sidecarOf?: string }>();
  for (const app of APPS) {
    if (!app.dapr) continue; // the WeChat Pay sandbox stands in for WeChat: no metrics
    expected.set(url(p[app.port]), { job: app.dapr.appId });
    expected.set(url(p[app.dapr.ports.metrics]), { job: 'daprd', sidecarOf: app.dapr.appId });
  }
  expected.set(url(p.placementMetrics), { job: 'dapr-placement' });
  expected.set(url(p.schedulerMetrics), { job: 'dapr-scheduler' });
  return expected;
}

const ALERT_NAMES = [...fs.readFileSync(path.join(__dirname, '..', '..', 'deploy', 'prometheus', 'alerts.yml'), 'utf8').matchAll(/^\s+- alert: (\S+)$/gm)].map((m) => m[1]!);

interface Rule {
  name: string;
  type: 'alerting' | 'recording';
  health: string;
  lastError?: string;
  lastEvaluation: string;
  state?: 'inactive' | 'pending' | 'firing';
}

/** Every rule of alerts.yml evaluated since `sinceSeconds` without error, and no alert pending or firing. */
async function assertRulesLoadedAndQuiet(sinceSeconds: number): Promise<void> {
  const rules = await waitFor('every rule evaluated since the mark', async () => {
    const data = await prometheus<{ groups: { file: string; rules: Rule[] }[] }>('/api/v1/rules');
    const all = data.groups.flatMap((g) => g.rules);
    return all.length > 0 && all.every((r) => Date.parse(r.lastEvaluation) / 1000 > sinceSeconds) ? all : false;
  }, 30_000, 500);
  const alerting = rules.filter((r) => r.type === 'alerting');
  assert.deepEqual(alerting.map((r) => r.name).sort(), [...ALERT_NAMES].sort(), 'the alerts of deploy/prometheus/alerts.yml are loaded');
  assert.ok(ALERT_NAMES.length >= 5, ALERT_NAMES.join(', '));
  assert.ok(rules.some((r) => r.type === 'recording'), 'the recording rules are loaded');
  for (const r of rules) assert.equal(r.health, 'ok', `${r.name}: ${r.lastError ?? ''}`);
  for (const r of alerting) assert.equal(r.state, 'inactive', `${r.name} is ${r.state} on a healthy stack`);
  const alerts = await prometheus<{ alerts: { labels: Record<string, string>; state: string }[] }>('/api/v1/alerts');
  assert.deepEqual(alerts.alerts.map((a) => `${a.labels.alertname} ${a.state}`), [], 'no alert pending or firing');
}

describe("the stack's Prometheus", () => {
  test('scrapes every app and every daprd, placement and scheduler, and all of them are up', async () => {
    const expected = expectedTargets();
    assert.equal(expected.size, 8, 'three apps, three sidecars, placement, scheduler');
    let last: Target[] = [];
    try {
      await waitFor('every expected target scraped and up', async () => {
        last = (await prometheus<{ activeTargets: Target[] }>('/api/v1/targets?state=active')).activeTargets;
        return [...expected.keys()].every((url) => last.some((t) => t.scrapeUrl === url && t.health === 'up'));
      }, 30_000, 500);
    } catch {
      // Fall through to the assertions below, which name what is missing or down.
    }
    const scraped = new Map(last.map((t) => [t.scrapeUrl, t]));
    for (const [url, want] of expected) {
      const t = scraped.get(url);
      assert.ok(t, `${url} (${want.job}${want.sidecarOf ? ` of ${want.sidecarOf}` : ''}) is not scraped; scraped: ${[...scraped.keys()].join(', ')}`);
      assert.equal(t.health, 'up', `${url}: ${t.health} ${t.lastError}`);
      assert.equal(t.labels.job, want.job, url);
      assert.equal(t.labels.sidecar_of, want.sidecarOf, url);
    }
    assert.deepEqual([...scraped.keys()].sort(), [...expected.keys()].sort(), 'nothing else is scraped');
    // Each kind of target answered with its own metrics: DMH's from the apps, Dapr's from the control plane.
    for (const job of ['dmh-api', 'dmh-actors', 'dmh-sync']) assert.ok((await sumNow(`process_start_time_seconds{job="${job}"}`)) !== null, `${job}: Node's process metrics`);
    assert.equal(await sumNow('up{job="daprd"}'), 3, 'three sidecars up');
    assert.equal(await sumNow('up{job=~"dapr-placement|dapr-scheduler"}'), 2);
  });

  test('loads the alert and recording rules of deploy/prometheus/alerts.yml, and none is pending or firing on the idle stack', async () => {
    await assertRulesLoadedAndQuiet(readyAt);
  });

  test('one paid order: payment callbacks (paid) +1, reward settlement delay observed once, orders created +1, synced', async () => {
    const series = {
      paid: 'dmh_payment_callbacks_total{job="dmh-api",outcome="paid"}',
      notPaid: 'dmh_payment_callbacks_total{job="dmh-api",outcome!="paid"}',
      settledCount: 'dmh_reward_settlement_delay_seconds_count{job="dmh-api"}',
      settledSum: 'dmh_reward_settlement_delay_seconds_sum{job="dmh-api"}',
      ordersCreated: 'dmh_orders_created_total{job="dmh-actors"}',
      callbackAnswers: 'dmh_api_http_request_duration_seconds_count{job="dmh-api",method="POST",route=~".*/payment/callback",status_class="2xx"}',
      syncSuccess: 'dmh_sync_attempts_total{job="dmh-sync",outcome="success"}',
    } as const;
    type Name = keyof typeof series;
    const read = async (): Promise<Record<Name, number | null>> => {
      const entries = await Promise.all((Object.keys(series) as Name[]).map(async (k) => [k, await sumNow(series[k])] as const));
      return Object.fromEntries(entries) as Record<Name, number | null>;
    };
    // Every series but the sync attempts exists from the start at 0 (a counter born at 1 shows no increase).
    const before = await waitFor('the business series scraped in this run', async () => {
      const v = await read();
      return (['paid', 'notPaid', 'settledCount', 'settledSum', 'ordersCreated'] as const).every((k) => v[k] !== null) ? v : false;
    }, 30_000, 500);
    const mark = Date.now() / 1000;

    const brandId = await createBrand();
    const chain = await createDistributorChain(brandId, 3);
    const campaignId = await createCampaign(brandId);
    const order = await createOrder(campaignId, nextPhone(), chain[2]!.distributorId);
    const answer = await payThroughSandbox(order.orderNo);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    await waitFor('three balances credited', async () => (await balanceOf(chain[0]!.userId)) === '2.00', 30_000, 50);

    const grown = await waitFor('Prometheus to scrape the paid order', async () => {
      const v = await read();
      const up = (k: Name) => (v[k] ?? 0) >= (before[k] ?? 0) + 1;
      return up('paid') && up('settledCount') && up('ordersCreated') && up('callbackAnswers') && up('syncSuccess') ? v : false;
    }, 60_000, 500);
    assert.equal(grown.paid, before.paid! + 1, 'payment callbacks, outcome paid: exactly one more');
    assert.equal(grown.notPaid, before.notPaid, 'no other outcome counted');
    assert.equal(grown.settledCount, before.settledCount! + 1, 'reward settlement delay: one observation for the order');
    const delay = grown.settledSum! - before.settledSum!;
    assert.ok(delay >= 0 && delay < 60, `the observed settlement delay is ${delay} s`);
    assert.equal(grown.ordersCreated, before.ordersCreated! + 1, 'orders created: exactly one more');
    assert.equal(grown.callbackAnswers, (before.callbackAnswers ?? 0) + 1, 'one callback answered 2xx, timed under its route pattern');
    assert.ok(grown.syncSuccess! > (before.syncSuccess ?? 0), 'the sync worker wrote the paid order');
    assert.equal(await sumNow('dmh_sync_jobs{job="dmh-sync",status="dead"}'), 0, 'no dead sync job');

    // Still quiet once the rules have seen the order.
    await assertRulesLoadedAndQuiet(mark + 5);
  });
});
