/**
 * WeChat Pay's trade bill file (GET /v3/bill/tradebill, bill_type ALL): a detail header line, detail rows,
 * a summary header line and one summary row. Every field of a data row is prefixed with a backquote so
 * spreadsheets keep long numbers as text; amounts are in yuan (fee with 5 decimals). WeChat warns that the
 * column order may change, so rows are read by header name, never by position.
 */

/** Detail columns of an ALL bill, as WeChat names them, and what DMH calls them. */
export const TRADE_BILL_COLUMNS = {
  tradeTime: '交易时间',
  appid: '公众账号ID',
  mchid: '商户号',
  subMchid: '特约商户号',
  deviceInfo: '设备号',
  transactionId: '微信订单号',
  outTradeNo: '商户订单号',
  openid: '用户标识',
  tradeType: '交易类型',
  tradeState: '交易状态',
  bankType: '付款银行',
  currency: '货币种类',
  settlementTotal: '应结订单金额',
  coupon: '代金券金额',
  refundId: '微信退款单号',
  outRefundNo: '商户退款单号',
  refund: '退款金额',
  rechargeCouponRefund: '充值券退款金额',
  refundType: '退款类型',
  refundStatus: '退款状态',
  description: '商品名称',
  attach: '商户数据包',
  fee: '手续费',
  feeRate: '费率',
  total: '订单金额',
  requestedRefund: '申请退款金额',
  feeRateNote: '费率备注',
} as const;

export const TRADE_BILL_SUMMARY_COLUMNS = {
  count: '总交易单数',
  settlementTotal: '应结订单总金额',
  refund: '退款总金额',
  rechargeCouponRefund: '充值券退款总金额',
  fee: '手续费总金额',
  total: '订单总金额',
  requestedRefund: '申请退款总金额',
} as const;

export type TradeBillColumn = keyof typeof TRADE_BILL_COLUMNS;
export type TradeBillSummaryColumn = keyof typeof TRADE_BILL_SUMMARY_COLUMNS;

/** One data line: each value behind a backquote, joined by commas. */
export function billLine(values: readonly string[]): string {
  return values.map((value) => `\`${value}`).join(',');
}

/** The values of a data line; split on ",`" so a comma inside a value (a product name) survives. */
export function billValues(line: string): string[] {
  if (!line.startsWith('`')) return [];
  return line.slice(1).split(',`');
}

/** Integer fen as yuan, e.g. 1990 → "19.90", -5 → "-0.05". */
export function fenToYuan(fen: number, decimals = 2): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}${'0'.repeat(Math.max(0, decimals - 2))}`;
}
