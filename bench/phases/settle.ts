import { waitFor } from '../../tests/integration/support/api-client';
import { assertInvariants, settled } from '../../tests/integration/support/invariants';
import { nowMs, round } from '../lib/stats';

/** The system under test's own checks (a baseline revision's schema may differ from this checkout's). */
let checks = { settled, assertInvariants };

export function useChecks(own: { settled: () => Promise<boolean>; assertInvariants: () => Promise<void> }): void {
  checks = own;
}

/**
 * After every phase: wait until the system has settled (no paid order with a pending reward, the outbox
 * drained, every paid order synced), then the suites' invariants: money conserved, one reward per
 * (order, level), ledger = balance, nothing pending, everything in the external database.
 */
export async function settleAndCheck(timeoutMs = 480_000): Promise<{ settleMs: number; invariants: string }> {
  const t0 = nowMs();
  try {
    await waitFor('the system to settle', () => checks.settled(), timeoutMs, 250);
  } catch (err) {
    return { settleMs: round(nowMs() - t0), invariants: `NOT SETTLED: ${(err as Error).message}` };
  }
  const settleMs = round(nowMs() - t0);
  try {
    await checks.assertInvariants();
    return { settleMs, invariants: 'ok' };
  } catch (err) {
    return { settleMs, invariants: `FAILED: ${(err as Error).message.slice(0, 500)}` };
  }
}
