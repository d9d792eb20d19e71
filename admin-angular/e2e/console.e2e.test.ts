import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Stack } from '../../scripts/stack/stack';
import { call, login } from '../../tests/integration/support/api-client';
import { db, one } from '../../tests/integration/support/db';
import { createBrand, createBrandAdmin, createCampaign } from '../../tests/integration/support/factories';
import en from '../public/i18n/en.json';
import zh from '../public/i18n/zh-CN.json';
import { accessibility, screenshot } from './browser';
import { closeConsole, openConsole } from './console-under-test';
import { type Credentials, openFromMenu, submitLogin } from './session';

/**
 * The admin console in Debian's Chromium against the real stack (the project's scripts start it: the test
 * stack, then the console server on its port, as `npm start` does): sign-in answers, the role's menus, the
 * campaign list scoped to the brand, the language switch, the forced password change. Every screen visited
 * is saved under admin-angular/test-artefacts/screens/.
 */
const ADMIN = { username: 'admin', password: 'Admin@12345' };
const BRAND_ADMIN = { username: 'brandadmin', password: 'Brand@12345' };
const DEMO_CAMPAIGN = 'Spring Coffee Workshop 春季咖啡品鉴会';

let stack: Stack;
let browser: Browser;
let consoleUrl: string;
let otherCampaign: string;

before(async () => {
  ({ browser, stack, consoleUrl } = await openConsole());
  // A second brand with a campaign of its own: the brand admin of the demo brand must not see it.
  const otherBrand = await createBrand();
  otherCampaign = (await one<{ name: string }>('SELECT name FROM campaigns WHERE id = ?', [await createCampaign(otherBrand)])).name;
});

after(() => closeConsole(browser, stack));

async function freshPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return { context, page };
}

/** Signed in, an admin lands on the dashboard (the first menu with a screen); from there, the campaign list. */
async function toCampaigns(page: Page): Promise<void> {
  await page.waitForURL('**/dashboard');
  await openFromMenu(page, 'campaigns', '**/campaigns');
}

function signIn(page: Page, user: Credentials): Promise<void> {
  return submitLogin(page, consoleUrl, user);
}

/** The menu codes the side navigation shows, in order. */
async function navCodes(page: Page): Promise<string[]> {
  await page.getByTestId('side-nav').locator('[data-menu]').first().waitFor();
  return page.getByTestId('side-nav').locator('[data-menu]').evaluateAll((links) => links.map((a) => a.getAttribute('data-menu') ?? ''));
}

/** The menu codes the API gives the user (pages only, groups left out), in tree order. */
async function apiMenuCodes(user: { username: string; password: string }): Promise<string[]> {
  const me = await call('GET', '/api/v1/auth/userinfo', undefined, await login(user.username, user.password));
  type Node = { code: string; path: string | null; children: Node[] };
  const flat = (nodes: Node[]): string[] => nodes.flatMap((n) => [...(n.path ? [n.code] : []), ...flat(n.children)]);
  return flat(me.body.data.menus as Node[]);
}

async function campaignNames(page: Page): Promise<string[]> {
  await page.getByTestId('campaign-table').waitFor();
  return page.locator('td.list__name').allTextContents().then((names) => names.map((n) => n.trim()));
}

