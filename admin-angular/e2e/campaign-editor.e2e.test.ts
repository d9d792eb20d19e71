import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import type { Stack } from '../../scripts/stack/stack';
import { call } from '../../tests/integration/support/api-client';
import zhEditor from '../public/i18n/campaign-editor/zh-CN.json';
import zh from '../public/i18n/zh-CN.json';
import { accessibility, screenshot } from './browser';
import { closeConsole, openConsole } from './console-under-test';
import { openFromMenu, submitLogin } from './session';

/**
 * The campaign editor and its form builder in Debian's Chromium against the real stack: a brand admin
 * creates a campaign with a three-field form (one a choice), publishes it, and the public campaign
 * endpoint the consumer app reads answers with those fields; the API's refusal is said beside its field.
 */
const BRAND_ADMIN = { username: 'brandadmin', password: 'Brand@12345' };

let stack: Stack;
let browser: Browser;
let consoleUrl: string;

before(async () => {
  ({ browser, stack, consoleUrl } = await openConsole());
});

after(() => closeConsole(browser, stack));

/** `yyyy-MM-ddTHH:mm` for a datetime-local input, `days` from now. */
function localInput(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A drag as a hand makes it (press, several moves, release): the CDK starts a drag only past a threshold. */
async function drag(page: Page, from: Locator, to: Locator, at: 'middle' | 'top' = 'middle'): Promise<void> {
  await to.scrollIntoViewIfNeeded();
  await from.scrollIntoViewIfNeeded();
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  assert.ok(a && b, 'both ends of the drag are on screen');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, at === 'top' ? b.y + 4 : b.y + b.height / 2, { steps: 20 });
  await page.mouse.up();
}

async function confirm(page: Page): Promise<void> {
  await page.getByTestId('confirm-action').click();
}

