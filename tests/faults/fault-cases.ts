import assert from 'node:assert/strict';
import type { Stack } from '../../scripts/stack/stack';
import { one } from '../integration/support/db';
import { FAULTS } from './support/fault-env';
import type { FaultCase } from './support/fault-run';

const count = async (sql: string) => Number((await one<{ n: string }>(sql)).n);
const pendingSettlements = () => count("SELECT COUNT(*) AS n FROM outbox WHERE status <> 'done'");
const unsyncedOrders = () => count("SELECT COUNT(*) AS n FROM orders WHERE pay_status = 'paid' AND sync_status <> 'synced'");

/** Kills a part with SIGKILL; it comes back through the stack, as a supervisor (or Kubernetes) would restart it. */
function killed(name: 'actors' | 'actors-sidecar' | 'api-sidecar' | 'sync', title: string, extra: Partial<FaultCase> = {}): FaultCase {
  return {
    name, title, holdMs: FAULTS.holdMs,
    inject: (stack: Stack) => stack.kill(name, 'SIGKILL'),
    recover: (stack: Stack) => stack.startProcess(name),
    ...extra,
  };
}

/** Stops a server cleanly (SIGTERM: a restart, as an operator or a package upgrade does it) and starts it again. */
function restarted(name: 'mariadb' | 'redis' | 'placement', title: string, extra: Partial<FaultCase> = {}): FaultCase {
  return {
    name, title, holdMs: FAULTS.holdMs,
    inject: (stack: Stack) => stack.kill(name, 'SIGTERM'),
    recover: (stack: Stack) => stack.startProcess(name),
    ...extra,
  };
}

/** The fault cases, in the order they run (each leaves the whole stack up and settled for the next). */
export const FAULT_CASES: FaultCase[] = [
  killed('actors', 'SIGKILL of the actor host', {
    whileDown: async () => ({ pendingSettlements: await pendingSettlements() }),
    expect: (r) => assert.ok(r.evidence.pendingSettlements > 0, 'settlements were left pending while the actor host was down'),
  }),
  killed('actors-sidecar', "SIGKILL of the actor host's daprd sidecar", {
    whileDown: async () => ({ pendingSettlements: await pendingSettlements() }),
    expect: (r) => assert.ok(r.evidence.pendingSettlements > 0, 'settlements were left pending while the sidecar was down'),
  }),
  killed('api-sidecar', "SIGKILL of the API's daprd sidecar", {
    whileDown: async () => ({ pendingSettlements: await pendingSettlements() }),
    expect: (r) => {
      assert.ok(r.evidence.pendingSettlements > 0, "settlements were left pending while the API's sidecar was down");
      assert.ok(r.probesRefused > 0, 'sign-ups (CampaignActor, through the sidecar) were refused while it was down');
    },
  }),
  killed('sync', 'SIGKILL of the sync worker', {
    whileDown: async () => ({ unsyncedOrders: await unsyncedOrders() }),
    expect: (r) => assert.ok(r.evidence.unsyncedOrders > 0, 'paid orders waited for the sync worker'),
    settleTimeoutMs: 240_000,
  }),
  restarted('mariadb', 'restart of MariaDB', {
    expect: (r) => assert.ok(r.refusedDuringFault > 0, 'callbacks were refused (503) while MariaDB was down, and accepted once re-sent'),
  }),
  restarted('redis', 'restart of Redis'),
  {
    name: 'external-db-down',
    title: `the external database down for ${FAULTS.externalOutageMs / 1000} s (connections refused)`,
    holdMs: FAULTS.externalOutageMs,
    inject: (stack: Stack) => stack.kill('external-db', 'SIGTERM'),
    recover: (stack: Stack) => stack.startProcess('external-db'),
    whileDown: async () => ({ unsyncedOrders: await unsyncedOrders() }),
    expect: (r) => assert.ok(r.evidence.unsyncedOrders > 0, 'paid orders waited for the external database'),
    settleTimeoutMs: 300_000,
  },
  {
    name: 'external-db',
    title: `the external database unreachable for ${FAULTS.externalOutageMs / 1000} s (no answer at all)`,
    holdMs: FAULTS.externalOutageMs,
    // SIGSTOP: the server neither answers nor refuses (a dead network path): connections hang until timeouts.
    inject: (stack: Stack) => stack.kill('external-db', 'SIGSTOP'),
    recover: (stack: Stack) => stack.kill('external-db', 'SIGCONT'),
    whileDown: async () => ({ unsyncedOrders: await unsyncedOrders() }),
    expect: (r) => assert.ok(r.evidence.unsyncedOrders > 0, 'paid orders waited for the external database'),
    settleTimeoutMs: 300_000,
  },
  restarted('placement', 'restart of Dapr placement'),
];