describe('admin console', () => {
  test('a wrong password is said beside the password field, in Chinese by default', async () => {
    const { context, page } = await freshPage();
    await page.goto(`${consoleUrl}/login`);
    assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
    await page.getByTestId('login-submit').waitFor();
    await screenshot(page, '01-login');
    await signIn(page, { username: ADMIN.username, password: 'Wrong@12345' });
    const error = page.getByTestId('password-error');
    await error.waitFor();
    assert.equal((await error.textContent())?.trim(), zh.login.wrongCredentials);
    // Beside the field: inside the password's form field.
    assert.equal(await page.locator('mat-form-field').filter({ has: page.getByTestId('login-password') }).getByTestId('password-error').count(), 1);
    assert.match(page.url(), /\/login$/);
    await screenshot(page, '02-login-wrong-password');
    await context.close();
  });

  test("a platform admin sees the role's menus and every brand's campaigns", async () => {
    const { context, page } = await freshPage();
    await signIn(page, ADMIN);
    await toCampaigns(page);
    assert.deepEqual(await navCodes(page), await apiMenuCodes(ADMIN));
    const names = await campaignNames(page);
    assert.ok(names.includes(DEMO_CAMPAIGN), `the demo campaign is listed: ${names.join(' | ')}`);
    assert.ok(names.includes(otherCampaign), `the other brand's campaign is listed: ${names.join(' | ')}`);
    await page.getByTestId('filter-brand').waitFor(); // several brands: the admin can narrow to one
    await screenshot(page, '03-campaigns-platform-admin');

    // The other states of the list, with the network held or cut for the list's calls only.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/v1/campaigns?*', async (route) => {
      await held;
      await route.continue();
    });
    await page.reload();
    await page.getByTestId('campaigns-loading').waitFor();
    await screenshot(page, '03a-campaigns-loading');
    release();
    await page.getByTestId('campaign-table').waitFor();
    await page.unroute('**/api/v1/campaigns?*');
    await page.route('**/api/v1/campaigns?*', (route) => route.abort('connectionrefused'));
    await page.reload();
    await page.getByTestId('campaigns-error').waitFor();
    assert.match((await page.getByTestId('campaigns-error').textContent()) ?? '', new RegExp(zh.errors.NETWORK));
    await screenshot(page, '03b-campaigns-error');
    await page.unroute('**/api/v1/campaigns?*');
    await page.getByTestId('campaigns-error').getByRole('button', { name: zh.common.retry }).click();
    await page.getByTestId('campaign-table').waitFor();

    await page.getByRole('button', { name: zh.campaigns.pickDates }).click();
    await page.locator('mat-calendar').waitFor(); // the range picker, in Chinese
    await screenshot(page, '04-campaigns-date-range-picker');
    await page.keyboard.press('Escape');
    await page.locator('mat-calendar').waitFor({ state: 'detached' });

    await page.getByTestId('filter-keyword').fill('没有这样的活动');
    await page.getByTestId('campaigns-empty').waitFor();
    assert.match((await page.getByTestId('campaigns-empty').textContent()) ?? '', new RegExp(zh.campaigns.noMatchTitle));
    await screenshot(page, '04b-campaigns-no-match');
    assert.equal(new URL(page.url()).searchParams.get('q'), '没有这样的活动'); // the filter is in the address…
    await page.reload();
    await page.getByTestId('campaigns-empty').waitFor(); // …so a reload shows the same list
    assert.equal(await page.getByTestId('filter-keyword').inputValue(), '没有这样的活动');

    await page.locator('[data-menu="rewards"]').click();
    await page.waitForURL('**/rewards');
    await page.getByText(zh.notBuilt.explain).waitFor();
    await screenshot(page, '05-not-built-yet');

    await page.getByTestId('account-menu').click();
    await page.getByRole('menuitem', { name: zh.shell.sessions }).click();
    await page.waitForURL('**/account/sessions');
    await page.getByText(zh.sessions.current, { exact: true }).waitFor();
    await screenshot(page, '06-my-sessions');
    await context.close();
  });

  test("a brand admin sees the role's menus and only the own brand's campaigns", async () => {
    const { context, page } = await freshPage();
    await signIn(page, BRAND_ADMIN);
    await toCampaigns(page);
    const codes = await navCodes(page);
    assert.deepEqual(codes, await apiMenuCodes(BRAND_ADMIN));
    assert.ok(!codes.includes('system.users') && !codes.includes('system.roles'), `no user or role administration: ${codes.join(', ')}`);
    const names = await campaignNames(page);
    assert.ok(names.includes(DEMO_CAMPAIGN), `the own brand's campaign is listed: ${names.join(' | ')}`);
    assert.ok(!names.includes(otherCampaign), `another brand's campaign is not: ${names.join(' | ')}`);
    await page.getByTestId('brand-scope').waitFor(); // one brand: named, nothing to choose
    assert.equal(await page.getByTestId('filter-brand').count(), 0);
    await screenshot(page, '07-campaigns-brand-admin');

    await page.getByTestId('language-menu').click();
    await page.getByTestId('language-en').click();
    await page.getByRole('heading', { name: en.campaigns.title }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal((await page.locator('[data-menu="campaigns"]').textContent())?.includes(en.menu.campaigns), true);
    await screenshot(page, '08-campaigns-english');
    await page.reload();
    await page.getByRole('heading', { name: en.campaigns.title }).waitFor(); // the choice is remembered

    await page.getByTestId('account-menu').click();
    await page.getByTestId('logout').click();
    await page.waitForURL('**/login');
    await context.close();
  });

  test('a session revoked elsewhere ends in the browser with words: the refresh is refused, no loop', async () => {
    const { context, page } = await freshPage();
    await signIn(page, BRAND_ADMIN);
    await toCampaigns(page);
    // From another device: the brand admin revokes every other session, the browser's among them.
    const token = await login(BRAND_ADMIN.username, BRAND_ADMIN.password);
    const sessions = await call('GET', '/api/v1/auth/sessions?pageSize=100', undefined, token);
    const others = (sessions.body.data.items as { id: string; current: boolean }[]).filter((s) => !s.current);
    assert.ok(others.length > 0, 'the browser has a session of its own');
    for (const s of others) assert.equal((await call('DELETE', `/api/v1/auth/sessions/${s.id}`, undefined, token)).status, 200);

    const refreshes: number[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('/api/v1/auth/refresh-token')) refreshes.push(r.status());
    });
    await page.getByTestId('account-menu').click();
    await page.getByRole('menuitem', { name: zh.shell.sessions }).click(); // its list needs the session
    await page.getByTestId('login-expired').waitFor();
    assert.match(page.url(), /\/login\?reason=expired$/);
    assert.equal((await page.getByTestId('login-expired').textContent())?.trim(), zh.login.sessionEnded);
    assert.deepEqual(refreshes, [401], 'one refresh was tried, and refused');
    await screenshot(page, '11-session-ended');
    await context.close();
  });

  test('an expired password must be changed before anything else', async () => {
    const brandId = (await one<{ brand_id: string }>("SELECT ub.brand_id FROM user_brands ub JOIN users u ON u.id = ub.user_id WHERE u.username = 'brandadmin'")).brand_id;
    const user = await createBrandAdmin(brandId);
    await db().query('UPDATE users SET password_changed_at = NOW() - INTERVAL 400 DAY, created_at = NOW() - INTERVAL 400 DAY WHERE id = ?', [user.userId]);
    const { context, page } = await freshPage();
    await signIn(page, user);
    await page.waitForURL('**/password-expired');
    await page.getByTestId('password-expired').waitFor();
    await page.goto(`${consoleUrl}/campaigns`); // no way around it
    await page.waitForURL('**/password-expired');
    await screenshot(page, '09-password-expired');

    await page.getByLabel(zh.password.current).fill(user.password);
    await page.getByLabel(zh.password.new, { exact: true }).fill('Renewed#2026x');
    await page.getByLabel(zh.password.confirm).fill('Renewed#2026x');
    await page.getByRole('button', { name: zh.password.submit }).click();
    await page.waitForURL('**/dashboard');
    await screenshot(page, '10-after-password-change');
    await context.close();
  });

  test('an account an administrator created chooses its own password at the first sign-in', async () => {
    const brandId = (await one<{ brand_id: string }>("SELECT ub.brand_id FROM user_brands ub JOIN users u ON u.id = ub.user_id WHERE u.username = 'brandadmin'")).brand_id;
    const user = { username: `new_${Date.now() % 1_000_000}`, password: 'Given#By2026admin' };
    const admin = await login(ADMIN.username, ADMIN.password);
    const created = await call('POST', '/api/v1/users', { ...user, roles: ['brand_admin'], brandIds: [brandId] }, admin);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const { context, page } = await freshPage();
    await signIn(page, user);
    await page.waitForURL('**/password-expired');
    await page.getByRole('heading', { name: zh.password.firstLoginTitle }).waitFor();
    assert.equal((await page.getByTestId('password-expired').textContent())?.trim(), zh.password.firstLoginExplain);
    await screenshot(page, '09b-first-login');

    await page.getByLabel(zh.password.current).fill(user.password);
    await page.getByLabel(zh.password.new, { exact: true }).fill('MyOwn#2026pass');
    await page.getByLabel(zh.password.confirm).fill('MyOwn#2026pass');
    await page.getByRole('button', { name: zh.password.submit }).click();
    await page.waitForURL('**/dashboard');
    assert.equal(Number((await one<{ must: number }>('SELECT must_change_password AS must FROM users WHERE username = ?', [user.username])).must), 0);
    await context.close();
  });

  test('every screen visited has no serious or critical accessibility violation (axe-core, WCAG 2.1 AA)', () => {
    assert.ok(accessibility.screens >= 10, `the screens were checked (${accessibility.screens})`);
    assert.deepEqual(Object.fromEntries(accessibility.findings), {});
  });
});
