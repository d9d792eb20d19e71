import type { Data } from '@dmh/api-client';

export type DistributorRecord = Data<'/api/v1/distributor/me', 'get'>['items'][number];
export type Subordinates = Data<'/api/v1/distributor/subordinates/{brandId}', 'get'>;
export type Withdrawal = Data<'/api/v1/withdrawals', 'get'>['items'][number];
export type MyReward = Data<'/api/v1/me/rewards', 'get'>['items'][number];

/** Where the caller stands as a distributor: the record that matters most (active before pending before the rest). */
export function standing(records: readonly DistributorRecord[]): { kind: 'none' } | { kind: DistributorRecord['status']; record: DistributorRecord } {
  const order: DistributorRecord['status'][] = ['active', 'pending', 'suspended', 'rejected'];
  for (const status of order) {
    const record = records.find((r) => r.status === status);
    if (record) return { kind: status, record };
  }
  return { kind: 'none' };
}

export const LEVEL_WORDS: Record<number, string> = { 1: '直推', 2: '二级', 3: '三级' };

const WITHDRAWAL_WORDS: Record<Withdrawal['status'], { label: string; hint: string }> = {
  requested: { label: '审核中', hint: '金额已冻结，等待品牌审核' },
  approved: { label: '待打款', hint: '已通过审核，等待打款' },
  paid: { label: '已到账', hint: '已打款，请查收' },
  rejected: { label: '未通过', hint: '冻结的金额已退回可提现余额' },
};

export function withdrawalWords(w: Pick<Withdrawal, 'status' | 'rejectReason'>): { label: string; hint: string } {
  const words = WITHDRAWAL_WORDS[w.status];
  return w.status === 'rejected' && w.rejectReason ? { ...words, hint: `${w.rejectReason}（${words.hint}）` } : words;
}

export function rewardStatusWords(status: string): string {
  return status === 'settled' ? '已入账' : status === 'reversed' ? '已撤回（订单退款）' : '入账中';
}

/** Yuan text ('12.5', '12.50') to cents, or null when it is not an amount with at most two decimals. */
export function toCents(text: string): number | null {
  const m = /^(\d{1,8})(?:\.(\d{1,2}))?$/.exec(text.trim());
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : null;
}

export function yuan(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/**
 * Checks a withdrawal before it is confirmed, as the API will: an amount with at most two decimals, at least
 * the minimum, at most the available balance. Answers the problem in words, or what will arrive after the fee.
 */
export function checkWithdrawal(text: string, available: string, minimum: string, fee: string): { problem: string } | { amount: string; arrives: string } {
  const cents = toCents(text);
  if (cents === null || cents === 0) return { problem: '请输入提现金额（最多两位小数）' };
  const min = toCents(minimum) ?? 0;
  const max = toCents(available) ?? 0;
  if (cents < min) return { problem: `最低提现 ¥${minimum}` };
  if (cents > max) return { problem: `最多可提现 ¥${available}` };
  const feeCents = toCents(fee) ?? 0;
  return { amount: yuan(cents), arrives: yuan(Math.max(0, cents - feeCents)) };
}

/** The team by level below the caller: level 2 are the direct recruits' own recruits. */
export function teamByLevel(tree: Subordinates | null): { level: number; label: string; members: { id: string; username: string; orderCount: number; status: string }[] }[] {
  const direct = tree?.children ?? [];
  const second = direct.flatMap((c) => c.children);
  const pick = (n: { id: string; username: string; orderCount: number; status: string }) => ({ id: n.id, username: n.username, orderCount: n.orderCount, status: n.status });
  return [
    { level: 1, label: '直属成员', members: direct.map(pick) },
    { level: 2, label: '二级成员', members: second.map(pick) },
  ];
}

/** Inside WeChat's browser a download link does nothing: the poster is saved by a long press instead. */
export function isWeChat(userAgent: string): boolean {
  return /MicroMessenger/i.test(userAgent);
}
