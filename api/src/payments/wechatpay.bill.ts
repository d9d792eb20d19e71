/**
 * Downloads a day's trade bill from WeChat Pay v3: GET /v3/bill/tradebill (a signed, verified answer with
 * download_url and SHA1 hash_value), GET the download URL (signed request; the file stream is not signed),
 * gunzip, check the SHA1 of the uncompressed file against hash_value, parse the rows.
 */
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { PaymentProviderError } from './payment.errors';
import { parseTradeBill, type TradeBill } from './wechatpay.bill-parser';
import { parseJson, wechatPayGet, wechatPayRequest, type WechatPayHttpOptions } from './wechatpay.http';
import { tradeBillAnswerSchema } from './wechatpay.query-schemas';

export const TRADEBILL_PATH = '/v3/bill/tradebill';

/** The parsed bill and the SHA1 it was checked against (hash_value, lower case), for the record. */
export interface DownloadedTradeBill extends TradeBill {
  sha1: string;
}

/** `billDate` is yyyy-MM-dd, a day in China Standard Time. */
export async function downloadTradeBill(options: WechatPayHttpOptions, billDate: string): Promise<DownloadedTradeBill> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(billDate)) throw new PaymentProviderError('invalid_request');
  const query = new URLSearchParams({ bill_date: billDate, bill_type: 'ALL', tar_type: 'GZIP' });
  const answer = tradeBillAnswerSchema.safeParse(parseJson(await wechatPayGet(options, `${TRADEBILL_PATH}?${query}`)));
  if (!answer.success) throw new PaymentProviderError('malformed_response');
  // The download URL must be WeChat's own origin: wechatPayRequest refuses to sign a request to anywhere else.
  const file = await wechatPayRequest(options, {
    method: 'GET', path: answer.data.download_url, trust: 'caller-checks', accept: 'application/octet-stream',
  });
  let text: Buffer;
  try {
    text = gunzipSync(file.raw);
  } catch {
    throw new PaymentProviderError('malformed_response');
  }
  const sha1 = answer.data.hash_value.toLowerCase();
  if (createHash('sha1').update(text).digest('hex') !== sha1) throw new PaymentProviderError('bill_hash_mismatch');
  return { ...parseTradeBill(text.toString('utf8')), sha1 };
}
