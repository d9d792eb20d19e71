import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isOpenWithdrawal, WITHDRAWAL_STATUSES } from '@dmh/shared';
import { transition, type WithdrawalAction } from './withdrawal-state';

test('the review moves forward: requested → approved → paid, and requested or approved → rejected', () => {
  assert.deepEqual(transition('requested', 'approve'), { kind: 'apply', to: 'approved' });
  assert.deepEqual(transition('approved', 'pay'), { kind: 'apply', to: 'paid' });
  assert.deepEqual(transition('requested', 'reject'), { kind: 'apply', to: 'rejected' });
  assert.deepEqual(transition('approved', 'reject'), { kind: 'apply', to: 'rejected' });
});

test('asking again for the state it is in is a replay, never a second effect', () => {
  assert.deepEqual(transition('approved', 'approve'), { kind: 'replay' });
  assert.deepEqual(transition('rejected', 'reject'), { kind: 'replay' });
  assert.deepEqual(transition('paid', 'pay'), { kind: 'replay' });
});

test('no step is skipped and nothing leaves a final state', () => {
  assert.deepEqual(transition('requested', 'pay'), { kind: 'conflict' }, 'paying needs an approval first');
  for (const action of ['approve', 'reject'] as WithdrawalAction[]) assert.deepEqual(transition('paid', action), { kind: 'conflict' });
  for (const action of ['approve', 'pay'] as WithdrawalAction[]) assert.deepEqual(transition('rejected', action), { kind: 'conflict' });
});

test('every (state, action) pair has exactly one answer, and only the open states can move', () => {
  const actions: WithdrawalAction[] = ['approve', 'reject', 'pay'];
  for (const status of WITHDRAWAL_STATUSES) {
    const moves = actions.filter((a) => transition(status, a).kind === 'apply');
    assert.equal(moves.length > 0, isOpenWithdrawal(status), `${status}: moves ${moves.join(',')}`);
  }
  assert.deepEqual(WITHDRAWAL_STATUSES.filter(isOpenWithdrawal), ['requested', 'approved']);
});
