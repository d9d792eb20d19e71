import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Stack } from '../../scripts/stack/stack';
import { call, login, waitFor } from '../../tests/integration/support/api-client';
import { one } from '../../tests/integration/support/db';
import { createCampaign, createDistributorChain } from '../../tests/integration/support/factories';
import { paidOrder, rewardSetup, sandboxControl } from '../../tests/integration/api/money.helpers';
import zh from '../public/i18n/zh-CN.json';
import zhOrders from '../public/i18n/orders/zh-CN.json';
import zhWithdrawals from '../public/i18n/withdrawals/zh-CN.json';
import { accessibility, screenshot } from './browser';
import { closeConsole, openConsole } from './console-under-test';
import { type Credentials, signedIn as signIn } from './session';

/**
 * Orders and withdrawals in the console, in Debian's Chromium against the real stack: an order paid through
 * the WeChat Pay sandbox is listed and its detail shows the rewards by level; a full refund from the detail
 * shows `processing` and then, without a reload, `success`; a platform admin approves and pays one
 * withdrawal and rejects another (selected, in bulk) with a reason. Screens saved under test-artefacts/screens/.
 */
const ADMIN = { username: 'admin', password: 'Admin@12345' };
const BRAND_ADMIN = { username: 'brandadmin', password: 'Brand@12345' };

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

/** The dialog gone and the snack bar's notice read and closed (axe must not judge them mid-animation). */
async function settledOverlays(page: Page): Promise<void> {
  await page.locator('mat-dialog-container').waitFor({ state: 'detached' });
  const snack = page.locator('.mat-mdc-snack-bar-container');
  if ((await snack.count()) > 0) {
    await snack.getByRole('button').click();
    await snack.waitFor({ state: 'detached' });
  }
}

/**
 * Then the screenshot and axe: after every finite animation ended (Material fades dialogs, snack bars and
 * field errors in, and axe must not judge a half-faded one); the skeleton's endless pulse is not waited for.
 */
const text = async (page: Page, testId: string) => ((await page.getByTestId(testId).first().textContent()) ?? '').trim();

