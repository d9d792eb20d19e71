import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { Stack } from '../../scripts/stack/stack';
import { call, login } from '../../tests/integration/support/api-client';
import { one } from '../../tests/integration/support/db';
import zhDesigner from '../public/i18n/page-designer/zh-CN.json';
import { accessibility as phoneAccessibility, screenshot as phoneScreenshot } from '../../h5-ionic/e2e/browser';
import { accessibility, screenshot } from './browser';
import { closeConsole, openConsole } from './console-under-test';
import { openFromMenu, submitLogin } from './session';

/**
 * The page designer in Debian's Chromium against the real stack: a brand admin designs a campaign's page
 * from several blocks (dragged and clicked from the palette, reordered, configured, undone and redone),
 * sees the rules' and the API's refusals beside the property they name, saves, publishes after a
 * confirmation; the public page endpoint and the consumer app (in the same browser) show those blocks
 * (its screenshots in h5-ionic/test-artefacts/screens/, whole-screen, as the H5 suite takes them);
 * an older version comes back; the QR code's preview link opens an unpublished design on the phone.
 */
const BRAND_ADMIN = { username: 'brandadmin', password: 'Brand@12345' };

let stack: Stack;
let browser: Browser;
let consoleUrl: string;
let h5: string;

before(async () => {
  ({ browser, stack, consoleUrl } = await openConsole({ h5: true }));
  h5 = stack.urls.h5!;
});

after(() => closeConsole(browser, stack));

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

async function until(what: string, check: () => Promise<boolean>, state: () => Promise<string>): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`timed out waiting for ${what}; found ${await state()}`);
}

async function draftCampaign(): Promise<string> {
  const token = await login(BRAND_ADMIN.username, BRAND_ADMIN.password);
  const brandId = (await one<{ brand_id: string }>("SELECT ub.brand_id FROM user_brands ub JOIN users u ON u.id = ub.user_id WHERE u.username = 'brandadmin'")).brand_id;
  const day = 86_400_000;
  const created = await call('POST', '/api/v1/campaigns', {
    brandId, name: `页面设计 ${Date.now()}`, price: '39.90', quota: 60, startTime: new Date(Date.now() - day).toISOString(), endTime: new Date(Date.now() + 9 * day).toISOString(),
    formFields: [{ key: 'name', label: '姓名', type: 'text', required: true }, { key: 'phone', label: '手机号', type: 'phone', required: true }], rewardLevels: [],
  }, token);
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body.data.id;
}

const blocksOf = (page: Page) => page.getByTestId('canvas-block').evaluateAll((els) => els.map((e) => e.getAttribute('data-type')).join());
/** The canvas comes to show the blocks in this order (a click's re-render lands a moment later). */
async function expectOrder(page: Page, expected: string): Promise<void> {
  await until(`the blocks ${expected}`, async () => (await blocksOf(page)) === expected, () => blocksOf(page));
}
const prop = (page: Page, name: string) => page.locator(`[data-testid="block-config"] [data-prop="${name}"]`);

async function phone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return { context, page };
}

