import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Stack } from '../../scripts/stack/stack';
import { call, createOrder, login } from '../../tests/integration/support/api-client';
import { db, one } from '../../tests/integration/support/db';
import { createBrand, createCampaign, createDistributorChain, nextPhone } from '../../tests/integration/support/factories';
import { startTestStack, stopTestStack } from '../../tests/integration/support/test-stack';
import { accessibility, launchChromium, phonePage, screenshot } from './browser';

/**
 * The consumer H5 app in Debian's Chromium at a phone's size, against the real stack started by the
 * project's scripts (the test stack, then the H5 server as `npm start` does): a distributor's link opens the
 * campaign, the consumer signs up, pays in the WeChat Pay sandbox and sees success only once the API says
 * the order is paid; the order carries the distributor as referrer; a second sign-up with the same phone
 * says 您已参与过该活动. Every screen is saved under h5-ionic/test-artefacts/screens/ and checked by axe-core.
 */
let stack: Stack;
let browser: Browser;
let h5: string;
let campaignId: string;
let distributorId: string;
const phone = nextPhone();

before(async () => {
  browser = await launchChromium();
  stack = await startTestStack();
  await stack.startH5();
  h5 = stack.urls.h5!;
  const brand = await createBrand();
  distributorId = (await createDistributorChain(brand, 1))[0]!.distributorId;
  campaignId = await createCampaign(brand, { price: '49.90' });
  await db().query('UPDATE campaigns SET description = ? WHERE id = ?', ['周末亲子烘焙体验，名额有限。\n报名后请准时到场。', campaignId]);
});

after(async () => {
  await browser?.close();
  await stopTestStack(stack);
});

async function input(page: Page, name: string) {
  return page.locator(`ion-input[data-field="${name}"] input`);
}