describe('orders and withdrawals in the console', () => {
  let order: { orderId: string; orderNo: string; amount: string };

  before(async () => {
    const { chain, campaignId } = await rewardSetup(2, '10.00');
    order = await paidOrder(campaignId, chain[1].distributorId); // level 1: chain[1] 10.00, level 2: chain[0] 5.00
  });

  test('an order paid through the sandbox is listed, and its detail shows the payment and the rewards by level', async () => {
    const { context, page } = await signedIn();
    await page.locator('[data-menu="orders"]').click();
    await page.waitForURL('**/orders');
    await page.getByTestId('order-table').waitFor();
    assert.ok((await page.locator(`tr[data-order="${order.orderId}"]`).count()) === 1, 'the paid order is on the first page');
    await screenshot(page, '20-orders');

    await page.getByTestId('filter-order-no').fill(order.orderNo);
    await page.waitForURL(`**/orders?no=${order.orderNo}`);
    await page.locator(`tr[data-order="${order.orderId}"]`).waitFor();
    assert.equal(await page.locator('tr[data-order]').count(), 1, 'the number narrows the list to the order');
    await page.getByTestId('filter-phone').fill('12');
    await page.getByTestId('filter-phone').blur();
    await page.getByText(zhOrders.phoneInvalid).waitFor(); // checked before sending
    await page.getByTestId('filter-phone').fill('');

    await page.getByRole('link', { name: `查看订单 ${order.orderNo}` }).click();
    await page.waitForURL(`**/orders/${order.orderId}`);
    await page.getByTestId('reward-table').waitFor();
    assert.equal(await text(page, 'order-status'), zhOrders.statuses.paid);
    assert.match(await text(page, 'order-trade-no'), /^\d{10,}$/, 'the transaction number of the sandbox');
    const rewards = await page.locator('[data-testid="reward-table"] tr[data-level]').evaluateAll((rows) =>
      rows.map((r) => [r.getAttribute('data-level'), (r.querySelector('.num')?.textContent ?? '').trim()]),
    );
    assert.deepEqual(rewards, [['1', '¥10.00'], ['2', '¥5.00']]);
    await page.getByTestId('order-form-data').waitFor();
    await screenshot(page, '21-order-detail');
    await context.close();
  });

  test('a refund from the detail is checked, then shows processing, then success without a reload', async () => {
    // WeChat answers PROCESSING and ends the refund 4 s later: the page must say both, honestly.
    await sandboxControl({ out_trade_no: order.orderNo, refund: { status: 'PROCESSING', notify_after_ms: 4_000 } });
    const { context, page } = await signedIn();
    await page.goto(`${consoleUrl}/orders/${order.orderId}`);
    await page.getByTestId('refund-open').click();
    await page.getByTestId('refund-form').waitFor();
    await page.getByTestId('refund-partial').click();
    await page.getByTestId('refund-amount').fill('99.01');
    await page.getByTestId('refund-submit').click();
    await page.getByTestId('refund-amount-error').waitFor(); // more than was paid: said before anything is sent
    assert.equal(await text(page, 'refund-amount-error'), zhOrders.refundDialog.amountTooBig.replace('{{max}}', order.amount));
    await page.getByTestId('refund-reason-error').waitFor();
    await screenshot(page, '22-refund-dialog-invalid');
    await page.getByTestId('refund-full').click();
    await page.getByTestId('refund-reason').fill('顾客取消报名');
    await page.getByTestId('refund-submit').click();

    await page.getByTestId('refund-processing-note').waitFor();
    assert.equal(await text(page, 'refund-status'), zhOrders.refundStatuses.processing);
    assert.match(await text(page, 'refund-guidance'), /^退款处理中/, "the API's guidance is shown");
    await screenshot(page, '23-refund-processing');

    await page.getByTestId('refund-status').filter({ hasText: zhOrders.refundStatuses.success }).waitFor({ timeout: 30_000 });
    await page.getByTestId('order-status').filter({ hasText: zhOrders.statuses.refunded }).waitFor({ timeout: 30_000 });
    assert.equal(await page.getByTestId('refund-processing-note').count(), 0, 'the note goes once it ended');
    await page.locator('[data-testid="reward-table"] .status--reversed').nth(1).waitFor({ timeout: 30_000 }); // both levels reversed
    assert.equal(await page.getByTestId('refund-open').isDisabled(), true, 'nothing left to refund');
    await screenshot(page, '24-refund-succeeded');

    await page.goto(`${consoleUrl}/orders`);
    await page.getByTestId('refunds-attention-link').click();
    await page.waitForURL('**/orders/refunds');
    await page.getByTestId('attention-empty').waitFor(); // it ended: nothing needs attention
    await screenshot(page, '25-refunds-needing-attention');
    await context.close();
  });

  test('a platform admin approves and pays a withdrawal, and rejects another in bulk with a reason', async () => {
    const requests: { id: string; userId: string }[] = [];
    for (const amount of ['12.00', '15.00']) {
      const { chain, campaignId } = await rewardSetup(1, '30.00');
      await paidOrder(campaignId, chain[0].distributorId);
      const asked = await call('POST', '/api/v1/withdrawals', { amount, accountInfo: { channel: 'wechat', name: '张三' } }, await login(chain[0].username, chain[0].password));
      assert.equal(asked.status, 201, JSON.stringify(asked.body));
      requests.push({ id: asked.body.data.id, userId: chain[0].userId });
    }
    const [toPay, toReject] = requests;
    const statusOf = async (id: string) => (await one<{ status: string }>('SELECT status FROM withdrawals WHERE id = ?', [id])).status;

    const { context, page } = await signedIn();
    await page.locator('[data-menu="withdrawals"]').click();
    await page.waitForURL('**/withdrawals');
    await page.getByTestId('withdrawal-table').waitFor();
    await page.locator('[data-count="requested"]').filter({ hasText: '2' }).waitFor(); // the tab's count
    await page.locator(`tr[data-withdrawal="${toPay.id}"]`).getByRole('button', { name: `#${toPay.userId}`, exact: false }).click();
    // The distributor's account beside the request (the panel showed the first row's until now).
    await page.getByTestId('user-ledger').filter({ hasText: `#${toPay.userId}` }).getByTestId('ledger-entries').waitFor();
    assert.match(await text(page, 'ledger-balance'), /¥18\.00[\s\S]*¥12\.00/, 'available 18.00, frozen 12.00');
    await screenshot(page, '30-withdrawals');

    await page.locator(`tr[data-withdrawal="${toPay.id}"] [data-action="approve"]`).click();
    await page.getByTestId('withdrawal-action-form').waitFor();
    await screenshot(page, '31-withdrawal-approve-confirm');
    await page.getByTestId('withdrawal-action-confirm').click();
    await page.getByTestId('withdrawal-action-form').waitFor({ state: 'detached' });
    await waitFor('approved', async () => (await statusOf(toPay.id)) === 'approved');
    await page.locator('[data-count="approved"]').filter({ hasText: '1' }).waitFor();

    await page.locator(`tr[data-withdrawal="${toReject.id}"] mat-checkbox`).click();
    await page.getByTestId('bulk-bar').locator('[data-bulk="reject"]').click();
    await page.getByTestId('withdrawal-action-confirm').click();
    await page.getByTestId('withdrawal-reason-error').waitFor(); // a rejection needs a reason
    await page.getByTestId('withdrawal-reason').fill('收款账户信息不完整');
    await screenshot(page, '32-withdrawal-reject-reason');
    await page.getByTestId('withdrawal-action-confirm').click();
    await page.getByTestId('withdrawal-action-form').waitFor({ state: 'detached' });
    await waitFor('rejected', async () => (await statusOf(toReject.id)) === 'rejected');
    await page.getByTestId('withdrawals-empty').waitFor(); // nothing left to review
    await settledOverlays(page);
    await screenshot(page, '33-withdrawals-none-to-review');

    await page.locator('[data-tab="approved"]').click();
    await page.locator(`tr[data-withdrawal="${toPay.id}"] [data-action="pay"]`).click();
    await page.getByTestId('withdrawal-payout-ref').fill('WX-TRANSFER-0001');
    await page.getByTestId('withdrawal-action-confirm').click();
    await page.getByTestId('withdrawal-action-form').waitFor({ state: 'detached' });
    await waitFor('paid', async () => (await statusOf(toPay.id)) === 'paid');
    await page.locator('[data-tab="paid"]').click();
    await page.locator(`tr[data-withdrawal="${toPay.id}"]`).getByText('WX-TRANSFER-0001').waitFor();
    await settledOverlays(page);
    await screenshot(page, '34-withdrawals-paid');

    // A closed withdrawal offers no action.
    await page.locator('[data-tab="all"]').click();
    await page.locator(`tr[data-withdrawal="${toReject.id}"]`).getByText(zhWithdrawals.statuses.rejected).waitFor();
    assert.equal(await page.locator(`tr[data-withdrawal="${toReject.id}"] [data-action]`).count(), 0);
    await context.close();
  });

  test('a refused action is said in words for that withdrawal', async () => {
    const { chain, campaignId } = await rewardSetup(1, '30.00');
    await paidOrder(campaignId, chain[0].distributorId);
    const asked = await call('POST', '/api/v1/withdrawals', { amount: '10.00' }, await login(chain[0].username, chain[0].password));
    const { context, page } = await signedIn();
    await page.goto(`${consoleUrl}/withdrawals`);
    await page.locator(`tr[data-withdrawal="${asked.body.data.id}"] [data-action="approve"]`).click();
    // Another admin rejects it meanwhile: the approval now conflicts.
    const other = await login(ADMIN.username, ADMIN.password);
    assert.equal((await call('POST', `/api/v1/withdrawals/${asked.body.data.id}/reject`, { reason: '重复申请' }, other)).status, 200);
    await page.getByTestId('withdrawal-action-confirm').click();
    await page.getByTestId('withdrawal-action-failure').waitFor();
    assert.match(await text(page, 'withdrawal-action-failure'), new RegExp(zh.errors.WITHDRAWAL_STATE_CONFLICT));
    await screenshot(page, '35-withdrawal-refused');
    await context.close();
  });

  test("a brand admin reviews only the own brand's withdrawals and sees the rewards earned there, not the cross-brand ledger", async () => {
    const demoBrand = (await one<{ brand_id: string }>("SELECT ub.brand_id FROM user_brands ub JOIN users u ON u.id = ub.user_id WHERE u.username = 'brandadmin'")).brand_id;
    const own = await createDistributorChain(demoBrand, 1);
    const ownCampaign = await createCampaign(demoBrand, { rewardLevels: [{ level: 1, mode: 'fixed', amount: '20.00' }] });
    await paidOrder(ownCampaign, own[0].distributorId);
    const mine = await call('POST', '/api/v1/withdrawals', { amount: '11.00' }, await login(own[0].username, own[0].password));
    assert.equal(mine.status, 201, JSON.stringify(mine.body));
    const { chain, campaignId } = await rewardSetup(1, '30.00'); // another brand
    await paidOrder(campaignId, chain[0].distributorId);
    const theirs = await call('POST', '/api/v1/withdrawals', { amount: '13.00' }, await login(chain[0].username, chain[0].password));
    assert.equal(theirs.status, 201, JSON.stringify(theirs.body));

    const { context, page } = await signedIn(BRAND_ADMIN);
    await page.goto(`${consoleUrl}/withdrawals?status=all`);
    await page.locator(`tr[data-withdrawal="${mine.body.data.id}"]`).waitFor();
    assert.equal(await page.locator(`tr[data-withdrawal="${theirs.body.data.id}"]`).count(), 0, "another brand's request is not listed");
    await page.locator(`tr[data-withdrawal="${mine.body.data.id}"]`).getByRole('button', { name: `#${own[0].userId}`, exact: false }).click();
    await page.getByTestId('ledger-rewards').waitFor(); // the rewards earned in the brand…
    assert.equal(await page.getByTestId('ledger-balance').count(), 0, '…not the balance and ledger, which span every brand');
    assert.match(await text(page, 'ledger-rewards'), /¥20\.00/);
    await screenshot(page, '36-withdrawals-brand-admin');
    await context.close();
  });

  test('every screen visited has no serious or critical accessibility violation (axe-core, WCAG 2.1 AA)', () => {
    assert.ok(accessibility.screens >= 13, `the screens were checked (${accessibility.screens})`);
    assert.deepEqual(Object.fromEntries(accessibility.findings), {});
  });
});
