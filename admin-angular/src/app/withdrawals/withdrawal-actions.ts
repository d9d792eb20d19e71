import type { Data, Query } from '@dmh/api-client';

export type Withdrawal = Data<'/api/v1/withdrawals', 'get'>['items'][number];
export type WithdrawalStatus = NonNullable<Query<'/api/v1/withdrawals', 'get'>['status']>;
export type WithdrawalAction = 'approve' | 'reject' | 'pay';

/** The tabs, in the order work flows: to review, to pay, then the closed ones. */
export const WITHDRAWAL_STATUSES: readonly WithdrawalStatus[] = ['requested', 'approved', 'paid', 'rejected'];

/** What can be done to a withdrawal in each status (the API's state machine, withdrawal-state.ts). */
const ACTIONS: Record<WithdrawalStatus, readonly WithdrawalAction[]> = {
  requested: ['approve', 'reject'],
  approved: ['pay', 'reject'],
  rejected: [],
  paid: [],
};

export function actionsFor(status: WithdrawalStatus): readonly WithdrawalAction[] {
  return ACTIONS[status];
}

/** The actions every selected withdrawal allows (a bulk action must suit them all). */
export function commonActions(selected: readonly { status: WithdrawalStatus }[]): WithdrawalAction[] {
  if (selected.length === 0) return [];
  return (['approve', 'pay', 'reject'] as const).filter((a) => selected.every((w) => ACTIONS[w.status].includes(a)));
}

/** The sum of the amounts, in yuan with two decimals (exact: counted in fen). */
export function totalAmount(items: readonly { amount: string }[]): string {
  const fen = items.reduce((sum, w) => {
    const [yuan, cents = '0'] = w.amount.split('.');
    return sum + Number(yuan) * 100 + Number(cents.padEnd(2, '0').slice(0, 2));
  }, 0);
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}
