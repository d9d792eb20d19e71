import { ERROR_CODES } from '@dmh/api-client';
import { ApiError, NETWORK_ERROR } from './api-error';

const C = ERROR_CODES;
const WORDS: Record<number, string> = {
  [C.ORDER_DUPLICATE.code]: '您已参与过该活动',
  [C.CAMPAIGN_NOT_STARTED.code]: '活动尚未开始，请在开始后再来报名',
  [C.CAMPAIGN_ENDED.code]: '活动已结束，感谢关注',
  [C.CAMPAIGN_SOLD_OUT.code]: '名额已满，下次早点来哦',
  [C.CAMPAIGN_NOT_ACTIVE.code]: '活动暂未开放报名',
  [C.CAMPAIGN_NOT_FOUND.code]: '没有找到这个活动，请检查链接是否完整',
  [C.ORDER_NOT_FOUND.code]: '没有找到这笔订单',
  [C.ORDER_NOT_PAYABLE.code]: '订单已无法支付（可能已支付或已超时关闭），请刷新查看',
  [C.RATE_LIMITED.code]: '操作太频繁，请稍后再试',
  [C.DISTRIBUTOR_ALREADY_APPLIED.code]: '您已申请过该品牌的分销员，请等待审核结果',
  [C.DISTRIBUTOR_NOT_ACTIVE.code]: '您还不是该品牌的分销员（或资格已暂停）',
  [C.DISTRIBUTOR_LEVEL_LIMIT.code]: '推荐人已是第三级分销员，不能再发展下级；可直接申请',
  [C.BRAND_NOT_ACTIVE.code]: '该品牌暂未开放分销',
  [C.WITHDRAWAL_INSUFFICIENT_BALANCE.code]: '提现金额超过可提现余额',
  [C.WITHDRAWAL_OPEN_EXISTS.code]: '已有一笔提现在处理中，完成后才能再次申请',
  [C.WITHDRAWAL_BELOW_MINIMUM.code]: '提现金额低于最低提现额',
  [C.UNAUTHORIZED.code]: '登录已过期，请重新登录',
  [C.VALIDATION_FAILED.code]: '填写的信息有误，请按提示修改',
};

/** A failure in words a consumer can act on. */
export function errorText(err: unknown, online = globalThis.navigator?.onLine ?? true): string {
  if (!online) return '当前没有网络，请连接网络后重试';
  if (err instanceof Error && err.name === 'TimeoutError') return '请求超时，请检查网络后重试';
  if (err instanceof ApiError) {
    if (err.code === NETWORK_ERROR) return '网络连接失败，请检查网络后重试';
    const known = WORDS[err.code];
    if (known) return known;
    if (err.status === 429) return err.retryAfterSeconds ? `操作太频繁，请 ${err.retryAfterSeconds} 秒后再试` : WORDS[C.RATE_LIMITED.code]!;
    if (err.status >= 500) return '服务暂时不可用，请稍后重试';
  }
  return '出了点问题，请稍后重试';
}
