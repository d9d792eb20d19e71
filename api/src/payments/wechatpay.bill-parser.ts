/**
 * Reads WeChat Pay's ALL trade bill into typed rows: columns found by header name, every value checked
 * by a zod schema, amounts turned from yuan text into integer fen without floating point.
 */
import { TRADE_BILL_COLUMNS, TRADE_BILL_SUMMARY_COLUMNS, billValues } from '@dmh/shared/dist/wechatpay';
import { z } from '../common/zod';
import { PaymentProviderError } from './payment.errors';

/** "19.90" → 1990. Exact: two decimals only. */
const fen = z.string().regex(/^-?\d{1,12}\.\d{2}$/).transform(yuanToFen);
/** The fee has 5 decimals ("0.12000"); rounded half up to the fen. */
const feeFen = z.string().regex(/^-?\d{1,12}\.\d{2,6}$/).transform(yuanToFen);
/** WeChat writes "0" where a payment row has no refund. */
const optionalId = z.string().transform((v) => (v === '' || v === '0' ? undefined : v));

export const tradeBillRowSchema = z.object({
  tradeTime: z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
  appid: z.string().min(1),
  mchid: z.string().min(1),
  transactionId: z.string().min(1).max(32),
  outTradeNo: z.string().min(1).max(32),
  openid: z.string(),
  tradeType: z.string(),
  tradeState: z.enum(['SUCCESS', 'REFUND', 'REVOKED']),
  currency: z.string(),
  settlementTotalFen: fen,
  couponFen: fen,
  refundId: optionalId,
  outRefundNo: optionalId,
  refundFen: fen,
  refundStatus: z.string(),
  description: z.string(),
  attach: z.string(),
  feeFen,
  totalFen: fen,
  requestedRefundFen: fen,
});

export type TradeBillRow = z.infer<typeof tradeBillRowSchema>;

export const tradeBillSummarySchema = z.object({
  count: z.string().regex(/^\d+$/).transform(Number),
  settlementTotalFen: fen,
  refundFen: fen,
  feeFen,
  totalFen: fen,
  requestedRefundFen: fen,
});

export type TradeBillSummary = z.infer<typeof tradeBillSummarySchema>;

export interface TradeBill {
  rows: TradeBillRow[];
  summary: TradeBillSummary;
}

/** Which bill column feeds each schema field. */
const ROW_SOURCE: Record<keyof z.input<typeof tradeBillRowSchema>, keyof typeof TRADE_BILL_COLUMNS> = {
  tradeTime: 'tradeTime', appid: 'appid', mchid: 'mchid', transactionId: 'transactionId', outTradeNo: 'outTradeNo',
  openid: 'openid', tradeType: 'tradeType', tradeState: 'tradeState', currency: 'currency', settlementTotalFen: 'settlementTotal',
  couponFen: 'coupon', refundId: 'refundId', outRefundNo: 'outRefundNo', refundFen: 'refund', refundStatus: 'refundStatus',
  description: 'description', attach: 'attach', feeFen: 'fee', totalFen: 'total', requestedRefundFen: 'requestedRefund',
};
const SUMMARY_SOURCE: Record<keyof z.input<typeof tradeBillSummarySchema>, keyof typeof TRADE_BILL_SUMMARY_COLUMNS> = {
  count: 'count', settlementTotalFen: 'settlementTotal', refundFen: 'refund', feeFen: 'fee', totalFen: 'total', requestedRefundFen: 'requestedRefund',
};

export function parseTradeBill(text: string): TradeBill {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line !== '');
  const summaryAt = lines.findIndex((line, i) => i > 0 && !line.startsWith('`'));
  if (summaryAt < 1 || lines.length !== summaryAt + 2) throw malformed();
  const detail = reader(lines[0], TRADE_BILL_COLUMNS, ROW_SOURCE);
  const rows = lines.slice(1, summaryAt).map((line) => parse(tradeBillRowSchema, detail(line)));
  const summary = parse(tradeBillSummarySchema, reader(lines[summaryAt], TRADE_BILL_SUMMARY_COLUMNS, SUMMARY_SOURCE)(lines[summaryAt + 1]));
  if (summary.count !== rows.length) throw malformed();
  return { rows, summary };
}

/** A function from a data line to {field: value}, by the header's column names. */
function reader<F extends string, C extends string>(header: string, names: Record<C, string>, source: Record<F, C>) {
  const position = new Map(header.split(',').map((name, i) => [name.trim(), i]));
  const index = Object.entries<C>(source).map(([field, column]) => {
    const at = position.get(names[column]);
    if (at === undefined) throw malformed();
    return [field, at] as const;
  });
  return (line: string): Record<string, string> => {
    const values = billValues(line);
    if (values.length !== position.size) throw malformed();
    return Object.fromEntries(index.map(([field, at]) => [field, values[at]]));
  };
}

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw malformed();
  return parsed.data;
}

function malformed(): PaymentProviderError {
  return new PaymentProviderError('malformed_response');
}

/** "-0.12345" → -12 (half up on the magnitude); integer arithmetic on the digits, never a float. */
export function yuanToFen(text: string): number {
  const negative = text.startsWith('-');
  const [whole, decimals] = text.replace('-', '').split('.');
  const cents = Number(whole) * 100 + Number(decimals.slice(0, 2));
  const roundUp = decimals.length > 2 && Number(decimals[2]) >= 5 ? 1 : 0;
  const magnitude = cents + roundUp;
  return negative && magnitude !== 0 ? -magnitude : magnitude;
}
