import { WITHDRAWAL_STATUSES, type WithdrawalStatus } from '../withdrawal-actions';

export type WithdrawalTab = WithdrawalStatus | 'all';

/** The tab and page in the address (`?status=approved&page=2`); the default tab, the work to do, is left out. */
export function tabToParams(tab: WithdrawalTab, pageIndex: number): Record<string, string | null> {
  return { status: tab === 'requested' ? null : tab, page: pageIndex > 0 ? String(pageIndex + 1) : null };
}

export function tabFromParams(get: (name: string) => string | null): { tab: WithdrawalTab; pageIndex: number } {
  const status = get('status');
  const page = Number(get('page'));
  const tab: WithdrawalTab = status === 'all' || WITHDRAWAL_STATUSES.includes(status as WithdrawalStatus) ? (status as WithdrawalTab) : 'requested';
  return { tab, pageIndex: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page - 1 : 0 };
}
