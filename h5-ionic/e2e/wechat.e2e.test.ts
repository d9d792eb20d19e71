import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Stack } from '../../scripts/stack/stack';
import { one } from '../../tests/integration/support/db';
import { createBrand, createCampaign, createDistributorChain, nextPhone } from '../../tests/integration/support/factories';
import { startTestStack, stopTestStack } from '../../tests/integration/support/test-stack';
import { accessibility, launchChromium, PHONE, SCREENS_DIR, screenshot } from './browser';

/**
 * The H5 app as WeChat's browser runs it (its user agent), against the real stack and its sandboxes: a
 * distributor's link goes through WeChat web authorization (the OAuth sandbox) and comes back to the same
 * campaign with the referral kept; the consumer signs up, pays by JSAPI and sees success pushed by the
 * server; the share card is configured with the API's signature. Then the same link in a phone browser
 * outside WeChat pays by H5 pay on the sandbox's cashier page and comes back to the server's answer.
 *
 * `window.WeixinJSBridge` and `window.wx` are defined here, in the page: they stand in for WeChat's client
 * (which no test can run). The bridge's getBrandWCPayRequest forwards to the sandbox's payer endpoint (POST
 * /sandbox/pay/<orderNo>, which sends the API the real v3 notification) and answers as WeChat does.
 */
const WECHAT_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2f) NetType/WIFI Language/zh_CN';
const SAFARI_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';
const JSSDK = 'https://res.wx.qq.com/open/js/jweixin-1.6.0.js';

let stack: Stack;
let browser: Browser;
let h5: string;
let sandbox: string;
let campaignId: string;
let distributorId: string;

before(async () => {
  browser = await launchChromium();
  stack = await startTestStack();
  await stack.startH5();
  h5 = stack.urls.h5!;
  sandbox = stack.urls.sandbox!;
  const brand = await createBrand();
  distributorId = (await createDistributorChain(brand, 1))[0]!.distributorId;
  campaignId = await createCampaign(brand, { price: '29.90' });
});

after(async () => {
  await browser?.close();
  await stopTestStack(stack);
});

/** WeChat's client, played in the page: the pay bridge (to the sandbox's payer endpoint) and the JS-SDK's wx. */
async function wechatClient(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = globalThis as any;
    w.__wxPayRequests = [];
    w.WeixinJSBridge = {
      invoke(api: string, params: Record<string, string>, callback: (res: { err_msg: string }) => void) {
        w.__wxPayRequests.push({ api, params });
        const orderNo = w.location.pathname.split('/').pop();
        fetch(`/sandbox/pay/${orderNo}`, { method: 'POST' }).then(
          (r) => callback({ err_msg: r.ok ? 'get_brand_wcpay_request:ok' : 'get_brand_wcpay_request:fail' }),
          () => callback({ err_msg: 'get_brand_wcpay_request:fail' }),
        );
      },
    };
  });
  await context.route(JSSDK, (route) =>
    route.fulfill({
      contentType: 'application/javascript',
      body: `window.wx = { config(c) { window.__wxConfig = c; }, ready(f) { setTimeout(f, 0); }, error() {},
        updateAppMessageShareData(d) { window.__wxShare = d; }, updateTimelineShareData() {} };`,
    }),
  );
}

async function fill(page: Page, name: string, value: string): Promise<void> {
  await page.locator(`ion-input[data-field="${name}"] input`).fill(value);
}

