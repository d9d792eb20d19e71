import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Stack } from '../../scripts/stack/stack';
import { API_URL, call, login } from '../../tests/integration/support/api-client';
import { one } from '../../tests/integration/support/db';
import { createBrand, createCampaign, createDistributorChain, createUser } from '../../tests/integration/support/factories';
import { paidOrder } from '../../tests/integration/api/money.helpers';
import zhDistributors from '../public/i18n/distributors/zh-CN.json';
import { accessibility, screenshot } from './browser';
import { closeConsole, openConsole } from './console-under-test';
import { type Credentials, signedIn as signIn } from './session';

/**
 * Distributors in the console, in Debian's Chromium against the real stack: a platform admin approves one
 * application and rejects two in bulk with a reason (first refused without one); opens a brand's network
 * level by level with each node's numbers and a distributor's link clicks; moves a distributor under another
 * (the team follows) after the console refused a cycle beside the field; a brand admin sees only the own
 * brand. Screens saved under test-artefacts/screens/ and checked by axe-core.
 */
const ADMIN = { username: 'admin', password: 'Admin@12345' };
const BRAND_ADMIN = { username: 'brandadmin', password: 'Brand@12345' };
const D = '/api/v1/distributor';

let stack: Stack;
let browser: Browser;
let consoleUrl: string;

before(async () => {
  ({ browser, stack, consoleUrl } = await openConsole());
});

after(() => closeConsole(browser, stack));

function signedIn(user: Credentials = ADMIN): Promise<{ context: BrowserContext; page: Page }> {
  return signIn(browser, consoleUrl, user);
}

/** Dialogs gone and the snack bar's notice read and closed, then every finite animation ended (axe judges a settled page). */
async function shot(page: Page, name: string, dialog = false): Promise<void> {
  if (!dialog) await page.locator('mat-dialog-container').waitFor({ state: 'detached' });
  const snack = page.locator('.mat-mdc-snack-bar-container');
  if (!dialog && (await snack.count()) > 0) {
    await snack.getByRole('button').click();
    await snack.waitFor({ state: 'detached' });
  }
  await screenshot(page, name);
}

const demoBrandId = async () =>
  (await one<{ brand_id: string }>("SELECT ub.brand_id FROM user_brands ub JOIN users u ON u.id = ub.user_id WHERE u.username = 'brandadmin'")).brand_id;

/** A participant applies to the brand, referred by `referrerId`: the pending application's id. */
async function application(brandId: string, referrerId?: string): Promise<{ id: string; username: string }> {
  const user = await createUser('participant');
  const applied = await call('POST', `${D}/apply`, { brandId, ...(referrerId ? { referrerId } : {}) }, await login(user.username, user.password));
  assert.equal(applied.status, 201, JSON.stringify(applied.body));
  return { id: applied.body.data.id, username: user.username };
}

