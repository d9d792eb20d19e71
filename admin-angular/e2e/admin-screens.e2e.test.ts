import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Stack } from '../../scripts/stack/stack';
import { call, createOrder, login, waitFor } from '../../tests/integration/support/api-client';
import { one } from '../../tests/integration/support/db';
import { createBrand, createCampaign, nextPhone } from '../../tests/integration/support/factories';
import zh from '../public/i18n/zh-CN.json';
import zhMembers from '../public/i18n/members/zh-CN.json';
import zhSync from '../public/i18n/sync/zh-CN.json';
import zhSystem from '../public/i18n/system/zh-CN.json';
import { accessibility, screenshot } from './browser';
import { closeConsole, openConsole } from './console-under-test';
import { type Credentials, signedIn as signIn } from './session';

/**
 * Members, sync and system screens in Debian's Chromium against the real stack, one real action each: a
 * platform admin tags a member in bulk (and sees the merge preview and an export reach 100 % and download),
 * saves a brand's MySQL target that cannot be reached and sees the driver's error after "test connection",
 * creates an account (a weak password refused beside its field first) and disables it, verifies the audit
 * chain; a brand admin sees only what the role allows. Screens saved under test-artefacts/screens/.
 */
const ADMIN = { username: 'admin', password: 'Admin@12345' };
const BRAND_ADMIN = { username: 'brandadmin', password: 'Brand@12345' };

let stack: Stack;
let browser: Browser;
let consoleUrl: string;
let adminToken: string;

before(async () => {
  ({ browser, stack, consoleUrl } = await openConsole());
  adminToken = await login(ADMIN.username, ADMIN.password);
});

after(() => closeConsole(browser, stack));

function signedIn(user: Credentials = ADMIN): Promise<{ context: BrowserContext; page: Page }> {
  return signIn(browser, consoleUrl, user, { acceptDownloads: true });
}

/** The snack bar's words, then closed (so the next screenshot and axe do not judge it). */
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

