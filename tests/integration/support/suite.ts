import type { Stack } from '../../../scripts/stack/stack';
import { waitFor } from './api-client';
import { one } from './db';
import { settled } from './invariants';

let stack: Stack | undefined;

export function setCurrentStack(s: Stack): void {
  stack = s;
}

/** The stack the running suite started (scenarios kill and restart its parts). */
export function currentStack(): Stack {
  if (!stack) throw new Error('the stack is not started');
  return stack;
}

export async function balanceOf(userId: string): Promise<string> {
  return (await one<{ balance: string }>('SELECT balance FROM user_balances WHERE user_id = ?', [userId])).balance;
}

export const untilSettled = (timeoutMs = 120_000) => waitFor('the system to settle', settled, timeoutMs, 200);
