import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import Redis from 'ioredis';
import type { Browser, Page } from 'playwright-core';
import type { Stack } from '../../scripts/stack/stack';
import { createOrder } from '../../tests/integration/support/api-client';
import { db, one } from '../../tests/integration/support/db';
import { payThroughSandbox } from '../../tests/integration/support/payer';
import { createBrand, createCampaign, createDistributorChain, nextPhone } from '../../tests/integration/support/factories';
import { startTestStack, stopTestStack } from '../../tests/integration/support/test-stack';
import { accessibility, launchChromium, phonePage, screenshot } from './browser';

/**
 * The centres of the H5 app in Debian's Chromium at a phone's size, against the real stack: a consumer
 * opens a distributor's link, logs in by SMS code (the development provider's code, read where a phone
 * would get it), signs up, pays in the sandbox and sees success pushed by the server; the member centre
 * lists the order; the distributor logs in by SMS, sees the reward with its order and level, asks for a
 * withdrawal (minimum and fee shown before confirming) and sees it frozen. Screens in test-artefacts/screens/.
 */
let stack: Stack;
let browser: Browser;
let redis: Redis;
let h5: string;
let campaignId: string;
let distributor: { distributorId: string; userId: string };
const consumerPhone = nextPhone();
const distributorPhone = nextPhone();

before(async () => {
  browser = await launchChromium();
  stack = await startTestStack();
  await stack.startH5();
  h5 = stack.urls.h5!;
  redis = new Redis({ host: stack.cfg.redis.host, port: stack.cfg.redis.port, maxRetriesPerRequest: 1 });
  const brand = await createBrand();
  distributor = (await createDistributorChain(brand, 1))[0]!;
  await db().query('UPDATE users SET phone = ?, real_name = ? WHERE id = ?', [distributorPhone, '李分销', distributor.userId]);
  campaignId = await createCampaign(brand, { price: '39.90' });
});

after(async () => {
  await redis?.quit();
  await browser?.close();
  await stopTestStack(stack);
});

/** Logs in on the login page: asks a code, reads it from the development provider's outbox, types it. */
async function smsLogin(page: Page, phone: string, shotPrefix?: string): Promise<void> {
  await page.locator('ion-input[name="phone"] input').fill(phone);
  await page.getByTestId('send-code').click();
  await page.getByText(/秒后重发/).waitFor();
  const code = await redis.get(`dmh:sms-dev-outbox:${phone}`);
  assert.match(code ?? '', /^\d{6}$/);
  if (shotPrefix) {
    await page.locator('ion-input[name="code"] input').fill(code === '000000' ? '111111' : '000000');
    await page.getByTestId('log-in').click();
    await page.getByText(/验证码不正确，还可再试 4 次/).waitFor();
    await screenshot(page, `${shotPrefix}-login-wrong-code`);
  }
  await page.locator('ion-input[name="code"] input').fill(code!);
  await page.getByTestId('log-in').click();
}