describe('members, sync and system in the console', () => {
  test('members: a selection is tagged in bulk, the merge says what would move, an export reaches 100 % and downloads', async () => {
    const brandId = await createBrand();
    const campaignId = await createCampaign(brandId);
    const orders = [await createOrder(campaignId, nextPhone()), await createOrder(campaignId, nextPhone())];
    const memberIds = await Promise.all(
      orders.map((o) => waitFor(`member of ${o.orderNo}`, async () => (await one<{ member_id: string | null }>('SELECT member_id FROM orders WHERE id = ?', [o.orderId])).member_id ?? undefined)),
    );
    const tagName = `VIP-${Date.now() % 100000}`;
    const tag = await call('POST', '/api/v1/members/tags', { brandId, name: tagName }, adminToken);
    assert.equal(tag.status, 201, JSON.stringify(tag.body));

    const { context, page } = await signedIn();
    await page.locator('[data-menu="members"]').click();
    await page.waitForURL('**/members');
    await page.getByTestId('member-table').waitFor();
    await screenshot(page, '60-members');
    // The filter applies 350 ms after the choice and clears the selection: wait for the brand's list itself.
    const filtered = page.waitForResponse((r) => r.url().includes('/api/v1/members?') && r.url().includes(`brandId=${brandId}`));
    await pick(page, 'filter-brand', await brandName(brandId));
    await filtered;
    for (const id of memberIds) await page.locator(`tr[data-member="${id}"]`).waitFor();
    assert.equal(await page.locator('tr[data-member]').count(), 2, "the brand filter narrows the list to the brand's two members");

    await page.locator(`[data-select="${memberIds[0]}"] input`).check();
    await page.getByTestId('bulk-tag').click();
    await pick(page, 'bulk-tags', tagName);
    await page.keyboard.press('Escape'); // closes the multiple select's panel, not the dialog
    await screenshot(page, '61-members-bulk-tag');
    await page.getByTestId('bulk-apply').click();
    await snackSays(page, /改动 1 处/);
    await page.locator(`td[data-tags="${memberIds[0]}"]`).filter({ hasText: tagName }).waitFor();
    const detail = await call('GET', `/api/v1/members/${memberIds[0]}`, undefined, adminToken);
    assert.deepEqual(detail.body.data.tags.map((t: { name: string }) => t.name), [tagName], 'the API holds the tag');

    await page.locator(`[data-select="${memberIds[0]}"] input`).check();
    await page.locator(`[data-select="${memberIds[1]}"] input`).check();
    await page.getByTestId('merge-open').click();
    await page.getByTestId('merge-preview').waitFor();
    assert.match(await page.getByTestId('merge-preview').innerText(), /1 笔订单移到/);
    assert.ok(await page.getByTestId('merge-confirm').isDisabled(), 'nothing merges before the confirmation is ticked');
    await screenshot(page, '62-members-merge-preview');
    await page.getByRole('button', { name: zhMembers.cancel }).click();
    await page.locator('mat-dialog-container').waitFor({ state: 'detached' });

    await page.getByTestId('export-open').click();
    await page.getByTestId('export-xlsx').click();
    await page.getByTestId('export-status').filter({ hasText: '已完成，共 2 行' }).waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-download').click()]);
    assert.match(download.suggestedFilename(), /^members-\d{4}-\d{2}-\d{2}-\d+\.xlsx$/);
    const bytes = await (await import('node:fs/promises')).readFile((await download.path())!);
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'an XLSX file (a zip)');
    await screenshot(page, '63-members-export');

    await page.locator(`tr[data-member="${memberIds[0]}"] a`).first().click();
    await page.getByTestId('profile-form').waitFor();
    await page.getByTestId('profile-birthday').fill('1990-02-30x');
    await page.getByTestId('profile-save').click();
    await page.getByText(zhMembers.detail.dateFormat).waitFor(); // checked before sending
    await page.getByTestId('profile-birthday').fill('1990-05-01');
    await page.getByTestId('profile-city').fill('杭州');
    await page.getByTestId('profile-save').click();
    await snackSays(page, zhMembers.detail.saved);
    await screenshot(page, '64-member-detail');
    await context.close();
  });

  test("sync: a brand's MySQL target that cannot be reached is saved without its password shown back, and the test says the driver's error", async () => {
    const brandId = await createBrand();
    const { context, page } = await signedIn();
    await page.goto(`${consoleUrl}/system/sync`);
    await page.getByTestId('sync-health').waitFor();
    await screenshot(page, '70-sync-health');
    await page.getByRole('tab', { name: zhSync.tabs.targets }).click();
    await page.getByTestId('target-form').waitFor();
    await pick(page, 'target-brand', await brandName(brandId));
    await page.getByTestId('target-state').filter({ hasText: zhSync.target.none.slice(0, 10) }).waitFor();
    await page.getByTestId('target-host').fill('127.0.0.1');
    await page.getByTestId('target-port').fill('1');
    await page.getByTestId('target-database').fill('crm');
    await page.getByTestId('target-username').fill('dmh_writer');
    await page.getByTestId('target-save').click();
    const passwordField = page.locator('mat-form-field').filter({ has: page.getByTestId('target-password') });
    await passwordField.locator('mat-error').filter({ hasText: zhSync.target.passwordNeeded }).waitFor(); // a new target needs one, said before sending
    assert.equal((await call('GET', `/api/v1/sync/targets/${brandId}`, undefined, adminToken)).status, 404, 'nothing was sent');
    await page.getByTestId('target-password').fill('Wrong#Pass1');
    await page.getByTestId('target-host').fill('bad host!');
    await page.getByTestId('target-save').click();
    const hostField = page.locator('mat-form-field').filter({ has: page.getByTestId('target-host') });
    await hostField.locator('mat-error').filter({ hasText: zh.fieldErrors.invalid_format }).waitFor(); // the API's refusal, beside the field
    await page.getByTestId('target-host').fill('127.0.0.1');
    await page.getByTestId('target-save').click();
    await snackSays(page, zhSync.target.saved);
    assert.equal(await page.getByTestId('target-password').inputValue(), '', 'the stored password is not shown back');
    const saved = await call('GET', `/api/v1/sync/targets/${brandId}`, undefined, adminToken);
    assert.equal(saved.body.data.hasPassword, true);
    assert.equal(JSON.stringify(saved.body.data).includes('Wrong#Pass1'), false);

    await page.getByTestId('target-test').click();
    const failure = page.getByTestId('test-failure');
    await failure.waitFor({ timeout: 30_000 });
    assert.match(await failure.innerText(), /连接并查询.*ECONNREFUSED/s, "the failed step and the driver's own error, in words");
    await screenshot(page, '71-sync-target-test-failed');
    await page.getByRole('tab', { name: zhSync.tabs.failures }).click();
    await page.locator('[data-testid="failures-table"], [data-testid="failures-empty"]').first().waitFor();
    await screenshot(page, '72-sync-failures');
    await page.getByRole('tab', { name: zhSync.tabs.logs }).click();
    await page.locator('[data-testid="logs-table"]:visible, [data-testid="logs-empty"]').first().waitFor();
    await screenshot(page, '73-sync-logs');
    await context.close();
  });

  test('system: a weak password is refused beside its field, the account is created and disabled; roles, security and the audit chain', async () => {
    const username = `ops_${Date.now() % 1_000_000}`;
    const { context, page } = await signedIn();
    await page.locator('[data-menu="system.users"]').click();
    await page.waitForURL('**/system/users');
    await page.getByTestId('users-table').waitFor();
    await screenshot(page, '80-users');
    await page.getByTestId('user-create').click();
    await page.getByTestId('user-username').fill(username);
    await page.getByTestId('user-password').fill('abc');
    await pick(page, 'user-roles', zh.roles.brand_admin);
    await page.keyboard.press('Escape');
    await page.getByTestId('user-save').click();
    const beside = page.locator('mat-form-field').filter({ has: page.getByTestId('user-password') }).getByTestId('password-error');
    await beside.first().waitFor();
    assert.ok((await beside.allInnerTexts()).includes(zh.fieldErrors.too_short), 'the policy rule it breaks, beside the password');
    await screenshot(page, '81-user-create-policy-error');
    await page.getByTestId('user-password').fill('Ops#Pass2026');
    await page.getByTestId('user-save').click();
    await snackSays(page, `已创建用户 ${username}`);
    const row = page.locator(`tr[data-user="${username}"]`);
    await row.waitFor();
    // Locked by wrong passwords: the row offers unlock, and the lock-out is a security event to handle.
    const policy = await call('GET', '/api/v1/security/password-policy', undefined, adminToken);
    assert.equal(policy.status, 200);
    for (let i = 0; i < policy.body.data.maxLoginAttempts; i += 1) await call('POST', '/api/v1/auth/login', { username, password: 'Wrong#Pass9' });
    await page.getByTestId('users-keyword').fill(username);
    await row.locator('[data-action="unlock"]').click();
    await snackSays(page, `已解锁 ${username}`);
    assert.equal((await one<{ locked_until: Date | null }>('SELECT locked_until FROM users WHERE username = ?', [username])).locked_until, null);
    await row.locator('[data-action="disable"]').click();
    await snackSays(page, `已停用 ${username}`);
    await row.filter({ hasText: zhSystem.users.statuses.disabled }).waitFor();
    const created = await one<{ status: string }>('SELECT status FROM users WHERE username = ?', [username]);
    assert.equal(created.status, 'disabled');

    await page.locator('[data-menu="system.roles"]').click();
    await page.getByTestId('role-permissions').waitFor();
    await screenshot(page, '82-roles');
    await page.locator('[data-menu="system.security"]').click();
    await page.getByTestId('policy-form').waitFor();
    await page.getByTestId('policy-minLength').inputValue().then((v) => assert.ok(Number(v) >= 6));
    await screenshot(page, '83-security-policy');
    await page.getByRole('tab', { name: zhSystem.security.events }).click();
    const lockout = await one<{ id: string }>("SELECT id FROM security_events WHERE type = 'account_locked' AND user_id = (SELECT id FROM users WHERE username = ?)", [username]);
    await page.locator(`[data-handle="${lockout.id}"]`).waitFor();
    await screenshot(page, '84-security-events');
    await page.locator(`[data-handle="${lockout.id}"]`).click();
    await snackSays(page, zhSystem.security.handledDone);
    assert.equal(Number((await one<{ handled: number }>('SELECT handled FROM security_events WHERE id = ?', [lockout.id])).handled), 1);
    await page.getByRole('tab', { name: zhSystem.security.attempts }).click();
    await page.locator('[data-testid="attempts-table"]:visible').waitFor();
    await screenshot(page, '85-login-attempts');
    await page.locator('[data-menu="system.audit"]').click();
    await page.getByTestId('audit-table').waitFor();
    await page.getByTestId('audit-verify').click();
    await page.getByTestId('audit-verdict').filter({ hasText: '日志链完整' }).waitFor({ timeout: 60_000 });
    await screenshot(page, '86-audit-verified');
    await context.close();
  });

  test('a brand admin sees members and sync but not users, and may only look at sync targets', async () => {
    const { context, page } = await signedIn(BRAND_ADMIN);
    await page.locator('[data-menu="members"]').waitFor();
    assert.equal(await page.locator('[data-menu="system.users"]').count(), 0, 'no user management for a brand admin');
    await page.goto(`${consoleUrl}/system/sync?tab=targets`);
    await page.getByText(zhSync.target.readOnly).waitFor();
    assert.equal(await page.getByTestId('target-save').count(), 0, 'no save without sync:manage');
    assert.equal(await page.getByTestId('target-test').count(), 0, 'no test without sync:manage');
    await screenshot(page, '87-sync-brand-admin');
    await context.close();
  });

  test('every screen visited has no serious or critical accessibility violation (axe-core, WCAG 2.1 AA)', () => {
    assert.ok(accessibility.screens >= 17, `the screens were checked (${accessibility.screens})`);
    assert.deepEqual(Object.fromEntries(accessibility.findings), {});
  });
});
