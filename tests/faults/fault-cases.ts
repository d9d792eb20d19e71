import type { Stack } from '../../scripts/stack/stack';
import { type Evidence, type FaultTrace, logged, refusedNaming, retriedOrLateSettlements, retriedOrLateSyncs } from './support/evidence';
import { FAULTS } from './support/fault-env';
import type { FaultCase } from './support/fault-run';
import { assertNoCrashRecovery, cleanShutdown, innoDbCrashRecovery, redisReloadedFromAof } from './support/server-logs';

type Felt = (t: FaultTrace) => Promise<Evidence[]>;
type Part = 'actors' | 'actors-sidecar' | 'api-sidecar' | 'sync' | 'mariadb' | 'redis' | 'placement';

/** Kills a part with SIGKILL (a crash: no shutdown code runs); it comes back through the stack, as a supervisor would restart it. */
function crashed(part: Part, name: string, title: string, felt: Felt, extra: Partial<FaultCase> = {}): FaultCase {
  return {
    name, title, holdMs: FAULTS.holdMs, felt,
    inject: (stack: Stack) => stack.kill(part, 'SIGKILL'),
    recover: (stack: Stack) => stack.startProcess(part),
    ...extra,
  };
}

/** Stops a server cleanly (SIGTERM: a restart, as an operator or a package upgrade does it) and starts it again. */
function restarted(part: Part, title: string, felt: Felt): FaultCase {
  return {
    name: part, title, holdMs: FAULTS.holdMs, felt,
    inject: (stack: Stack) => stack.kill(part, 'SIGTERM'),
    recover: (stack: Stack) => stack.startProcess(part),
  };
}

const settlementsWaited: Felt = async (t) => [await retriedOrLateSettlements(t)];
const syncsWaited: Felt = async (t) => [await retriedOrLateSyncs(t)];

/** MariaDB down: payment callbacks (whose transaction needs it) refused with a 503 that names the database. */
const databaseRefused = (t: FaultTrace): Evidence => refusedNaming(t, ['callback', 'replay'], 'the database is unavailable');

/**
 * Redis down: the API's own calls to it failed (campaign cache, rate limiter, view counter, all let through),
 * and the settlements' reward.settled events could not be published on the pub/sub (Redis streams) until it
 * was back.
 */
const redisFelt: Felt = async (t) => [
  logged(t, 'api', /campaign cache unavailable|rate limiter unavailable|campaign view not counted/, 'the API saw Redis fail'),
  await retriedOrLateSettlements(t),
];

/** Placement down: the sidecars lost it, and actor calls (settlements) waited for a new placement table. */
const placementFelt: Felt = async (t) => [
  logged(t, 'api-sidecar', /Failed to connect to placement service/, "the API's sidecar could not reach placement"),
  logged(t, 'api-sidecar', /Dissemination complete for version/, "a new placement table reached the API's sidecar after the restart"),
  await retriedOrLateSettlements(t),
];

/** The fault cases, in the order they run (each leaves the whole stack up and settled for the next). */
export const FAULT_CASES: FaultCase[] = [
  crashed('actors', 'actors', 'SIGKILL of the actor host', settlementsWaited),
  crashed('actors-sidecar', 'actors-sidecar', "SIGKILL of the actor host's daprd sidecar", settlementsWaited),
  crashed('api-sidecar', 'api-sidecar', "SIGKILL of the API's daprd sidecar", async (t) => [
    await retriedOrLateSettlements(t),
    refusedNaming(t, ['probe-order'], 'actor CampaignActor is unavailable'),
  ]),
  // Down for longer than its sidecar takes to call it unhealthy (3 failed probes, 5 s apart), which once
  // left the sidecar's RabbitMQ input binding stuck for good (see scripts/stack/apps.ts).
  crashed('sync', 'sync', 'SIGKILL of the sync worker', syncsWaited, { holdMs: Math.max(FAULTS.holdMs, 20_000), settleTimeoutMs: 240_000 }),
  restarted('mariadb', 'restart of MariaDB', async (t) => {
    assertNoCrashRecovery(t);
    return [databaseRefused(t), cleanShutdown(t, 'mariadb', 'MariaDB')];
  }),
  crashed('mariadb', 'mariadb-crash', 'SIGKILL of MariaDB mid-burst (InnoDB crash recovery on restart)', async (t) => [
    databaseRefused(t),
    innoDbCrashRecovery(t),
  ]),
  restarted('redis', 'restart of Redis', async (t) => [...(await redisFelt(t)), cleanShutdown(t, 'redis', 'Redis')]),
  crashed('redis', 'redis-crash', 'SIGKILL of Redis mid-burst (its data reloaded from the append-only file)', async (t) => [
    ...(await redisFelt(t)),
    redisReloadedFromAof(t),
  ]),
  {
    name: 'external-db-down',
    title: `the external database down for ${FAULTS.externalOutageMs / 1000} s (connections refused)`,
    holdMs: FAULTS.externalOutageMs,
    inject: (stack: Stack) => stack.kill('external-db', 'SIGTERM'),
    recover: (stack: Stack) => stack.startProcess('external-db'),
    felt: syncsWaited,
    settleTimeoutMs: 300_000,
  },
  {
    name: 'external-db',
    title: `the external database unreachable for ${FAULTS.externalOutageMs / 1000} s (no answer at all)`,
    holdMs: FAULTS.externalOutageMs,
    // SIGSTOP: the server neither answers nor refuses (a dead network path): connections hang until timeouts.
    inject: (stack: Stack) => stack.kill('external-db', 'SIGSTOP'),
    recover: (stack: Stack) => stack.kill('external-db', 'SIGCONT'),
    felt: syncsWaited,
    settleTimeoutMs: 300_000,
  },
  restarted('placement', 'restart of Dapr placement', placementFelt),
  crashed('placement', 'placement-crash', 'SIGKILL of Dapr placement', placementFelt),
];