describe('distributors in the console', () => {
  let brandId: string;
  let chain: Awaited<ReturnType<typeof createDistributorChain>>;
  let other: Awaited<ReturnType<typeof createDistributorChain>>[number];

  before(async () => {
    brandId = await demoBrandId();
    chain = await createDistributorChain(brandId, 3); // top → mid → leaf
    [other] = await createDistributorChain(brandId, 1);
    const campaignId = await createCampaign(brandId);
    const link = await call('POST', `${D}/link/generate`, { campaignId }, await login(chain[2].username, chain[2].password));
    assert.equal(link.status, 200, JSON.stringify(link.body));
    await fetch(`${API_URL}${D}/l/${link.body.data.code}`, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
    await paidOrder(campaignId, chain[2].distributorId); // leaf 10.00, mid 5.00, top 2.00
  });

  test('a platform admin approves an application, and rejects two in bulk only with a reason', async () => {
    const approveMe = await application(brandId, chain[0].distributorId);
    const rejectA = await application(brandId);
    const rejectB = await application(brandId);
    const { context, page } = await signedIn();
    await page.locator('[data-menu="distributors"]').click();
    await page.waitForURL('**/distributors/applications');
    await page.locator(`tr[data-application="${approveMe.id}"]`).waitFor();
    assert.match(await page.locator(`tr[data-application="${approveMe.id}"]`).innerText(), new RegExp(chain[0].username), 'the referrer is named');
    const pendingBefore = Number(await page.locator('[data-count="pending"]').innerText());
    assert.ok(pendingBefore >= 3, `the pending tab counts the queue (${pendingBefore})`);
    await shot(page, '60-distributor-applications');

    await page.locator(`tr[data-application="${approveMe.id}"] [data-action="approve"]`).click();
    await page.getByTestId('review-confirm').click();
    await page.getByText(zhDistributors.review.approved.replace('{{count}}', '1')).waitFor();
    await page.locator(`tr[data-application="${approveMe.id}"]`).waitFor({ state: 'detached' });
    await page.locator('.mat-mdc-snack-bar-container').getByRole('button').click();
    await page.locator('.mat-mdc-snack-bar-container').waitFor({ state: 'detached' });
    assert.equal((await one<{ status: string }>('SELECT status FROM distributors WHERE id = ?', [approveMe.id])).status, 'active');

    for (const a of [rejectA, rejectB]) await page.getByRole('checkbox', { name: zhDistributors.select.replace('{{name}}', a.username) }).check();
    await page.locator('[data-bulk="reject"]').click();
    await page.getByTestId('review-confirm').click();
    await page.getByTestId('review-reason-error').waitFor(); // no reason: refused before sending
    assert.equal((await one<{ status: string }>('SELECT status FROM distributors WHERE id = ?', [rejectA.id])).status, 'pending');
    await shot(page, '61-distributor-reject-dialog', true);
    await page.getByTestId('review-reason').fill('资料不完整，请补充后重新申请');
    await page.getByTestId('review-confirm').click();
    await page.getByText(zhDistributors.review.rejected.replace('{{count}}', '2')).waitFor();
    await page.locator('[data-tab="rejected"]').click();
    await page.locator(`tr[data-application="${rejectA.id}"]`).waitFor();
    assert.match(await page.locator(`tr[data-application="${rejectB.id}"]`).innerText(), /资料不完整/);
    await shot(page, '62-distributor-rejected');
    await context.close();
  });

  test('the network opens level by level with each node’s numbers, and a distributor’s links with their clicks', async () => {
    const { context, page } = await signedIn();
    await page.goto(`${consoleUrl}/distributors/tree?brand=${brandId}`);
    const topRow = page.locator(`li[data-node="${chain[0].distributorId}"]`);
    await topRow.waitFor();
    assert.equal(await page.locator(`li[data-node="${chain[1].distributorId}"]`).count(), 0, 'the team is not loaded before it is opened');
    await topRow.getByTestId('tree-toggle').click();
    const midRow = page.locator(`li[data-node="${chain[1].distributorId}"]`);
    await midRow.getByTestId('tree-toggle').click();
    const leafRow = page.locator(`li[data-node="${chain[2].distributorId}"]`);
    await leafRow.waitFor();
    assert.match(await topRow.innerText(), /团队 3[\s\S]*¥2\.00/, 'the top node: its team (the approved applicant too) and earnings');
    assert.match(await leafRow.innerText(), /订单 1[\s\S]*奖励 1[\s\S]*¥10\.00/);
    await leafRow.getByRole('button', { name: new RegExp(chain[2].username) }).click();
    await page.getByTestId('links-table').waitFor();
    assert.equal(await page.getByTestId('link-clicks').first().innerText(), '1');
    await shot(page, '63-distributor-tree');

    await page.getByTestId('tree-search').fill(chain[2].username);
    await page.getByTestId('tree-search-submit').click();
    await page.locator(`[data-result="${chain[2].distributorId}"]`).waitFor();
    assert.match(await page.locator(`[data-result="${chain[2].distributorId}"]`).innerText(), new RegExp(`${chain[1].username} ← ${chain[0].username}`));
    await shot(page, '64-distributor-search');
    await context.close();
  });

  test('an upline change: the cycle is refused beside the field, a valid move takes the team along', async () => {
    const { context, page } = await signedIn();
    await page.goto(`${consoleUrl}/distributors/tree?brand=${brandId}&q=${chain[1].username}`);
    await page.locator(`[data-result="${chain[1].distributorId}"]`).click();
    await page.getByTestId('upline-form').waitFor();

    // mid under its own child (leaf): a cycle.
    await page.getByTestId('upline-parent').fill(chain[2].username);
    await page.locator(`mat-option[data-option="${chain[2].distributorId}"]`).click();
    await page.getByTestId('upline-submit').click();
    assert.equal(await page.getByTestId('upline-problem').innerText(), zhDistributors.move.cycle.replace('{{name}}', chain[1].username));
    await shot(page, '65-distributor-upline-cycle');

    // mid (with leaf) under the other level-1 distributor.
    await page.getByTestId('upline-parent').fill(other.username);
    await page.locator(`mat-option[data-option="${other.distributorId}"]`).click();
    await page.getByTestId('upline-submit').click();
    await page.getByText(zhDistributors.move.moved.replace('{{name}}', chain[1].username).replace('{{team}}', '1')).waitFor();
    await page.getByTestId('node-upline').getByText(other.username).waitFor();
    const rows = await one<{ mid: string; leaf: number }>(
      'SELECT (SELECT parent_id FROM distributors WHERE id = ?) AS mid, (SELECT level FROM distributors WHERE id = ?) AS leaf',
      [chain[1].distributorId, chain[2].distributorId],
    );
    assert.deepEqual([String(rows.mid), Number(rows.leaf)], [other.distributorId, 3]);
    assert.ok(await one("SELECT id FROM audit_logs WHERE action = 'distributor.upline' AND resource_id = ?", [chain[1].distributorId]), 'audited');
    await shot(page, '66-distributor-upline-moved');
    await context.close();
  });

  test("a brand admin sees only the own brand's applications and network", async () => {
    const foreign = await createDistributorChain(await createBrand(), 1);
    const { context, page } = await signedIn(BRAND_ADMIN);
    await page.goto(`${consoleUrl}/distributors/applications?status=all`);
    await page.getByTestId('application-table').waitFor();
    assert.equal(await page.locator(`tr[data-application="${foreign[0].distributorId}"]`).count(), 0, "another brand's distributor is not listed");
    await page.getByTestId('brand-scope').waitFor();
    await shot(page, '67-distributor-applications-brand-admin');
    await page.getByTestId('nav-tree').click();
    await page.locator(`li[data-node="${chain[0].distributorId}"]`).waitFor();
    assert.equal(await page.locator(`li[data-node="${foreign[0].distributorId}"]`).count(), 0);
    await shot(page, '68-distributor-tree-brand-admin');
    await context.close();
  });

  test('a brand admin lays out the poster template by dragging and typing, sees a box off the poster refused, previews and saves it', async () => {
    const { context, page } = await signedIn(BRAND_ADMIN);
    await page.goto(`${consoleUrl}/distributors/poster`);
    await page.getByTestId('poster-form').waitFor();
    const field = (path: string) => page.locator(`input[data-field="${path}"]`);

    await field('qr.x').fill('700');
    await page.locator('[data-problem="qr.x"]').waitFor(); // beside the field, before sending
    assert.match(await page.locator('[data-problem="qr.x"]').innerText(), /0.*510/);
    assert.equal(await page.getByTestId('poster-save').isDisabled(), true);
    await shot(page, '69-distributor-poster-refused');
    await field('qr.x').fill('40');
    await field('qr.y').fill('40');

    const before = Number(await field('avatar.x').inputValue());
    const box = await page.getByTestId('drag-avatar').boundingBox();
    assert.ok(box);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 20, box.y + box.height / 2 - 20, { steps: 8 });
    await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2 - 40, { steps: 8 });
    await page.mouse.up();
    await page.waitForFunction(`document.querySelector('input[data-field="avatar.x"]')?.value !== '${before}'`, undefined, { timeout: 5_000 }).catch(() => undefined);
    const after = Number(await field('avatar.x').inputValue());
    assert.ok(Math.abs(after - before - 100) <= 3, `dragging 40 px on the 0.4 scale moves it 100 poster pixels (${before} → ${after})`);

    await page.getByTestId('poster-preview').click();
    const preview = page.getByTestId('poster-preview-image');
    await preview.waitFor();
    await page.waitForFunction("document.querySelector('[data-testid=poster-preview-image]')?.naturalWidth === 750");
    await page.getByTestId('poster-save').click();
    await page.getByText(zhDistributors.poster.saved).waitFor();
    const saved = await one<{ template: unknown }>('SELECT template FROM poster_templates WHERE brand_id = ?', [brandId]);
    const template = typeof saved.template === 'string' ? JSON.parse(saved.template) : saved.template;
    assert.deepEqual([template.qr.x, template.qr.y, template.avatar.x], [40, 40, after]);
    await page.locator('.mat-mdc-snack-bar-container').getByRole('button').click();
    await page.waitForFunction("document.querySelector('[data-testid=poster-preview-image]')?.naturalWidth === 750");
    await shot(page, '70-distributor-poster');
    await context.close();
  });

  test('every screen visited has no serious or critical accessibility violation (axe-core, WCAG 2.1 AA)', () => {
    assert.ok(accessibility.screens >= 11, `the screens were checked (${accessibility.screens})`);
    assert.deepEqual(Object.fromEntries(accessibility.findings), {});
  });
});

