import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { beijingTime } from '@dmh/shared/dist/wechatpay';
import { TRADE_BILL_COLUMNS, billValues } from '@dmh/shared/dist/wechatpay';
import { usePaymentHarness } from './payment-harness';

const h = usePaymentHarness();

const today = () => beijingTime(Date.now()).slice(0, 10);

/**
 * The sandbox bills a payment on its Beijing day (midnight is 16:00 UTC): a test that pays and then asks for
 * "today" must not straddle that midnight, so it waits out the day's last 30 s and fixes the date once.
 */
async function billingDay(): Promise<string> {
  const beijingMs = Date.now() + 8 * 3_600_000;
  const untilMidnight = 86_400_000 - (beijingMs % 86_400_000);
  if (untilMidnight < 30_000) await new Promise((resolve) => setTimeout(resolve, untilMidnight + 500));
  return today();
}

describe('trade bill: the sandbox serves it, the client downloads, checks and parses it', () => {
  it('has no bill for a day without payments: NO_STATEMENT_EXIST', async () => {
    await assert.rejects(h.client().downloadTradeBill('2020-01-01'), { name: 'PaymentProviderError', details: { status: 400, providerCode: 'NO_STATEMENT_EXIST' } });
  });

  it("lists the day's payments and refunds in integer fen, with the summary", async () => {
    const day = await billingDay();
    const first = await h.paid(1990, '报名, 含税');
    const second = await h.paid(12345);
    await h.post('/sandbox/control', { out_trade_no: second.outTradeNo, refund: { status: 'SUCCESS' } }); // not PROCESSING: the bill shows the refund done
    await h.refunds().refund({ outTradeNo: second.outTradeNo, outRefundNo: `R${second.outTradeNo}`, refundFen: 345, totalFen: 12345 });
    await h.prepaid(500); // never paid: not in the bill

    const bill = await h.client().downloadTradeBill(day);
    const payments = bill.rows.filter((r) => r.tradeState === 'SUCCESS');
    const refunds = bill.rows.filter((r) => r.tradeState === 'REFUND');
    assert.deepEqual(payments.map((r) => [r.outTradeNo, r.transactionId, r.totalFen, r.settlementTotalFen, r.description]), [
      [first.outTradeNo, first.transactionId, 1990, 1990, '报名, 含税'],
      [second.outTradeNo, second.transactionId, 12345, 12345, 'DMH 活动报名'],
    ]);
    assert.deepEqual(refunds.map((r) => [r.outTradeNo, r.outRefundNo, r.refundFen, r.refundStatus]), [[second.outTradeNo, `R${second.outTradeNo}`, 345, 'SUCCESS']]);
    assert.equal(payments[0]?.refundId, undefined, 'a payment row has no refund');
    assert.equal(payments[0]?.feeFen, 12, '0.6 % of 19.90 is 0.1194, 0.12 in the bill');
    assert.deepEqual(bill.summary, { count: 3, settlementTotalFen: 14335, refundFen: 345, feeFen: 12 + 74 - 2, totalFen: 14335, requestedRefundFen: 345 });
    assert.match(payments[0]?.tradeTime ?? '', /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });

  it('serves the file gzipped, every data field behind a backquote, hashed with SHA1', async () => {
    const day = await billingDay();
    await h.paid(100, '报名, 含税');
    const path = `/v3/bill/tradebill?bill_date=${day}&bill_type=ALL&tar_type=GZIP`;
    const answer = await fetch(`${h.server.url}${path}`, { headers: { Authorization: h.world.signer(h.realClock).authorization('GET', path) } });
    const body = (await answer.json()) as { download_url: string; hash_type: string; hash_value: string };
    assert.equal(body.hash_type, 'SHA1');
    assert.match(body.hash_value, /^[0-9a-f]{40}$/);
    const url = new URL(body.download_url);
    const file = await fetch(url, { headers: { Authorization: h.world.signer(h.realClock).authorization('GET', url.pathname + url.search) } });
    const bytes = Buffer.from(await file.arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 2)], [0x1f, 0x8b], 'gzip magic');
    const text = gunzipSync(bytes);
    assert.equal(createHash('sha1').update(text).digest('hex'), body.hash_value, 'the hash is of the uncompressed file');
    const lines = text.toString('utf8').trim().split(/\r?\n/);
    assert.equal(lines[0]?.split(',')[0], '交易时间');
    assert.equal(lines.at(-2)?.split(',')[0], '总交易单数');
    assert.ok(lines[1]?.startsWith('`'));
    assert.equal(billValues(lines[1] ?? '').length, Object.keys(TRADE_BILL_COLUMNS).length, 'a comma inside a value does not split it');
    assert.ok(lines.at(-1)?.split(',').every((field) => field.startsWith('`')));
    const unsigned = await fetch(url);
    assert.equal(unsigned.status, 401, 'the download needs the merchant signature too');
  });

  it('refuses a bill whose content does not match its hash', async () => {
    const day = await billingDay();
    await h.paid(1990);
    await h.post('/sandbox/control', { bill: { corrupt: true } });
    await assert.rejects(h.client().downloadTradeBill(day), { name: 'PaymentProviderError', reason: 'bill_hash_mismatch' });
  });

  it('refuses a malformed date before sending', async () => {
    await assert.rejects(h.client().downloadTradeBill('2024-6-8'), { reason: 'invalid_request' });
  });
});