describe('H5 app: logging in by SMS, the member centre and the distributor centre', () => {
  test('a consumer from a link logs in by SMS (the referral survives), pays, sees success pushed, and finds the order under 我的', async () => {
    const { context, page } = await phonePage(browser);
    await page.goto(`${h5}/c/${campaignId}?ref=${distributor.distributorId}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('ion-toolbar ion-button', { hasText: '登录' }).click();
    await page.waitForURL(/\/login\?returnTo=/);
    await page.getByRole('heading', { name: '验证码登录' }).waitFor();
    await screenshot(page, 'centre-01-login');
    await page.getByTestId('log-in').click();
    await page.getByText('请输入手机号').waitFor();
    await page.getByText('请输入验证码').waitFor();
    await screenshot(page, 'centre-02-login-field-errors');
    await smsLogin(page, consumerPhone, 'centre-03');
    await page.waitForURL(new RegExp(`/c/${campaignId}\\?ref=${distributor.distributorId}$`));
    await page.locator('ion-toolbar ion-button', { hasText: '我的' }).waitFor();

    await page.locator('ion-input[data-field="name"] input').fill('赵小芳');
    await page.locator('ion-input[data-field="phone"] input').fill(consumerPhone);
    await page.getByRole('button', { name: '立即报名' }).click();
    await page.waitForURL(/\/o\/D\d{14}[A-Z0-9]{12}$/);
    const orderNo = page.url().split('/').pop()!;
    const placed = await one<{ referrer_id: string; user_id: string }>('SELECT referrer_id, user_id FROM orders WHERE order_no = ?', [orderNo]);
    assert.equal(String(placed.referrer_id), distributor.distributorId, 'the referral survived the login');
    assert.ok(placed.user_id, 'the order belongs to the signed-in account');
    await page.getByRole('button', { name: /立即支付/ }).click();
    await page.getByTestId('paid').waitFor({ timeout: 30_000 });
    await screenshot(page, 'centre-04-paid-pushed');

    await page.goto(`${h5}/me`);
    const row = page.locator(`li[data-order="${orderNo}"]`);
    await row.waitFor();
    assert.match(await row.innerText(), /报名成功/);
    await page.getByRole('heading', { name: '我参加的活动' }).waitFor();
    await screenshot(page, 'centre-05-member-centre');
    await context.close();
  });

  test('the distributor logs in by SMS, sees the reward with its order and level, and asks a withdrawal that is frozen', async () => {
    const paid = await one<{ order_no: string }>("SELECT order_no FROM orders WHERE campaign_id = ? AND pay_status = 'paid' ORDER BY id DESC LIMIT 1", [campaignId]);
    const { context, page } = await phonePage(browser);
    await page.goto(`${h5}/distributor`);
    await page.waitForURL(/\/login\?returnTo=(%2F|\/)distributor/);
    await smsLogin(page, distributorPhone);
    await page.waitForURL(/\/distributor$/);
    const reward = page.locator(`li[data-reward="${paid.order_no}"]`);
    // The first reward is credited by the distributor's BalanceActor right after the payment: reload until it shows.
    for (let i = 0; i < 20 && (await page.getByTestId('available').innerText().catch(() => '')).trim() !== '¥10.00'; i++) {
      await page.waitForTimeout(500);
      await page.reload();
      await page.getByTestId('available').waitFor();
    }
    await reward.waitFor();
    assert.match(await reward.innerText(), /直推/);
    assert.match(await reward.innerText(), /\+¥10\.00/);
    await page.getByText('新奖励会实时出现在这里。').waitFor();
    await screenshot(page, 'centre-06-distributor-earnings');

    // A second sale through the link while the centre is open: the reward is pushed, no reload.
    const second = await createOrder(campaignId, nextPhone(), distributor.distributorId);
    const paying = Date.now();
    await payThroughSandbox(second.orderNo);
    await page.locator(`li[data-reward="${second.orderNo}"]`).waitFor({ timeout: 5_000 });
    const pushedIn = Date.now() - paying;
    assert.ok(pushedIn < 2_000 + 1_000, `the reward showed ${pushedIn} ms after the payment started`);
    await page.getByTestId('reward-arrived').waitFor();
    assert.equal((await page.getByTestId('available').innerText()).trim(), '¥20.00');
    await screenshot(page, 'centre-06b-reward-pushed');

    await page.locator('ion-input input[inputmode="decimal"]').fill('5');
    await page.getByRole('button', { name: '提现', exact: true }).click();
    await page.getByText('最低提现 ¥10.00', { exact: true }).waitFor();
    await page.locator('ion-input input[inputmode="decimal"]').fill('10');
    await page.getByRole('button', { name: '提现', exact: true }).click();
    await page.getByText(/实际到账/).waitFor();
    await screenshot(page, 'centre-07-withdrawal-confirm');
    await page.getByRole('button', { name: '确认提现' }).click();
    await page.getByText(/已申请提现 ¥10\.00/).waitFor();
    assert.equal((await page.getByTestId('frozen').innerText()).trim(), '¥10.00');
    assert.equal((await page.getByTestId('available').innerText()).trim(), '¥10.00');
    await page.getByText('审核中').first().waitFor();
    await screenshot(page, 'centre-08-withdrawal-frozen');

    await page.locator('ion-segment-button[value="links"]').click();
    await page.getByRole('button', { name: '生成推广链接' }).click();
    await page.getByRole('button', { name: '海报' }).click();
    await page.getByRole('img', { name: /推广海报/ }).waitFor();
    await page.getByText('保存海报到本机').waitFor();
    await screenshot(page, 'centre-09-links-poster');
    await page.locator('ion-segment-button[value="team"]').click();
    await page.getByRole('heading', { name: /直属成员/ }).waitFor();
    await screenshot(page, 'centre-10-team');
    await context.close();
  });

  test('inside WeChat the poster says to long-press it', async () => {
    const context = await browser.newContext({
      viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN',
      userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47 NetType/WIFI Language/zh_CN',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await redis.del(`dmh:sms:resend:${distributorPhone}`);
    await page.goto(`${h5}/login?method=sms&returnTo=%2Fdistributor`); // inside WeChat the login is WeChat's unless asked for SMS
    await smsLogin(page, distributorPhone);
    await page.waitForURL(/\/distributor$/);
    await page.locator('ion-segment-button[value="links"]').click();
    const make = page.getByRole('button', { name: '生成推广链接' });
    const poster = page.getByRole('button', { name: '海报' });
    await make.or(poster).first().waitFor();
    if (await make.count()) await make.click();
    await poster.click();
    await page.getByTestId('long-press-hint').waitFor();
    assert.equal(await page.getByText('保存海报到本机').count(), 0, 'no download link where it cannot work');
    await screenshot(page, 'centre-11-poster-in-wechat');
    await context.close();
  });

  test('no screen has a serious or critical accessibility violation', () => {
    assert.ok(accessibility.screens >= 10, `screens checked: ${accessibility.screens}`);
    assert.deepEqual(Object.fromEntries(accessibility.findings), {});
  });
});
