/**
 * The sandbox's trade bill: GET /v3/bill/tradebill answers {download_url, hash_type: SHA1, hash_value}
 * (the SHA1 of the uncompressed file), and the download URL serves the ALL bill, gzipped when asked
 * (tar_type=GZIP). Unlike WeChat, which bills a day after 10:00 the next morning, the sandbox bills any
 * day at once, today included, so tests need not wait. Development and tests only.
 */
import { createHash, randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { Router } from 'express';
import { beijingTime, billLine, fenToYuan, TRADE_BILL_COLUMNS, TRADE_BILL_SUMMARY_COLUMNS, type TradeBillColumn } from '@dmh/shared/dist/wechatpay';
import type { SandboxOrder, SandboxRefund } from './books';
import { requireMerchant, sendSigned } from './http';
import { SandboxError, type WechatPaySandbox } from './wechatpay.sandbox';

export const TRADEBILL_PATH = '/v3/bill/tradebill';
export const BILL_DOWNLOAD_PATH = '/v3/billdownload/file';
/** The sandbox's fee rate: 0.6 %, WeChat's usual rate for ordinary merchants. */
const FEE_PER_MILLE = 6;

interface BillFile {
  bytes: Buffer;
  gzip: boolean;
}

export function sandboxBillApi(sandbox: WechatPaySandbox): Router {
  const router = Router();
  const files = new Map<string, BillFile>();

  router.get(TRADEBILL_PATH, (req, res) => {
    requireMerchant(sandbox, req);
    const { bill_date: billDate, bill_type: billType = 'ALL', tar_type: tarType } = req.query;
    if (typeof billDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(billDate)) throw new SandboxError('PARAM_ERROR', 400, 'bill_date must be yyyy-MM-dd');
    if (billType !== 'ALL') throw new SandboxError('PARAM_ERROR', 400, 'the sandbox serves bill_type ALL only');
    if (tarType !== undefined && tarType !== 'GZIP') throw new SandboxError('PARAM_ERROR', 400, 'tar_type must be GZIP');
    const day = sandbox.books.day(billDate);
    if (day.paid.length + day.refunds.length === 0) throw new SandboxError('NO_STATEMENT_EXIST', 400, 'no bill for this day');
    const csv = tradeBillCsv(sandbox, day.paid, day.refunds);
    const hash = createHash('sha1').update(csv).digest('hex');
    // A corrupted bill: one amount changed after hashing, as a damaged download would be.
    const served = sandbox.controls.corruptBill ? csv.replace(/`(\d+)\.(\d\d),/, (_m, y: string, f: string) => `\`${y}.${f === '99' ? '98' : '99'},`) : csv;
    const token = randomBytes(16).toString('hex');
    files.set(token, { bytes: Buffer.from(served, 'utf8'), gzip: tarType === 'GZIP' });
    const downloadUrl = `${req.protocol}://${req.get('host')}${BILL_DOWNLOAD_PATH}?token=${token}&tartype=${tarType === 'GZIP' ? 'gzip' : 'none'}`;
    sendSigned(res, sandbox, 200, { download_url: downloadUrl, hash_type: 'SHA1', hash_value: hash });
  });

  // The file stream is not signed (WeChat signs none either); the merchant checks it against hash_value.
  router.get(BILL_DOWNLOAD_PATH, (req, res) => {
    requireMerchant(sandbox, req);
    const file = typeof req.query.token === 'string' ? files.get(req.query.token) : undefined;
    if (!file) throw new SandboxError('NOT_FOUND', 404, 'unknown or expired download token');
    res.status(200).type('application/octet-stream').send(file.gzip ? gzipSync(file.bytes) : file.bytes);
  });
  return router;
}

function tradeBillCsv(sandbox: WechatPaySandbox, paid: SandboxOrder[], refunds: SandboxRefund[]): string {
  const columns = Object.keys(TRADE_BILL_COLUMNS) as TradeBillColumn[];
  const line = (values: Partial<Record<TradeBillColumn, string>>) => billLine(columns.map((c) => values[c] ?? ''));
  const fee = (fen: number) => Math.round((fen * FEE_PER_MILLE) / 1000);
  const common = { appid: sandbox.appid, mchid: sandbox.mchid, subMchid: '0', tradeType: 'JSAPI', bankType: 'OTHERS', currency: 'CNY', feeRate: '0.60%' };
  const rows: string[] = [];
  const sums = { settlement: 0, refund: 0, fee: 0, total: 0 };
  for (const order of paid) {
    const t = order.paid!.transaction;
    const total = sandbox.controls.billedAmount(t.out_trade_no) ?? t.amount.total;
    sums.settlement += total;
    sums.total += total;
    sums.fee += fee(total);
    rows.push(line({
      ...common, tradeTime: billTime(order.paid!.paidMs), transactionId: t.transaction_id, outTradeNo: t.out_trade_no,
      openid: t.payer.openid, tradeState: 'SUCCESS', settlementTotal: fenToYuan(total), coupon: '0.00', refundId: '0',
      outRefundNo: '0', refund: '0.00', rechargeCouponRefund: '0.00', description: order.input.description,
      attach: order.input.attach ?? '', fee: fenToYuan(fee(total), 5), total: fenToYuan(total), requestedRefund: '0.00',
    }));
  }
  for (const refund of refunds) {
    const order = sandbox.books.order(refund.outTradeNo);
    sums.refund += refund.refundFen;
    sums.fee -= fee(refund.refundFen);
    rows.push(line({
      ...common, tradeTime: billTime(refund.createdMs), transactionId: refund.transactionId, outTradeNo: refund.outTradeNo,
      openid: order.paid!.transaction.payer.openid, tradeState: 'REFUND', settlementTotal: '0.00', coupon: '0.00',
      refundId: refund.refundId, outRefundNo: refund.outRefundNo, refund: fenToYuan(refund.refundFen), rechargeCouponRefund: '0.00',
      refundType: 'ORIGINAL', refundStatus: refund.status, description: order.input.description, attach: order.input.attach ?? '',
      fee: fenToYuan(-fee(refund.refundFen), 5), total: '0.00', requestedRefund: fenToYuan(refund.refundFen),
    }));
  }
  const summary = billLine([String(rows.length), fenToYuan(sums.settlement), fenToYuan(sums.refund), '0.00',
    fenToYuan(sums.fee, 5), fenToYuan(sums.total), fenToYuan(sums.refund)]);
  const headers = (names: Record<string, string>) => Object.values(names).join(',');
  return [headers(TRADE_BILL_COLUMNS), ...rows, headers(TRADE_BILL_SUMMARY_COLUMNS), summary, ''].join('\r\n');
}

/** yyyy-MM-dd HH:mm:ss, China Standard Time. */
function billTime(ms: number): string {
  return beijingTime(ms).slice(0, 19).replace('T', ' ');
}
