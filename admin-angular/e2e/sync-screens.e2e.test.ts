import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Stack } from '../../scripts/stack/stack';
import { call, createOrder, login, waitFor } from '../../tests/integration/support/api-client';
import { one, rows } from '../../tests/integration/support/db';
import { externalRows } from '../../tests/integration/support/external-db';
import { createBrand, createCampaign, nextPhone } from '../../tests/integration/support/factories';
import { payThroughSandbox } from '../../tests/integration/support/payer';
import zhMenus from '../public/i18n/menus/zh-CN.json';
import zhSync from '../public/i18n/sync/zh-CN.json';
import { accessibility, SCREENS_DIR, screenshot } from './browser';
import { closeConsole, openConsole } from './console-under-test';
import { signedIn as signIn } from './session';

/**
 * The sync screens' own journeys in Debian's Chromium against the real stack: the field-mapping editor
 * refuses a row without a DMH field beside that row before sending, then saves a mapping the API shows back;
 * a reconciliation (a wrong range refused first) finds the order missing from the brand's database, its recorded
 * progress runs to 100 %, lists it, re-queues it, the run is in the history and opens again, and the order is written again; the menu catalogue adds, moves, renames and
 * deletes a menu (a bad code refused first). Screens saved under test-artefacts/screens/.
 */
const ADMIN = { username: 'admin', password: 'Admin@12345' };

let stack: Stack;
let browser: Browser;
let consoleUrl: string;
let adminToken: string;

before(async () => {
  ({ browser, stack, consoleUrl } = await openConsole());
  adminToken = await login(ADMIN.username, ADMIN.password);
});

after(() => closeConsole(browser, stack));

function signedIn(): Promise<{ context: BrowserContext; page: Page }> {
  return signIn(browser, consoleUrl, ADMIN);
}

async function snackSays(page: Page, words: string | RegExp): Promise<void> {
  const snack = page.locator('.mat-mdc-snack-bar-container');
  await snack.filter({ hasText: words }).waitFor();
  await snack.getByRole('button').click();
  await snack.waitFor({ state: 'detached' });
}

