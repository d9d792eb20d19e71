import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Data } from '../../api-client/src';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Stack } from '../../scripts/stack/stack';
import { createOrder } from '../../tests/integration/support/api-client';
import { createBrand, createBrandAdmin, createCampaign, createDistributorChain, createUser, nextPhone } from '../../tests/integration/support/factories';
import { payThroughSandbox } from '../../tests/integration/support/payer';
import zh from '../public/i18n/ops/zh-CN.json';
import { accessibility, screenshot } from './browser';
import { closeConsole, openConsole } from './console-under-test';
import { type Credentials, openFromMenu, signedIn as signIn } from './session';

/**
 * Ops in Debian's Chromium against the real stack: after an order paid through the WeChat Pay sandbox (so
 * actors are active), a platform admin opens Ops from the menu and sees the three apps with their sidecars,
 * actor counts above zero, placement and scheduler up; a sidecar killed for real turns its card red with the
 * reason in words, and green again once it is back; the charts from Prometheus show the paid order (its callback,
 * its settlement delay, the order created) for the last hour and for 6 h; a brand admin has no Ops menu and sees
 * why at /ops.
 * axe-core on every screen; screens in test-artefacts/screens/.
 */
let stack: Stack;
let browser: Browser;
let consoleUrl: string;
let platformAdmin: { username: string; password: string };
let brandAdmin: { username: string; password: string };
let payOneMore: () => Promise<void>;

before(async () => {
  ({ browser, stack, consoleUrl } = await openConsole());
  const brandId = await createBrand();
  const chain = await createDistributorChain(brandId, 2);
  const campaignId = await createCampaign(brandId);
  payOneMore = async () => {
    const order = await createOrder(campaignId, nextPhone(), chain[1].distributorId);
    const paid = await payThroughSandbox(order.orderNo);
    assert.equal(paid.status, 200, JSON.stringify(paid.body));
  };
  await payOneMore();
  platformAdmin = await createUser('platform_admin');
  brandAdmin = await createBrandAdmin(brandId);
});

after(() => closeConsole(browser, stack));

function signedIn(user: Credentials): Promise<{ context: BrowserContext; page: Page }> {
  return signIn(browser, consoleUrl, user, { viewport: { width: 1440, height: 1000 } });
}

const card = (page: Page, app: string) => page.locator(`[data-app="${app}"]`);
const stateOf = async (page: Page, app: string) => (await card(page, app).getByTestId('ops-app-state').textContent())?.trim();
type Metrics = Data<'/api/v1/ops/metrics', 'get'>;

