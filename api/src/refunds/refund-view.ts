/**
 * A refund as admins see it: its row, whether an admin must act on it, and what it means and what to do,
 * Chinese first (the admins' language), then English. Pure: the clock and the "stuck" threshold are passed in.
 */
import { type RefundStatus, isoTimeOrNull } from '@dmh/shared';

export interface RefundView {
  id: string;
  outRefundNo: string;
  refundId: string | null;
  amount: string;
  status: RefundStatus;
  reason: string | null;
  requestedBy: string | null;
  succeededAt: string | null;
  createdAt: string;
  /** ABNORMAL, or still in process past REFUND_STUCK_AFTER_SECONDS: an admin has to look at it. */
  needsAction: boolean;
  /** What the status means and what to do; null for a refund that succeeded. */
  guidance: string | null;
}

export interface RefundClock {
  nowMs: number;
  stuckAfterSeconds: number;
}

/** "72 小时 / 72 h", "5 分钟 / 5 min", "30 秒 / 30 s": how long the "stuck" threshold is. */
export function spanText(seconds: number): { zh: string; en: string } {
  if (seconds >= 3600 && seconds % 3600 === 0) return { zh: `${seconds / 3600} 小时`, en: `${seconds / 3600} h` };
  if (seconds >= 60 && seconds % 60 === 0) return { zh: `${seconds / 60} 分钟`, en: `${seconds / 60} min` };
  return { zh: `${seconds} 秒`, en: `${seconds} s` };
}

export function isStuck(status: string, createdAtMs: number, clock: RefundClock): boolean {
  return status === 'processing' && clock.nowMs - createdAtMs >= clock.stuckAfterSeconds * 1000;
}

/** The guidance shown beside a refund of this status (see RefundView.guidance). */
export function refundGuidance(status: string, outRefundNo: string, stuck: boolean, stuckAfterSeconds: number): string | null {
  switch (status) {
    case 'abnormal':
      return (
        `退款异常：微信支付原路退款时发现用户的银行卡已注销或被冻结，款项没有退到用户手中，奖励未冲正。` +
        `请登录微信支付商户平台（pay.weixin.qq.com）→ 交易中心，按退款单号 ${outRefundNo} 找到这笔退款并手动处理（退到用户的微信零钱或其他银行卡），` +
        `或调用微信支付的“发起异常退款”接口（POST /v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund）。` +
        `处理成功后微信支付会发送退款成功通知，DMH 随即记为退款成功并冲正奖励；不要重新发起一笔新的退款。` +
        ` Refund ABNORMAL: the payer's bank card was closed or frozen, so WeChat Pay could not return the money to it; ` +
        `nothing reached the payer and no reward was reversed. In the WeChat Pay merchant platform (pay.weixin.qq.com), ` +
        `Transaction Center, find refund ${outRefundNo} and process it by hand (to the payer's WeChat balance or another card), ` +
        `or call WeChat Pay's apply-abnormal-refund API. When it succeeds WeChat Pay notifies DMH, which records the refund ` +
        `and reverses the rewards; do not start a new refund.`
      );
    case 'processing': {
      if (!stuck) {
        return '退款处理中：等待微信支付的结果（退款通知或 DMH 的定期查询），退款成功后才冲正奖励。' +
          " Refund in process: waiting for WeChat Pay's result (its notification or DMH's periodic query); rewards are reversed only once it succeeds.";
      }
      const span = spanText(stuckAfterSeconds);
      return (
        `退款处理中已超过 ${span.zh}，微信支付仍未给出结果。DMH 仍在定期查询，有结果会自动更新。` +
        `请在微信支付商户平台 → 交易中心按退款单号 ${outRefundNo} 查看进度（退到银行卡通常需要 1–3 个工作日）；` +
        `若商户平台查不到这笔退款，请再次点击退款：DMH 会用同一退款单号重新提交，不会重复退款。` +
        ` Refund still in process after ${span.en}: WeChat Pay has not given a result. DMH keeps querying and updates it on its own. ` +
        `Check refund ${outRefundNo} in the merchant platform's Transaction Center (refunds to bank cards take 1–3 working days); ` +
        `if the platform does not know it, refund again: DMH re-sends the same refund number, so nothing is refunded twice.`
      );
    }
    case 'closed':
      return '退款已关闭：微信支付关闭了这笔退款，款项没有退出，奖励未冲正。如仍需退款，请重新发起。' +
        ' Refund closed by WeChat Pay: nothing was refunded and no reward was reversed. Refund again if it is still needed.';
    case 'failed':
      return '退款被微信支付拒绝（例如商户账户余额不足或订单已超过可退款期限），款项没有退出，奖励未冲正。请在商户平台核实原因后重新发起。' +
        ' WeChat Pay refused the refund (e.g. not enough funds in the merchant account, or the order is too old to refund): ' +
        'nothing was refunded and no reward was reversed. Check the reason in the merchant platform, then refund again.';
    default:
      return null;
  }
}

/** A refunds row (snake_case, as the driver returns it) as admins see it. */
export function toRefundView(r: Record<string, unknown>, clock: RefundClock): RefundView {
  const status = String(r.status) as RefundStatus;
  const outRefundNo = String(r.out_refund_no);
  const createdAt = new Date(r.created_at as string);
  const stuck = isStuck(status, createdAt.getTime(), clock);
  return {
    id: String(r.id),
    outRefundNo,
    refundId: r.refund_id === null ? null : String(r.refund_id),
    amount: String(r.amount),
    status,
    reason: r.reason === null ? null : String(r.reason),
    requestedBy: r.requested_by === null ? null : String(r.requested_by),
    succeededAt: isoTimeOrNull(r.succeeded_at),
    createdAt: createdAt.toISOString(),
    needsAction: status === 'abnormal' || stuck,
    guidance: refundGuidance(status, outRefundNo, stuck, clock.stuckAfterSeconds),
  };
}