/** A page of a sandbox (not this app): saved for a look, not checked by axe. */
async function sandboxShot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`) });
}

describe('H5 app inside WeChat, and H5 pay outside it', () => {
  test('a link through WeChat authorization keeps its referral; sign-up, JSAPI pay, success pushed; the share card signed', async () => {
    const context = await browser.newContext({ ...PHONE, userAgent: WECHAT_UA });
    await wechatClient(context);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    // The authorize page answers 302 at once (snsapi_base is silent), so it shows in the requests, not as a page.
    const visited: string[] = [];
    page.on('request', (r) => r.isNavigationRequest() && r.frame() === page.mainFrame() && visited.push(r.url()));

    await page.goto(`${h5}/c/${campaignId}?ref=${distributorId}`);
    await page.waitForURL(new RegExp(`/c/${campaignId}\\?ref=${distributorId}$`));
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.ok(visited.some((u) => u.startsWith(`${sandbox}/connect/oauth2/authorize?`)), `went to the authorize page: ${visited.join(' → ')}`);
    const callback = visited.find((u) => u.startsWith(`${h5}/wx/callback?`));
    assert.ok(callback, 'came back on the callback');
    const state = new URL(callback!).searchParams.get('state')!;
    assert.match(state, new RegExp(`^S1X${campaignId}X${distributorId}X`), 'the state carried the campaign and the referrer');
    const stored = await page.evaluate(() => ({ referrals: localStorage.getItem('dmh.referrals.v1'), wechat: localStorage.getItem('dmh.h5.wechat.v1'), session: localStorage.getItem('dmh.h5.session.v1') }));
    assert.match(stored.referrals ?? '', new RegExp(`"${campaignId}":\\{"referrerId":"${distributorId}"`));
    const openid = JSON.parse(stored.wechat!).openid as string;
    const userId = JSON.parse(stored.session!).userId as string;
    assert.equal(String((await one<{ user_id: string }>('SELECT user_id FROM wechat_identities WHERE openid = ?', [openid])).user_id), userId);
    await screenshot(page, 'wechat-01-campaign-after-oauth');

    // The share card: wx.config with the API's signature over the URL first landed on (iOS), the link with its ref.
    await page.waitForFunction(() => (globalThis as any).__wxShare);
    const { config, share } = await page.evaluate(() => ({ config: (globalThis as any).__wxConfig, share: (globalThis as any).__wxShare }));
    const { ticket } = (await (await fetch(`${sandbox}/sandbox/wechat/stats`)).json()) as { ticket: string };
    const signedUrl = callback!.split('#')[0];
    assert.equal(config.signature, createHash('sha1').update(`jsapi_ticket=${ticket}&noncestr=${config.nonceStr}&timestamp=${config.timestamp}&url=${signedUrl}`).digest('hex'));
    assert.deepEqual(config.jsApiList, ['updateAppMessageShareData', 'updateTimelineShareData']);
    assert.equal(share.link, `${h5}/c/${campaignId}?ref=${distributorId}`);

    const streams: { url: string; status: number; type: string }[] = [];
    page.on('response', (r) => /\/api\/v1\/orders\/D\w+\/events$/.test(r.url()) && streams.push({ url: r.url(), status: r.status(), type: r.headers()['content-type'] ?? '' }));
    const phone = nextPhone();
    await fill(page, 'name', '微信用户');
    await fill(page, 'phone', phone);
    await page.getByRole('button', { name: '立即报名' }).click();
    await page.waitForURL(/\/o\/D\d{14}[A-Z0-9]{12}$/);
    const orderNo = page.url().split('/').pop()!;
    await page.getByText('使用微信支付').waitFor();
    await screenshot(page, 'wechat-02-order-jsapi');
    const placed = await one<{ referrer_id: string; user_id: string }>('SELECT referrer_id, user_id FROM orders WHERE order_no = ?', [orderNo]);
    assert.equal(String(placed.referrer_id), distributorId, 'the order is attributed to the link’s distributor across the WeChat redirect');
    assert.equal(String(placed.user_id), userId);

    await page.getByRole('button', { name: /立即支付/ }).click();
    await page.getByTestId('paid').waitFor({ timeout: 30_000 });
    assert.ok(streams.some((s) => s.url.includes(orderNo) && s.status === 200 && s.type.startsWith('text/event-stream')), `the order's stream was open for the WeChat account: ${JSON.stringify(streams)}`);
    const [request] = await page.evaluate(() => (globalThis as any).__wxPayRequests);
    assert.equal(request.api, 'getBrandWCPayRequest');
    assert.match(request.params.package, /^prepay_id=wx/);
    assert.ok(request.params.paySign.length > 100, 'the API’s RSA paySign');
    assert.equal((await one<{ pay_status: string }>('SELECT pay_status FROM orders WHERE order_no = ?', [orderNo])).pay_status, 'paid');
    await screenshot(page, 'wechat-03-paid');
    await context.close();
  });

  test('the same link in a phone browser outside WeChat: no authorization, H5 pay on WeChat Pay’s page, back to the server’s answer', async () => {
    const context = await browser.newContext({ ...PHONE, userAgent: SAFARI_UA });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${h5}/c/${campaignId}?ref=${distributorId}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('dmh.h5.wechat.v1')), null, 'no WeChat authorization outside WeChat');
    assert.equal(await page.locator(`script[src="${JSSDK}"]`).count(), 0, 'no JS-SDK outside WeChat');
    await fill(page, 'name', '李小华');
    await fill(page, 'phone', nextPhone());
    await page.getByRole('button', { name: '立即报名' }).click();
    await page.waitForURL(/\/o\/D\d{14}[A-Z0-9]{12}$/);
    const orderNo = page.url().split('/').pop()!;
    await page.getByText('将跳转到微信支付').waitFor();
    await screenshot(page, 'wechat-04-order-h5pay');

    await page.getByRole('button', { name: /立即支付/ }).click();
    await page.waitForURL(new RegExp(`^${sandbox}/sandbox/h5pay/checkmweb\\?`));
    await page.getByText('¥29.90').waitFor();
    await sandboxShot(page, 'wechat-05-h5pay-cashier-sandbox');
    assert.equal((await one<{ pay_status: string }>('SELECT pay_status FROM orders WHERE order_no = ?', [orderNo])).pay_status, 'unpaid');
    await page.getByRole('button', { name: '确认支付' }).click();
    await page.waitForURL(new RegExp(`^${h5}/o/${orderNo}\\?from=h5pay$`));
    await page.getByTestId('paid').waitFor({ timeout: 30_000 });
    const order = await one<{ pay_status: string; referrer_id: string }>('SELECT pay_status, referrer_id FROM orders WHERE order_no = ?', [orderNo]);
    assert.equal(order.pay_status, 'paid');
    assert.equal(String(order.referrer_id), distributorId);
    await screenshot(page, 'wechat-06-h5pay-paid');
    await context.close();
  });

  test('a refused or broken authorization falls back to the page and the SMS login, without a loop', async () => {
    const context = await browser.newContext({ ...PHONE, userAgent: WECHAT_UA });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${h5}/wx/callback?code=0a1b2c3d4e&state=S1X1X1X0X000000000000000000000000`);
    await page.getByText('链接已过期或不完整').waitFor();
    await screenshot(page, 'wechat-07-callback-failed');
    await page.getByText('用手机号登录').click();
    await page.waitForURL(/\/login\?method=sms/);
    await page.getByRole('heading', { name: '验证码登录' }).waitFor();
    await page.getByTestId('wechat-login').waitFor();
    await screenshot(page, 'wechat-08-login-in-wechat');
    await context.close();
  });

  test('no screen has a serious or critical accessibility violation', () => {
    assert.ok(accessibility.screens >= 7, `screens checked: ${accessibility.screens}`);
    assert.deepEqual(Object.fromEntries(accessibility.findings), {});
  });
});