describe('campaign editor and form builder', () => {
  test('a brand admin builds a three-field form, publishes, and the public campaign answers with those fields', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await submitLogin(page, consoleUrl, BRAND_ADMIN);
    await page.waitForURL('**/dashboard');
    await openFromMenu(page, 'campaigns', '**/campaigns');
    await page.getByTestId('new-campaign').click();
    await page.waitForURL('**/campaigns/new');
    await page.getByTestId('builder-empty').waitFor();
    await page.getByTestId('campaign-brand-name').waitFor(); // one brand: named, not chosen

    const name = `表单活动 ${Date.now()}`;
    await page.getByTestId('campaign-name').fill(name);
    await page.getByTestId('campaign-price').fill('59.9');
    await page.getByTestId('campaign-quota').fill('100');
    await page.getByTestId('campaign-start').fill(localInput(-1));
    await page.getByTestId('campaign-end').fill(localInput(-2));
    await page.getByTestId('save-campaign').click();
    // Checked before sending, by the API's rule, and said beside the end time.
    await page.getByTestId('end-time-error').waitFor();
    assert.equal((await page.getByTestId('end-time-error').textContent())?.trim(), zhEditor.problems.timeRange);

    // The builder: a text field dragged from the palette, a phone and a radio added by a click.
    await drag(page, page.locator('.fb__type[data-type="text"]'), page.getByTestId('form-canvas'));
    await page.getByTestId('config-label').waitFor();
    await page.getByTestId('config-label').fill('姓名');
    await page.getByTestId('config-key').fill('name');
    await page.getByTestId('config-required').getByRole('checkbox').check();
    await page.locator('.fb__type[data-type="phone"]').click();
    await page.locator('.fb__type[data-type="radio"]').click();
    // The phone's panel gives way to the radio's on the next render: typing before it would land in a destroyed input.
    await page.locator('[data-testid="field-config"][data-type="radio"]').waitFor();
    await page.getByTestId('config-label').fill('参加场次');
    await page.getByTestId('config-key').fill('session');
    // A repeated option is refused as the API would refuse it, beside the options.
    await page.getByTestId('config-options').fill('上午场\n上午场');
    await page.getByText(zhEditor.problems.duplicate).waitFor();
    await page.getByTestId('config-options').fill('上午场\n下午场');
    assert.equal(await page.getByText(zhEditor.problems.duplicate).count(), 0);
    assert.deepEqual(await page.getByTestId('builder-field').evaluateAll((els) => els.map((e) => e.getAttribute('data-key'))), ['name', 'phone', 'session']);
    await page.getByTestId('form-preview').getByText('下午场').waitFor(); // the live preview follows
    await screenshot(page, '20-campaign-builder');

    // An answer only the API gives (sent as an outdated client would): said beside the field it names.
    await page.getByTestId('campaign-end').fill(localInput(3));
    await page.route('**/api/v1/campaigns', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}');
      await route.continue({ postData: JSON.stringify({ ...body, endTime: body.startTime }) });
    }, { times: 1 });
    await page.getByTestId('save-campaign').click();
    await page.getByTestId('end-time-error').waitFor();
    assert.equal((await page.getByTestId('end-time-error').textContent())?.trim(), zhEditor.problems.timeRange);
    await screenshot(page, '21-campaign-api-error');

    await page.getByTestId('campaign-end').fill(localInput(5));
    await page.getByTestId('save-campaign').click();
    await page.waitForURL(/\/campaigns\/\d+\/edit$/);
    const id = /\/campaigns\/(\d+)\/edit$/.exec(page.url())?.[1] as string;
    assert.equal((await page.getByTestId('campaign-status').textContent())?.trim(), zh.campaigns.statuses.draft);
    assert.equal((await call('GET', `/api/v1/campaigns/${id}`)).status, 404, 'a draft is not public');

    await page.getByTestId('publish-campaign').click();
    await page.getByRole('dialog').waitFor();
    await screenshot(page, '22-campaign-publish-confirm');
    await confirm(page);
    await page.getByTestId('unpublish-campaign').waitFor();
    assert.equal((await page.getByTestId('campaign-status').textContent())?.trim(), zh.campaigns.statuses.active);
    await screenshot(page, '23-campaign-editor-published');

    const pub = await call('GET', `/api/v1/campaigns/${id}`);
    assert.equal(pub.status, 200);
    assert.equal(pub.body.data.view, 'public');
    assert.equal(pub.body.data.name, name);
    assert.equal(pub.body.data.price, '59.90');
    assert.deepEqual(pub.body.data.formFields, [
      { key: 'name', label: '姓名', type: 'text', required: true },
      { key: 'phone', label: zhEditor.types.phone, type: 'phone', required: true },
      { key: 'session', label: '参加场次', type: 'radio', required: false, options: ['上午场', '下午场'] },
    ]);

    // Reopened from the list's row action: the saved form, reordered by dragging, saved again.
    await page.goto(`${consoleUrl}/campaigns`);
    await page.locator(`tr[data-campaign="${id}"]`).getByTestId('edit-campaign').click();
    await page.waitForURL(`**/campaigns/${id}/edit`);
    const fields = page.locator('.fb__canvas > [data-testid=builder-field]');
    await fields.nth(2).waitFor();
    await drag(page, fields.nth(2).locator('.fb__handle'), fields.nth(0), 'top');
    // The drop lands once the drag preview has settled: wait for the order rather than read it at once.
    const order = () => fields.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')).join());
    for (let i = 0; i < 50 && (await order()) !== 'session,name,phone'; i++) await page.waitForTimeout(100);
    assert.equal(await order(), 'session,name,phone');
    await page.getByTestId('save-campaign').click();
    await page.getByText(zhEditor.saved).waitFor();
    const reordered = await call('GET', `/api/v1/campaigns/${id}`);
    assert.deepEqual((reordered.body.data.formFields as { key: string }[]).map((f) => f.key), ['session', 'name', 'phone']);

    await page.getByTestId('unpublish-campaign').click();
    await confirm(page);
    await page.getByTestId('publish-campaign').waitFor();
    assert.equal((await page.getByTestId('campaign-status').textContent())?.trim(), zh.campaigns.statuses.paused);
    assert.equal((await call('GET', `/api/v1/campaigns/${id}`)).status, 404, 'unpublished: no longer public');
    await context.close();
  });

  test('the editor screens have no serious or critical accessibility violation (axe-core, WCAG 2.1 AA)', () => {
    assert.ok(accessibility.screens >= 4, `the screens were checked (${accessibility.screens})`);
    assert.deepEqual(Object.fromEntries(accessibility.findings), {});
  });
});