async function pick(page: Page, selectTestId: string, option: string): Promise<void> {
  await page.getByTestId(selectTestId).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const brandName = async (id: string) => (await one<{ name: string }>('SELECT name FROM brands WHERE id = ?', [id])).name;
/** A day as the date picker reads it (the browser's own day). */
const dayText = (d: Date) => `${d.getFullYear()}/${d.getMonth() + 1}/${d.getDate()}`;

describe('sync screens in the console', () => {
  test('field mapping: a row without a DMH field is refused beside it before sending; a valid mapping is saved and shown back', async () => {
    const brandId = await createBrand();
    const { context, page } = await signedIn();
    await page.goto(`${consoleUrl}/system/sync?tab=targets`);
    await page.getByTestId('target-form').waitFor();
    await pick(page, 'target-brand', await brandName(brandId));
    await page.getByTestId('target-state').filter({ hasText: zhSync.target.none.slice(0, 10) }).waitFor();
    await page.getByTestId('target-host').fill('127.0.0.1');
    await page.getByTestId('target-port').fill('1');
    await page.getByTestId('target-database').fill('crm');
    await page.getByTestId('target-username').fill('dmh_writer');
    await page.getByTestId('target-password').fill('Writer#Pass1');

    // A new rewards column with no DMH field: said beside its row (row 4), and nothing is sent.
    await page.getByTestId('add-row-rewards').click();
    const row = page.getByTestId('row-rewards-3');
    await row.getByTestId('row-column').fill('PHONE');
    const problem = page.getByTestId('problem-rewards-3');
    await problem.filter({ hasText: zhSync.mapping.problems.fromRequired }).waitFor();
    await page.getByTestId('target-save').click();
    assert.equal((await call('GET', `/api/v1/sync/targets/${brandId}`, undefined, adminToken)).status, 404, 'nothing was sent');
    // The key column typed again as an ordinary column is a duplicate, said beside that row too.
    await page.getByTestId('row-orders-0').getByTestId('row-column').fill('DMH_ID');
    await page.getByTestId('problem-orders-0').filter({ hasText: 'DMH_ID' }).waitFor();
    await screenshot(page, '74-sync-mapping-refused');

    await page.getByTestId('row-orders-0').getByTestId('row-column').fill('ORDER_NO');
    await row.getByTestId('row-from').selectOption('userId');
    await problem.waitFor({ state: 'detached' });
    // The paid time as the brand's text column, in China's time: a chip adds the row, the transform is picked.
    await page.getByRole('button', { name: /为“支付时间”添加一行/ }).click();
    const paid = page.getByTestId('row-orders-3');
    await paid.getByTestId('row-transform').selectOption('dateFormat');
    await paid.getByRole('textbox', { name: /时区偏移/ }).fill('+08:00');
    await page.getByTestId('target-save').click();
    await snackSays(page, zhSync.target.saved);

    const saved = (await call('GET', `/api/v1/sync/targets/${brandId}`, undefined, adminToken)).body.data;
    assert.deepEqual(saved.mapping.rewards.columns[3], { column: 'PHONE', from: 'userId' });
    assert.deepEqual(saved.mapping.orders.columns[3], {
      column: 'PAID_AT', from: 'paidAt', transform: { type: 'dateFormat', format: 'YYYY-MM-DD HH:mm:ss', utcOffset: '+08:00' },
    });
    // Shown back from the API after a reload.
    await page.reload();
    await page.getByTestId('target-form').waitFor();
    await pick(page, 'target-brand', await brandName(brandId));
    await page.getByTestId('target-state').filter({ hasText: '已保存' }).waitFor();
    assert.equal(await page.getByTestId('row-orders-3').getByTestId('row-column').inputValue(), 'PAID_AT');
    assert.equal(await page.getByTestId('row-orders-3').getByTestId('row-transform').inputValue(), 'dateFormat');
    assert.equal(await page.getByTestId('row-rewards-3').getByTestId('row-from').inputValue(), 'userId');
    await screenshot(page, '75-sync-mapping-saved');
    // The screen scrolls inside the shell: the tables themselves, to look at.
    await page.getByTestId('mapping-orders').screenshot({ path: path.join(SCREENS_DIR, '75a-sync-mapping-orders.png') });
    await page.getByTestId('mapping-rewards').screenshot({ path: path.join(SCREENS_DIR, '75b-sync-mapping-rewards.png') });

    await page.getByTestId('mapping-json-toggle').click();
    assert.match(await page.getByTestId('mapping-json').inputValue(), /"PAID_AT"/);
    await screenshot(page, '76-sync-mapping-json');
    await context.close();
  });

  test("reconciliation: a range ending before it starts is refused first; the run's progress reaches 100 %, lists the missing order, writes it again and stays in the history", async () => {
    const brandId = await createBrand();
    const campaignId = await createCampaign(brandId);
    const orders = [await createOrder(campaignId, nextPhone()), await createOrder(campaignId, nextPhone())];
    for (const o of orders) assert.equal((await payThroughSandbox(o.orderNo)).status, 200);
    const inTarget = async () => (await externalRows<{ n: number }>('SELECT COUNT(*) AS n FROM crm_orders WHERE dmh_order_id IN (?)', [orders.map((o) => o.orderId)]))[0].n;
    await waitFor('both orders in the brand database', async () => Number(await inTarget()) === 2, 60_000, 250);
    const [gone] = orders;
    await externalRows('DELETE FROM crm_orders WHERE dmh_order_id = ?', [gone.orderId]);

    const { context, page } = await signedIn();
    await page.goto(`${consoleUrl}/system/sync?tab=reconcile`);
    await page.getByTestId('reconcile-form').waitFor();
    await page.locator('[data-testid="reconcile-history-empty"], [data-testid="reconcile-history-table"]').first().waitFor();
    await screenshot(page, '77-sync-reconcile-start');
    await pick(page, 'reconcile-brand', await brandName(brandId));
    const today = new Date();
    const yesterday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
    await page.getByTestId('reconcile-from').fill(dayText(today));
    await page.getByTestId('reconcile-to').fill(dayText(yesterday));
    await page.getByTestId('reconcile-to').blur();
    await page.getByTestId('reconcile-start').click();
    await page.getByTestId('reconcile-problem-to').filter({ hasText: zhSync.reconcile.toBeforeFrom }).waitFor();
    assert.equal(await page.getByTestId('reconcile-run').count(), 0, 'nothing was started');

    await page.getByTestId('reconcile-to').fill(dayText(today));
    await page.getByTestId('reconcile-to').blur();
    await page.getByTestId('reconcile-start').click();
    const progress = page.getByTestId('reconcile-progress');
    await page.getByTestId('reconcile-run').waitFor();
    // The bar is the worker's recorded progress (orders checked of the total), read again about once a second.
    const seen: number[] = [];
    await waitFor('the run at 100 %', async () => {
      const now = Number(await page.locator('[data-testid="reconcile-run"] mat-progress-bar').first().getAttribute('aria-valuenow'));
      if (seen.at(-1) !== now) seen.push(now);
      return now === 100 && /已完成 100 %/.test(await progress.innerText());
    }, 60_000, 100);
    assert.deepEqual([...seen].sort((a, b) => a - b), seen, `the progress never goes back: ${seen.join(' → ')}`);
    assert.match(await progress.innerText(), /检查了 2 个订单/);
    const ordersTile = await page.getByTestId('reconcile-orders').innerText();
    assert.match(ordersTile, /已检查 2 行/);
    assert.match(ordersTile, /缺失 1 行/);
    assert.match(await page.getByTestId('reconcile-requeued').innerText(), /已把 1 个订单重新排队/);
    const differences = page.getByTestId('differences-table');
    assert.match(await differences.innerText(), new RegExp(`${gone.orderId}[\\s\\S]*${zhSync.reconcile.problems.missing}`));
    const [run] = await rows<{ id: string; status: string; orders_checked: number; orders_total: number }>(
      'SELECT id, status, orders_checked, orders_total FROM sync_reconciliation_runs WHERE brand_id = ? ORDER BY id DESC LIMIT 1', [brandId]);
    assert.deepEqual([run.status, Number(run.orders_checked), Number(run.orders_total)], ['done', 2, 2], 'the run is recorded, finished');
    const historyRow = page.locator(`[data-testid="reconcile-history-table"] tr[data-run="${run.id}"]`);
    await historyRow.filter({ hasText: zhSync.reconcile.states.done }).filter({ hasText: '缺失 1' }).waitFor();
    await screenshot(page, '78-sync-reconcile-done');
    await page.getByTestId('reconcile-run').screenshot({ path: path.join(SCREENS_DIR, '78a-sync-reconcile-run.png') });

    // Another visit: the run is in the history and opens with its differences.
    await page.goto(`${consoleUrl}/system/sync?tab=reconcile`);
    await historyRow.getByTestId('reconcile-history-open').click();
    await progress.filter({ hasText: '已完成 100 %' }).waitFor();
    assert.match(await page.getByTestId('differences-table').innerText(), new RegExp(gone.orderId));
    await screenshot(page, '78b-sync-reconcile-history');
    await page.getByTestId('reconcile-history-table').screenshot({ path: path.join(SCREENS_DIR, '78c-sync-reconcile-history-table.png') });

    await waitFor('the missing order written again', async () => Number(await inTarget()) === 2, 60_000, 250);
    const audit = await rows<{ n: number }>("SELECT COUNT(*) AS n FROM audit_logs WHERE action = 'sync.reconcile.start' AND brand_id = ?", [brandId]);
    assert.equal(Number(audit[0].n), 1, 'the start is audited once');
    await context.close();
  });

  test('menu catalogue: a bad code refused beside it first; a menu added under 系统管理 with a permission, moved up, renamed and deleted', async () => {
    const { context, page } = await signedIn();
    const systemChildren = async () => {
      const tree = (await call('GET', '/api/v1/menus', undefined, adminToken)).body.data as Array<{ code: string; children: any[] }>;
      return tree.find((m) => m.code === 'system')!.children as Array<{ id: string; code: string; name: string; path: string; sort: number; permissionCode: string }>;
    };
    await page.goto(`${consoleUrl}/system/roles`);
    await page.getByTestId('to-menu-catalogue').click();
    await page.waitForURL('**/system/menus');
    await page.getByTestId('menu-system.sync').waitFor();
    await screenshot(page, '79-menu-catalogue');

    await page.getByTestId('menu-system').getByTestId('menu-add-child').click();
    await page.getByTestId('menu-name').fill('对账报表');
    await page.getByTestId('menu-code').fill('Bad Code');
    await page.getByTestId('menu-save').click();
    await page.getByTestId('menu-problem-code').filter({ hasText: zhMenus.rules.code }).waitFor();
    assert.equal((await systemChildren()).some((m) => m.name === '对账报表'), false, 'nothing was sent');
    await screenshot(page, '80-menu-refused');

    await page.getByTestId('menu-code').fill('system.reports');
    await page.getByTestId('menu-path').fill('/system/reports');
    await page.getByTestId('menu-icon').fill('summarize');
    await page.getByTestId('menu-permission').click();
    await page.getByRole('option', { name: /\(sync:read\)/ }).click();
    await page.getByTestId('menu-save').click();
    await snackSays(page, '菜单“对账报表”已创建');
    const created = (await systemChildren()).find((m) => m.code === 'system.reports');
    assert.deepEqual([created?.path, created?.permissionCode], ['/system/reports', 'sync:read']);

    // Last among 系统管理's menus (sort 0 puts it first: give it the end), then up one place.
    const order = async () => (await systemChildren()).sort((a, b) => a.sort - b.sort || Number(a.id) - Number(b.id)).map((m) => m.code);
    const before = await order();
    const at = before.indexOf('system.reports');
    await page.getByTestId('menu-system.reports').getByTestId('menu-down').click();
    await snackSays(page, '“对账报表”已移动');
    assert.equal((await order()).indexOf('system.reports'), at + 1, 'moved down one place');
    await page.getByTestId('menu-system.reports').getByTestId('menu-up').click();
    await snackSays(page, '“对账报表”已移动');
    assert.equal((await order()).indexOf('system.reports'), at, 'and back up');

    await page.getByTestId('menu-system.reports').getByTestId('menu-edit').click();
    await page.getByTestId('menu-name').fill('对账报表（新）');
    await page.getByTestId('menu-save').click();
    await snackSays(page, '菜单“对账报表（新）”已保存');
    assert.equal((await systemChildren()).find((m) => m.code === 'system.reports')?.name, '对账报表（新）');

    await page.getByTestId('menu-system.reports').getByTestId('menu-delete').click();
    await page.getByTestId('confirm-action').click();
    await snackSays(page, '菜单“对账报表（新）”已删除');
    assert.equal((await systemChildren()).some((m) => m.code === 'system.reports'), false);
    const audited = await rows<{ action: string }>("SELECT action FROM audit_logs WHERE resource = 'menu' AND action IN ('menu.create', 'menu.update', 'menu.delete') ORDER BY id");
    assert.deepEqual([...new Set(audited.map((a) => a.action))], ['menu.create', 'menu.update', 'menu.delete']);
    await screenshot(page, '81-menu-catalogue-after');
    await context.close();
  });

  test('every screen visited has no serious or critical accessibility violation (axe-core, WCAG 2.1 AA)', () => {
    assert.ok(accessibility.screens >= 8, `the screens were checked (${accessibility.screens})`);
    assert.deepEqual(Object.fromEntries(accessibility.findings), {});
  });
});
