import type { WithdrawalStatus } from '@dmh/shared';

/**
 * A withdrawal's review, as a state machine:
 *
 *     requested ──approve──▶ approved ──pay──▶ paid
 *         │                     │
 *         └──────reject─────────┴──▶ rejected
 *
 * Asking for the state a withdrawal is already in (approving an approved one…) is a replay: it changes
 * nothing and is answered with the withdrawal as it is. Anything else (paying a requested one, approving a
 * rejected one) is a conflict. Only an open withdrawal (shared `OPEN_WITHDRAWAL_STATUSES`: its money is still
 * frozen) can move; the spec checks the two agree.
 */
export type WithdrawalAction = 'approve' | 'reject' | 'pay';

export type Transition = { kind: 'apply'; to: WithdrawalStatus } | { kind: 'replay' } | { kind: 'conflict' };

const TARGET: Record<WithdrawalAction, WithdrawalStatus> = { approve: 'approved', reject: 'rejected', pay: 'paid' };
const FROM: Record<WithdrawalAction, readonly WithdrawalStatus[]> = {
  approve: ['requested'],
  reject: ['requested', 'approved'],
  pay: ['approved'],
};

export function transition(current: WithdrawalStatus, action: WithdrawalAction): Transition {
  if (current === TARGET[action]) return { kind: 'replay' };
  if (FROM[action].includes(current)) return { kind: 'apply', to: TARGET[action] };
  return { kind: 'conflict' };
}