describe('page designer', () => {
  test('a brand admin designs a page of several blocks, publishes it, and the public page and the H5 app show those blocks', async () => {
    const id = await draftCampaign();
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await submitLogin(page, consoleUrl, BRAND_ADMIN);
    await page.waitForURL('**/dashboard');
    await openFromMenu(page, 'campaigns', '**/campaigns');

    // The editor leads to the designer; the designer's first answer is held back to show its skeleton.
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/page-config', async (route) => (route.request().method() === 'GET' ? held.then(() => route.continue()) : route.continue()), { times: 1 });
    await page.goto(`${consoleUrl}/campaigns/${id}/edit`);
    await page.getByTestId('design-page').click();
    await page.waitForURL(`**/campaigns/${id}/page`);
    await page.getByTestId('designer-loading').waitFor();
    await screenshot(page, '40-page-designer-loading');
    release();
    await page.getByTestId('canvas-empty').waitFor();
    assert.equal((await page.getByTestId('canvas-empty').locator('p').textContent())?.trim(), zhDesigner.empty);
    await screenshot(page, '41-page-designer-empty');

    // A banner dragged onto the phone; its image address is asked for at once, the rule beside it.
    await drag(page, page.locator('.designer__type[data-type="banner"]'), page.getByTestId('page-canvas'));
    await prop(page, 'imageUrl').waitFor();
    await page.getByText(zhDesigner.rules.url.required.replace('{{max}}', '500')).waitFor();
    await prop(page, 'imageUrl').fill('cdn.example.com/banner.png');
    await page.locator('mat-error').filter({ hasText: '格式不对' }).waitFor();
    await screenshot(page, '42-page-designer-property-error');
    await prop(page, 'imageUrl').fill(`${h5}/favicon.svg`);
    await prop(page, 'title').fill('冬日手冲课');
    assert.equal(await page.locator('mat-error').count(), 0);

    // Price and seats, rich text, countdown, FAQ, share and the form, added by a click each.
    for (const type of ['priceQuota', 'richText', 'countdown', 'faq', 'share', 'form']) {
      await page.locator(`.designer__type[data-type="${type}"]`).click();
      await page.locator(`[data-testid="block-config"][data-type="${type}"]`).waitFor();
      if (type === 'richText') await prop(page, 'html').fill('<p>三款<strong>手冲</strong>，现场品鉴</p>');
      if (type === 'faq') await page.getByTestId('faq-question').first().fill('需要自带器具吗？');
    }
    assert.equal(await page.locator('.designer__type[data-type="form"]').isDisabled(), true, 'one form per page');
    await expectOrder(page, 'banner,priceQuota,richText,countdown,faq,share,form');

    // Reordered: the form dragged above the share button, then moved up under the price by its arrow; the FAQ down.
    const blocks = page.getByTestId('canvas-block');
    await drag(page, blocks.nth(6).locator('.phone__handle'), blocks.nth(5));
    // Where exactly it lands depends on how the neighbours shift under the pointer: above the share button, the rest in order.
    const others = (order: string) => order.split(',').filter((t) => t !== 'form').join();
    await until('the form dragged up', async () => {
      const order = await blocksOf(page);
      return order.indexOf('form') < order.indexOf('share') && others(order) === 'banner,priceQuota,richText,countdown,faq,share';
    }, () => blocksOf(page));
    const formAt = async () => (await blocksOf(page)).split(',').indexOf('form');
    for (let at = await formAt(); at > 2; at--) {
      await page.getByRole('button', { name: '上移报名表单' }).click();
      await until('the form one up', async () => (await formAt()) === at - 1, () => blocksOf(page));
    }
    await page.getByRole('button', { name: '下移常见问题' }).click();
    await expectOrder(page, 'banner,priceQuota,form,richText,countdown,share,faq');

    // Undo and redo, by the keyboard: a removal comes back and goes again.
    await page.getByRole('button', { name: '删除倒计时' }).click();
    await expectOrder(page, 'banner,priceQuota,form,richText,share,faq');
    await page.keyboard.press('Control+z');
    await expectOrder(page, 'banner,priceQuota,form,richText,countdown,share,faq');
    await page.keyboard.press('Control+Shift+z');
    await expectOrder(page, 'banner,priceQuota,form,richText,share,faq');
    await page.getByTestId('undo').click();
    await expectOrder(page, 'banner,priceQuota,form,richText,countdown,share,faq');
    await screenshot(page, '43-page-designer-blocks');

    // An answer only the API gives (rich text that is nothing once sanitised): said beside that property.
    await page.route('**/page-config', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}');
      body.blocks[3].html = '<script>alert(1)</script>';
      await route.continue({ postData: JSON.stringify(body) });
    }, { times: 1 });
    await page.getByTestId('save-page').click();
    await page.getByTestId('designer-banner').waitFor();
    await page.locator('[data-testid="canvas-block"][data-type="richText"] .phone__bad').waitFor();
    await page.locator('[data-testid="canvas-block"][data-type="richText"]').getByTestId('select-block').click();
    await page.locator('mat-error').filter({ hasText: zhDesigner.problems.empty_after_sanitize }).waitFor();
    await screenshot(page, '44-page-designer-api-error');

    // The refusal stands until the design changes (sending the same page again would be refused again).
    await prop(page, 'html').fill('<p>三款<strong>手冲</strong>，现场品鉴</p>');
    await page.locator('mat-error').filter({ hasText: zhDesigner.problems.empty_after_sanitize }).waitFor({ state: 'detached' });
    await page.getByTestId('save-page').click();
    await page.getByText(zhDesigner.saved.replace('{{version}}', '1')).waitFor();
    await screenshot(page, '45-page-designer-saved');
    await page.getByTestId('publish-page').click();
    await page.getByRole('dialog').waitFor();
    await screenshot(page, '46-page-designer-publish-confirm');
    await page.getByTestId('confirm-action').click();
    await page.getByText(zhDesigner.publishedDraft.replace('{{version}}', '1')).waitFor();

    // The campaign goes live; the public page endpoint answers with the designed blocks in order.
    const token = await login(BRAND_ADMIN.username, BRAND_ADMIN.password);
    assert.equal((await call('POST', `/api/v1/campaigns/${id}/publish`, undefined, token)).status, 200);
    const pub = await call('GET', `/api/v1/campaigns/${id}/page`);
    assert.equal(pub.status, 200, JSON.stringify(pub.body));
    assert.deepEqual(pub.body.data.config.blocks.map((b: { type: string }) => b.type), ['banner', 'priceQuota', 'form', 'richText', 'countdown', 'share', 'faq']);
    assert.equal(pub.body.data.config.blocks[3].html, '<p>三款<strong>手冲</strong>，现场品鉴</p>');

    // The consumer app, in the same browser, renders those blocks in that order.
    const mobile = await phone();
    await mobile.page.goto(`${h5}/c/${id}`);
    await mobile.page.locator('[data-block="faq"]').waitFor();
    const rendered = await mobile.page.locator('[data-block]').evaluateAll((els) => els.map((e) => e.getAttribute('data-block')).join());
    assert.equal(rendered, 'banner,priceQuota,richText,countdown,share,faq');
    await mobile.page.getByText('冬日手冲课').waitFor();
    await mobile.page.getByTestId('quota').filter({ hasText: '限额 60 名' }).waitFor();
    await mobile.page.getByText('需要自带器具吗？').waitFor();
    await mobile.page.getByRole('button', { name: '立即报名' }).waitFor();
    await phoneScreenshot(mobile.page, 'h5-40-designed-page');

    // A second version, then the first brought back onto the canvas.
    await page.getByRole('button', { name: '删除常见问题' }).click();
    await page.getByTestId('save-page').click();
    await page.getByText(zhDesigner.saved.replace('{{version}}', '2')).waitFor();
    await page.locator('[data-version="1"]').getByTestId('restore-version').click();
    await until('v1 back on the canvas', async () => (await blocksOf(page)).endsWith('share,faq'), () => blocksOf(page));
    await screenshot(page, '48-page-designer-versions');

    // The QR code: the latest saved version (v2, not published) opens on the phone as a preview.
    await page.getByTestId('qr-make').click();
    await page.getByTestId('qr-image').waitFor();
    const url = (await page.getByTestId('qr-url').getAttribute('href')) as string;
    assert.match(url, new RegExp(`^${h5}/c/${id}\\?preview=`));
    assert.match((await page.getByTestId('qr-download').getAttribute('href')) as string, /^data:image\/png;base64,/);
    await screenshot(page, '49-page-designer-qr');
    await mobile.page.goto(url);
    await mobile.page.getByTestId('preview-note').waitFor();
    assert.equal(await mobile.page.locator('[data-block="faq"]').count(), 0, 'the preview is v2, without the FAQ');
    await phoneScreenshot(mobile.page, 'h5-41-preview');
    await mobile.context.close();

    // English at run time: the designer's own copy follows.
    await page.getByTestId('language-menu').click();
    await page.getByTestId('language-en').click();
    await page.getByRole('heading', { name: 'Page designer' }).waitFor();
    await page.getByText('Saved versions').waitFor();
    await screenshot(page, '51-page-designer-en');
    await context.close();
  });

  test('the designer screens have no serious or critical accessibility violation (axe-core, WCAG 2.1 AA)', () => {
    assert.ok(accessibility.screens >= 8, `the console's screens were checked (${accessibility.screens})`);
    assert.ok(phoneAccessibility.screens >= 2, `the H5 app's screens were checked (${phoneAccessibility.screens})`);
    assert.deepEqual(Object.fromEntries(accessibility.findings), {});
    assert.deepEqual(Object.fromEntries(phoneAccessibility.findings), {});
  });
});