describe('ops', () => {
  test('a platform admin opens Ops from the menu: three apps up, actor counts above zero, placement and scheduler, backlogs', async () => {
    const { context, page } = await signedIn(platformAdmin);
    // The first report is held back a moment, to see (and check) the skeleton.
    await page.route('**/api/v1/ops/overview', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await openFromMenu(page, 'ops', '**/ops');
    await page.getByTestId('ops-loading').waitFor();
    await screenshot(page, '60-ops-loading');
    await page.unrouteAll({ behavior: 'wait' });

    await card(page, 'sync').waitFor();
    assert.deepEqual(await page.locator('[data-app]').evaluateAll((els) => els.map((e) => e.getAttribute('data-app'))), ['api', 'actors', 'sync']);
    for (const app of ['api', 'actors', 'sync']) {
      assert.equal(await stateOf(page, app), zh.state.up, `${app} is up`);
      assert.match((await card(page, app).getByTestId('ops-runtime-version').textContent()) ?? '', /1\.18\.\d+/);
      assert.ok((await card(page, app).getByTestId('ops-components').locator('tbody tr').count()) > 0, `${app} lists its components`);
    }
    const count = async (type: string) => Number(await card(page, 'actors').locator(`[data-actor="${type}"] [data-testid=ops-actor-count]`).textContent());
    assert.ok((await count('BalanceActor')) > 0, 'balance actors are active after the paid order');
    assert.ok((await count('CampaignActor')) > 0, 'the campaign actor is active after the sign-up');
    assert.equal(await page.locator('[data-control] .chip--good').count(), 2, 'placement and scheduler up');
    await page.getByTestId('ops-outbox').waitFor();
    await page.getByTestId('ops-sync').waitFor();
    assert.equal((await page.getByTestId('ops-summary').textContent())?.trim(), zh.allUp);
    const text = (await page.locator('section.ops').textContent()) ?? '';
    for (const secret of ['amqp://', 'allowNativePasswords', 'tcp(']) assert.ok(!text.includes(secret), `${secret} is not on the page`);
    await screenshot(page, '61-ops');
    await page.getByTestId('ops-sync').scrollIntoViewIfNeeded();
    await screenshot(page, '61-ops-backlogs');
    await context.close();
  });

  test('the charts section draws the Prometheus series of an order paid now, for the last hour and for 6 h', { timeout: 180_000 }, async () => {
    // Paid now, with the stack scraped for a while: the callback counter's 0 is in Prometheus before its 1, so the
    // rate shows it. Prometheus keeps its data across stack runs: only points from now on are this run's.
    const since = Date.now();
    await payOneMore();
    const { context, page } = await signedIn(platformAdmin);
    const chart = (key: string) => page.locator(`[data-chart="${key}"]`);
    const recent = (m: Metrics, key: string, name?: string) =>
      (m.charts.find((c) => c.key === key)?.lines ?? [])
        .filter((l) => name === undefined || l.name === name)
        .flatMap((l) => l.values.filter((v, i) => v !== null && m.times[i] >= since)) as number[];
    const seen = (m: Metrics) => recent(m, 'paymentCallbacks', 'paid').some((v) => v > 0) && recent(m, 'settlementDelayP95').length > 0 && recent(m, 'ordersCreated').some((v) => v > 0);
    // Prometheus scrapes every 5 s and the 1 h range has a point every 30 s: the order shows within about 40 s.
    // A rate needs a sample of the counter before the payment. CI once saw no paid rate within the 75 s after two
    // payments (late in a loaded run; alone the test passed): so every 20 s one more is paid while none shows.
    let metrics: Metrics | undefined;
    for (let attempt = 0; attempt < 15 && !(metrics && seen(metrics)); attempt++) {
      if (attempt > 0) await page.waitForTimeout(5_000);
      if (attempt > 0 && attempt % 4 === 0) await payOneMore();
      const answered = page.waitForResponse((r) => r.url().includes('/api/v1/ops/metrics?range=1h'));
      await page.goto(`${consoleUrl}/ops`);
      const response = await answered;
      assert.equal(response.status(), 200, await response.text());
      metrics = ((await response.json()) as { data: Metrics }).data;
    }
    assert.ok(metrics);
    assert.deepEqual([metrics.configured, metrics.range, metrics.stepSeconds, metrics.times.length], [true, '1h', 30, 121]);
    assert.ok(recent(metrics, 'paymentCallbacks', 'paid').some((v) => v > 0), 'the paid callback is counted per second');
    for (const outcome of ['invalid', 'rejected', 'error']) assert.ok(recent(metrics, 'paymentCallbacks', outcome).every((v) => v === 0), `no ${outcome} callback`);
    assert.ok(recent(metrics, 'settlementDelayP95').length > 0, 'the settlement delay has a p95 after the paid order');
    assert.ok(recent(metrics, 'ordersCreated').some((v) => v > 0), 'orders created per minute above zero');
    assert.ok(recent(metrics, 'paymentSuccess').some((v) => v > 0.99), 'the payment notification succeeded');
    for (const key of ['apiP95', 'syncBacklog', 'outboxBacklog']) assert.ok(recent(metrics, key).length > 0, `${key} has points`);

    const withData = ['apiP95', 'paymentCallbacks', 'paymentSuccess', 'settlementDelayP95', 'ordersCreated', 'syncBacklog', 'outboxBacklog'];
    for (const key of withData) {
      await chart(key).locator('[data-testid=ops-chart-plot] canvas').waitFor();
      assert.equal(await chart(key).getAttribute('data-state'), 'ready', key);
      assert.ok(Number(await chart(key).getByTestId('ops-chart-plot').getAttribute('data-points')) > 0, `${key} draws points`);
    }
    assert.equal((await chart('paymentCallbacks').locator('h3').textContent())?.trim(), zh.charts.titles.paymentCallbacks);
    await page.getByTestId('ops-charts').scrollIntoViewIfNeeded();
    await screenshot(page, '64-ops-charts');

    const sixHours = page.waitForResponse((r) => r.url().includes('/api/v1/ops/metrics?range=6h'));
    await page.locator('[data-range="6h"] button').click();
    const six = ((await (await sixHours).json()) as { data: Metrics }).data;
    assert.deepEqual([six.range, six.stepSeconds, six.times.length], ['6h', 120, 181]);
    await chart('ordersCreated').locator('[data-testid=ops-chart-plot] canvas').waitFor();
    await screenshot(page, '65-ops-charts-6h');
    await context.close();
  });

  test("a sidecar that stops answering turns its app's card red with the reason, and green again once it is back", { timeout: 180_000 }, async () => {
    const { context, page } = await signedIn(platformAdmin);
    await page.goto(`${consoleUrl}/ops`);
    await card(page, 'sync').waitFor();
    await stack.kill('sync-sidecar');
    try {
      await page.getByTestId('ops-refresh').click();
      await card(page, 'sync').locator('.chip--bad').first().waitFor();
      assert.equal(await stateOf(page, 'sync'), zh.state.down);
      const problems = (await card(page, 'sync').getByTestId('ops-app-problems').textContent()) ?? '';
      assert.match(problems, /connection refused by 127\.0\.0\.1:\d+/);
      assert.ok(problems.includes(zh.checks.metadata) && problems.includes(zh.checks.sidecarHealth), problems);
      assert.equal(await stateOf(page, 'api'), zh.state.up, 'the other apps are still reported');
      assert.match((await page.getByTestId('ops-summary').textContent()) ?? '', /1/);
      await screenshot(page, '62-ops-sidecar-down');
    } finally {
      await stack.startProcess('sync-sidecar');
    }
    // The page asks again by itself every 10 s while visible.
    await card(page, 'sync').locator('[data-testid=ops-app-state].chip--good').waitFor({ timeout: 25_000 });
    assert.equal(await card(page, 'sync').getByTestId('ops-app-problems').count(), 0, 'no problem left on the card');
    await context.close();
  });

  test('a brand admin has no Ops menu and is told why at /ops', async () => {
    const { context, page } = await signedIn(brandAdmin);
    await page.locator('[data-menu="dashboard"]').waitFor();
    assert.equal(await page.locator('[data-menu="ops"]').count(), 0, 'no Ops menu for a brand admin');
    const asked: string[] = [];
    page.on('request', (r) => r.url().includes('/api/v1/ops/') && asked.push(r.url()));
    await page.goto(`${consoleUrl}/ops`);
    await page.getByTestId('ops-forbidden').getByText(zh.forbidden.title).waitFor();
    assert.deepEqual(asked, [], 'the page does not ask the API for what the role may not see');
    await screenshot(page, '63-ops-forbidden');
    await context.close();
  });

  test('every Ops screen has no serious or critical accessibility violation (axe-core)', () => {
    assert.ok(accessibility.screens >= 5, `the screens were checked (${accessibility.screens})`);
    assert.deepEqual(Object.fromEntries(accessibility.findings), {});
  });
});