describe('H5 app: from a shared link to a paid order', () => {
  test('a link with ref: the campaign, the sign-up with field errors, the sandbox payment, success from the server', async () => {
    const { context, page } = await phonePage(browser);
    await page.goto(`${h5}/c/${campaignId}?ref=${distributorId}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
    assert.match(await page.locator('.price').innerText(), /49\.90/);
    await page.getByText('周末亲子烘焙体验').waitFor();
    const remembered = await page.evaluate(() => localStorage.getItem('dmh.referrals.v1'));
    assert.match(remembered ?? '', new RegExp(`"${campaignId}":\\{"referrerId":"${distributorId}"`), 'the referral is remembered before any sign-up');
    await screenshot(page, 'h5-01-campaign');

    // Nothing filled: the server's rules, said beside each field.
    await page.getByRole('button', { name: '立即报名' }).click();
    await page.getByText('请填写姓名').waitFor();
    await page.getByText('请填写手机号').waitFor();
    await screenshot(page, 'h5-02-signup-errors');

    // A reload (as after a redirect) keeps the referral even without ?ref.
    await page.goto(`${h5}/c/${campaignId}`);
    await (await input(page, 'name')).fill('王小明');
    await (await input(page, 'phone')).fill(phone);
    await page.getByRole('button', { name: '立即报名' }).click();
    await page.waitForURL(/\/o\/D\d{14}[A-Z0-9]{12}$/);
    const orderNo = page.url().split('/').pop()!;
    await page.getByRole('button', { name: /立即支付/ }).waitFor();
    await screenshot(page, 'h5-03-order-unpaid');
    const placed = await one<{ referrer_id: string; pay_status: string }>('SELECT referrer_id, pay_status FROM orders WHERE order_no = ?', [orderNo]);
    assert.equal(String(placed.referrer_id), distributorId, 'the order is attributed to the distributor of the link');
    assert.equal(placed.pay_status, 'unpaid');

    await page.getByRole('button', { name: /立即支付/ }).click();
    await page.getByTestId('paid').waitFor({ timeout: 30_000 });
    const paid = await one<{ pay_status: string }>('SELECT pay_status FROM orders WHERE order_no = ?', [orderNo]);
    assert.equal(paid.pay_status, 'paid', 'success is shown only for an order the server has as paid');
    await page.getByText('支付成功').waitFor();
    await screenshot(page, 'h5-04-paid');
    await context.close();
  });

  test('a second sign-up with the same phone says 您已参与过该活动', async () => {
    const { context, page } = await phonePage(browser);
    await page.goto(`${h5}/c/${campaignId}`);
    await (await input(page, 'name')).fill('王小明');
    await (await input(page, 'phone')).fill(phone);
    await page.getByRole('button', { name: '立即报名' }).click();
    await page.getByTestId('duplicate').waitFor();
    assert.equal((await page.getByTestId('duplicate').innerText()).trim(), '您已参与过该活动');
    await screenshot(page, 'h5-05-duplicate');
    await context.close();
  });

  test('an order closed after its pay window says so and leads back to the campaign; a missing campaign says what to do', async () => {
    const order = await createOrder(campaignId, nextPhone());
    await db().query("UPDATE orders SET status = 'cancelled', close_reason = 'expired', closed_at = NOW(3) WHERE order_no = ?", [order.orderNo]);
    const { context, page } = await phonePage(browser);
    await page.goto(`${h5}/o/${order.orderNo}`);
    await page.getByText('订单已超时关闭').waitFor();
    await screenshot(page, 'h5-06-order-expired');
    await page.goto(`${h5}/c/999999999`);
    await page.getByText('没有找到这个活动').waitFor();
    await screenshot(page, 'h5-07-campaign-missing');
    await context.close();
  });

  test("a designed page renders block by block, with the campaign's own form fields of every kind", async () => {
    const brand = await createBrand();
    const designed = await createCampaign(brand);
    const fields = [
      { key: 'name', label: '姓名', type: 'text', required: true },
      { key: 'phone', label: '手机号', type: 'phone', required: true },
      { key: 'city', label: '城市', type: 'select', options: ['北京', '上海'] },
      { key: 'session', label: '场次', type: 'radio', options: ['上午', '下午'], required: true },
      { key: 'likes', label: '口味', type: 'checkbox', options: ['甜', '咸'], max: 2 },
    ];
    await db().query('UPDATE campaigns SET form_fields = ? WHERE id = ?', [JSON.stringify(fields), designed]);
    const token = await login('admin', 'Admin@12345');
    const config = {
      title: '春日试吃会',
      blocks: [
        { id: 'banner', type: 'banner', imageUrl: `${h5}/favicon.svg`, title: '春日限定', subtitle: '新品抢先尝' },
        { id: 'count', type: 'countdown', target: 'end', label: '报名截止' },
        { id: 'text', type: 'richText', html: '<p>活动详情：<strong>免费试吃</strong>三款新品。</p>' },
        { id: 'form', type: 'form', title: '预约信息', submitText: '马上预约' },
      ],
    };
    const saved = await call('PUT', `/api/v1/campaigns/${designed}/page-config`, config, token);
    assert.equal(saved.status, 201, JSON.stringify(saved.body));
    const published = await call('POST', `/api/v1/campaigns/${designed}/page-config/publish`, { version: saved.body.data.version }, token);
    assert.ok(published.status === 200 || published.status === 201, JSON.stringify(published.body));

    const { context, page } = await phonePage(browser);
    const pageAsks: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes(`/api/v1/campaigns/${designed}/page`)) pageAsks.push(r.url());
    });
    await page.goto(`${h5}/c/${designed}`);
    await page.getByText('春日限定').waitFor();
    assert.equal(pageAsks.length, 1, 'the page index.html asked for while the app loaded is the one shown: not asked for twice');
    assert.equal(await page.locator('.rich strong').innerText(), '免费试吃');
    await page.getByText(/报名截止 还有/).waitFor();
    await page.getByRole('heading', { name: '预约信息' }).waitFor();
    for (const option of ['上午', '下午', '甜', '咸']) await page.getByText(option, { exact: true }).waitFor();
    await screenshot(page, 'h5-08-designed-page');
    await page.getByRole('button', { name: '马上预约' }).click();
    await page.getByText('请选择场次').waitFor();
    await screenshot(page, 'h5-09-designed-page-errors');
    await context.close();
  });

  test('the seats left beside the quota; a full campaign says 已报满 and turns sign-up off in words', async () => {
    const limited = await createCampaign(await createBrand(), { quota: 2 });
    await createOrder(limited, nextPhone());
    const { context, page } = await phonePage(browser);
    await page.goto(`${h5}/c/${limited}`);
    await page.getByTestId('seats-left').waitFor();
    assert.deepEqual([(await page.getByTestId('quota').innerText()).trim(), (await page.getByTestId('seats-left').innerText()).trim()], ['限额 2 名', '剩余 1 名']);
    await screenshot(page, 'h5-10-seats-left');
    await createOrder(limited, nextPhone());
    await page.reload();
    await page.getByTestId('seats-left').getByText('已报满', { exact: true }).waitFor();
    await page.getByText(/^名额已报满，暂时不能报名/).waitFor();
    assert.equal(await page.getByRole('button', { name: '立即报名' }).isDisabled(), true, 'no sign-up on a full campaign');
    await screenshot(page, 'h5-11-campaign-full');
    await context.close();
  });

  test('no screen has a serious or critical accessibility violation', () => {
    assert.ok(accessibility.screens >= 11, `screens checked: ${accessibility.screens}`);
    assert.deepEqual(Object.fromEntries(accessibility.findings), {});
  });
});
