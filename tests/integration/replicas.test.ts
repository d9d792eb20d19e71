// The fault suite's environment first (its databases, ports and state folder): the support modules read it when they load.
import { FAULTS } from '../faults/support/fault-env';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { logOffset, logSince } from '../../scripts/stack/dapr';
import { replicaPorts } from '../../scripts/stack/replicas';
import type { ProcessName, Stack } from '../../scripts/stack/stack';
import { spreadOver } from '../faults/support/answers';
import { type Evidence, type FaultTrace, linesMatching, logged } from '../faults/support/evidence';
import { type FaultCase, type FaultReport, runFaultCase } from '../faults/support/fault-run';
import { createOrder, waitFor } from './support/api-client';
import { createBrand, createCampaign, createDistributorChain, nextPhone } from './support/factories';
import { payThroughSandbox } from './support/payer';
import { balanceOf, setCurrentStack } from './support/suite';
import { startTestStack, stopTestStack } from './support/test-stack';

/**
 * Replicas (issue 14): the stack with 2 API replicas (nginx in front of them) and 2 actor hosts, each with its
 * own daprd under the same app id. Paid WeChat Pay callbacks, replays and sign-ups are spread over nginx and
 * each replica's own port while (1) one actor host is SIGKILLed, app and sidecar (its actors move to the other
 * through placement), (2) every process is restarted one at a time, (3) placement restarts. Each case checks
 * that its fault was felt, then (tests/faults/support/fault-run.ts) that only 200 or 503 with Retry-After was
 * answered, every accepted order paid and each reward credited exactly once, balances as earned, ledger =
 * balance, money conserved, every order and reward in the brand's database once, and every reward announced
 * once; and that callbacks were accepted at every origin they were sent to.
 *
 * Dapr does not promise that an actor is never active on two hosts during a rebalance (dapr/dapr#4451): two
 * turns of the same BalanceActor may run at once on both hosts. What holds the money then is the database,
 * not the actor: the credit (actors/src/balance/balance.repository.ts) runs in ONE transaction that first
 * locks the balance row and the rewards (SELECT … FOR UPDATE), so a second activation's turn waits for the
 * first to commit and then finds each reward no longer 'pending' (planCredits credits only pending rewards;
 * the UPDATE … SET status = 'settled' is guarded by AND status = 'pending'); behind that, balance_ledger's
 * unique key uk_entry_ref (entry_type, ref_id) refuses a second 'reward_credit' row for a reward, so the
 * transaction would roll back. Each case prints how often the unique key had to refuse (actor hosts' logs):
 * 0 means no second credit ever reached it (no actor was active twice, or the locks and the pending check
 * stopped the second turn first). Sign-ups are held by the orders' unique key (campaign, phone) and the
 * idempotency key, not by CampaignActor alone.
 */
const REPLICAS = { DMH_API_REPLICAS: '2', DMH_ACTOR_HOSTS: '2' };
const HOSTS = ['actors', 'actors-2'] as const;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let stack: Stack | undefined;
const reports: FaultReport[] = [];

before(async () => {
  stack = await startTestStack(REPLICAS);
  setCurrentStack(stack);
}, { timeout: 900_000 });

after(async () => {
  for (const r of reports) console.log(`# ${r.name}: accepted by ${JSON.stringify(r.acceptedBy)}; felt ${JSON.stringify(r.felt)}`);
  await stopTestStack(stack);
}, { timeout: 180_000 });

interface SidecarMetadata {
  id?: string;
  /** A type with none active has no count (the answer omits zero numbers). */
  actorRuntime?: { activeActors?: { type: string; count?: number | string }[]; hostReady?: boolean; placement?: string };
}

async function metadata(s: Stack, name: ProcessName): Promise<SidecarMetadata> {
  const response = await fetch(`${s.sidecarUrl(name)}/v1.0/metadata`, { signal: AbortSignal.timeout(5_000) });
  return (await response.json()) as SidecarMetadata;
}

async function activeActors(s: Stack, host: (typeof HOSTS)[number]): Promise<number> {
  const meta = await metadata(s, host).catch(() => ({}) as SidecarMetadata);
  return (meta.actorRuntime?.activeActors ?? []).reduce((sum, a) => sum + (Number(a.count ?? 0) || 0), 0);
}

/** Every API origin: nginx, then each replica's own port. */
function allOrigins(s: Stack): string[] {
  return [new URL(s.urls.api).origin, ...s.apiReplicaOrigins];
}

/**
 * The guard that stopped a second credit of a reward, if one was ever tried: balance_ledger's unique key
 * refusing a row (ER_DUP_ENTRY on uk_entry_ref) in an actor host's log since the fault. Printed, not asserted:
 * the money checks are what must hold, whichever guard held.
 */
function ledgerKeyRefusals(t: FaultTrace, caseName: string): void {
  const refusals = HOSTS.reduce((n, host) => n + linesMatching(t.logSince(host), /uk_entry_ref|Duplicate entry .*reward_credit/), 0);
  console.log(`# ${caseName}: second credits refused by the ledger's unique key: ${refusals}` +
    (refusals === 0 ? ' (no second credit reached it: the row locks and the pending check, if anything, held)' : ' (the unique key held)'));
}

/** Where nginx's access log ends now; later, what it logged since then (one line per request, naming the replicas tried). */
function nginxAccessSince(s: Stack): () => string {
  const offset = logOffset(s.cfg, 'nginx-access');
  return () => logSince(s.cfg, 'nginx-access', offset);
}

/** Where nginx's access log ends now; later, how many requests it passed to each replica since then. */
function nginxMark(s: Stack): () => Record<string, number> {
  const since = nginxAccessSince(s);
  return () => {
    const text = since();
    const out: Record<string, number> = {};
    for (const m of text.matchAll(/upstream=(\S+)/g)) for (const addr of m[1].split(/,\s*/)) out[addr] = (out[addr] ?? 0) + 1;
    return out;
  };
}

/** The case's requests went to every origin and each accepted callbacks; nginx passed requests to both replicas. */
function assertSpread(s: Stack, report: FaultReport, origins: string[], passed: Record<string, number>): void {
  assert.deepEqual(origins.filter((o) => !(report.acceptedBy[o] > 0)), [], `callbacks accepted at every origin (${JSON.stringify(report.acceptedBy)})`);
  const replicas = s.apiReplicaOrigins.map((o) => `127.0.0.1:${new URL(o).port}`);
  assert.deepEqual(replicas.filter((r) => !(passed[r] > 0)), [], `nginx passed requests to every API replica (${JSON.stringify(passed)})`);
}

async function runSpread(s: Stack, c: FaultCase, origins: string[]): Promise<void> {
  spreadOver(origins);
  const passed = nginxMark(s);
  try {
    const report = await runFaultCase(s, c);
    reports.push(report);
    assertSpread(s, report, origins, passed());
  } finally {
    spreadOver([]);
  }
}

/** One actor host (app and daprd: the machine is gone) SIGKILLed: the one holding more active actors. */
function actorHostKilled(): FaultCase {
  let victim: (typeof HOSTS)[number] = 'actors-2';
  let activeAtKill = 0;
  let survivorBefore = 0;
  let survivorMax = 0;
  let sampling: Promise<void> | undefined;
  let down = false;
  return {
    name: 'actor-host',
    title: 'one of two actor hosts SIGKILLed (app and sidecar): its actors move to the other through placement',
    holdMs: FAULTS.holdMs,
    inject: async (s) => {
      const counts = await Promise.all(HOSTS.map((h) => activeActors(s, h)));
      victim = counts[1] >= counts[0] ? 'actors-2' : 'actors';
      activeAtKill = Math.max(...counts);
      console.log(`# actor-host: active actors before the kill ${JSON.stringify(Object.fromEntries(HOSTS.map((h, i) => [h, counts[i]])))}; killing ${victim}`);
      const survivor = victim === 'actors' ? 'actors-2' : 'actors';
      survivorBefore = counts[HOSTS.indexOf(survivor)];
      survivorMax = survivorBefore;
      await Promise.all([s.kill(victim, 'SIGKILL'), s.kill(`${victim}-sidecar`, 'SIGKILL')]);
      down = true;
      // While the host is down: the survivor's active actors, which must grow as it takes over the victim's.
      sampling = (async () => {
        while (down) {
          survivorMax = Math.max(survivorMax, await activeActors(s, survivor));
          await sleep(500);
        }
      })();
    },
    recover: async (s) => {
      down = false;
      await sampling;
      console.log(`# actor-host: the surviving host's active actors ${survivorBefore} before the kill, up to ${survivorMax} while the other was down`);
      await Promise.all([s.startProcess(victim), s.startProcess(`${victim}-sidecar`)]);
    },
    felt: async (t) => {
      const survivor = victim === 'actors' ? 'actors-2' : 'actors';
      ledgerKeyRefusals(t, 'actor-host');
      const evidence: Evidence[] = [
        { what: `actors active on the killed host (${victim}) when it was killed (its sidecar's metadata)`, seen: activeAtKill },
        { what: `actors activated on the surviving host (${survivor}) while the other was down`, seen: survivorMax - survivorBefore },
        logged(t, `${survivor}-sidecar`, /Dissemination complete for version/, `a new placement table reached the surviving host (${survivor})`),
        logged(t, 'api-sidecar', /Dissemination complete for version/, "a new placement table reached the API's sidecar"),
      ];
      return evidence;
    },
  };
}

/**
 * Every process of the stack restarted one at a time (SIGTERM, then started and waited for): each API replica's
 * sidecar and app, each actor host's, the sync worker's, the scheduler; nginx reloaded (SIGHUP: new workers,
 * the old ones finish what they hold). Placement has its own case; the WeChat Pay sandbox plays the outside world.
 */
const ROLLING: readonly (ProcessName | 'reload nginx')[] = [
  'api-sidecar', 'api', 'api-2-sidecar', 'api-2', 'reload nginx', 'actors-sidecar', 'actors', 'actors-2-sidecar', 'actors-2', 'sync-sidecar', 'sync', 'scheduler',
];

function rollingRestart(): FaultCase {
  let access: () => string = () => '';
  return {
    name: 'rolling-restart',
    title: 'a rolling restart: every process restarted one at a time, nginx reloaded',
    holdMs: 1_000,
    orders: 250,
    settleTimeoutMs: 240_000,
    inject: async (s) => {
      access = nginxAccessSince(s);
      for (const name of ROLLING) {
        const started = Date.now();
        // The master only (its workers ignore SIGHUP anyway): it starts new workers with the configuration read again.
        if (name === 'reload nginx') process.kill(s.pid('nginx')!, 'SIGHUP');
        else await s.restart(name);
        console.log(`# rolling-restart: ${name} ${name === 'reload nginx' ? 'sent' : `restarted in ${((Date.now() - started) / 1000).toFixed(1)} s`}`);
        // A replica nginx found down is left out for fail_timeout (5 s): back in rotation before the next one stops.
        await sleep(name.startsWith('api') ? 6_000 : 1_000);
      }
    },
    recover: async () => undefined,
    felt: async (t) => {
      ledgerKeyRefusals(t, 'rolling-restart');
      return [
        ...ROLLING.filter((name) => name !== 'reload nginx').map((name) => logged(t, name, /^===== \S+ start: /, `${name} started again`)),
        logged(t, 'nginx', /SIGHUP\) received.*reconfiguring/, 'nginx reloaded'),
        // Failover: a replica stopping refused the connection, nginx passed the request to the other, which accepted it.
        { what: 'requests nginx passed on from a restarting replica to the other, answered 200 (nginx-access.log)', seen: linesMatching(access(), / 200 upstream=\S+, \S+ upstream_status=\d+, 200 /) },
      ];
    },
  };
}

/** Placement stopped (SIGTERM) and started again: both actor hosts re-register and the table is rebuilt. */
function placementRestarted(): FaultCase {
  return {
    name: 'placement',
    title: 'restart of Dapr placement with two actor hosts',
    holdMs: FAULTS.holdMs,
    inject: (s) => s.kill('placement', 'SIGTERM'),
    recover: (s) => s.startProcess('placement'),
    felt: async (t) => {
      ledgerKeyRefusals(t, 'placement');
      return [
        ...HOSTS.map((h) => logged(t, `${h}-sidecar`, /Failed to connect to placement service|placement.*(disconnect|connection)/i, `${h}'s sidecar lost placement`)),
        ...HOSTS.map((h) => logged(t, `${h}-sidecar`, /Dissemination complete for version/, `a new placement table reached ${h}'s sidecar`)),
      ];
    },
  };
}

describe('replicas: 2 API replicas behind nginx and 2 actor hosts', () => {
  test('each replica runs with its own daprd under the app id of its app, and placement spreads actors over both hosts', async () => {
    const s = stack!;
    for (const name of ['api', 'api-2', 'actors', 'actors-2', 'nginx'] as const) assert.ok(s.isRunning(name), `${name} is running`);
    assert.deepEqual(await Promise.all((['api', 'api-2', 'actors', 'actors-2'] as const).map(async (n) => (await metadata(s, n)).id)), ['dmh-api', 'dmh-api', 'dmh-actors', 'dmh-actors']);
    for (const host of HOSTS) assert.equal((await metadata(s, host)).actorRuntime?.hostReady, true, `${host} hosts actors`);
    const origins = allOrigins(s);
    assert.equal(origins.length, 3);
    for (const origin of origins) {
      const answer = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(5_000) });
      assert.ok([200, 204].includes(answer.status), `${origin} answers`);
    }
  });

  test('Prometheus scrapes every replica: both APIs, both actor hosts and each of their sidecars', async () => {
    const s = stack!;
    const wanted = (ports: number[]) => ports.map((port) => `http://127.0.0.1:${port}/metrics`).sort();
    const ofApp = (name: 'api' | 'actors') => [s.cfg.ports[name], replicaPorts(s.cfg.ports, name, 2).app];
    const sidecars = (name: 'api' | 'actors') => [s.cfg.ports[name === 'api' ? 'apiDaprMetrics' : 'actorsDaprMetrics'], replicaPorts(s.cfg.ports, name, 2).metrics];
    interface Target { scrapeUrl: string; health: string; labels: Record<string, string> }
    let targets: Target[] = [];
    const up = (job: string, sidecarOf?: string) =>
      targets.filter((t) => t.labels.job === job && t.health === 'up' && (sidecarOf === undefined || t.labels.sidecar_of === sidecarOf)).map((t) => t.scrapeUrl).sort();
    const expected = () =>
      JSON.stringify([up('dmh-api'), up('dmh-actors'), up('daprd', 'dmh-api'), up('daprd', 'dmh-actors')]) ===
      JSON.stringify([wanted(ofApp('api')), wanted(ofApp('actors')), wanted(sidecars('api')), wanted(sidecars('actors'))]);
    for (const deadline = Date.now() + 30_000; Date.now() < deadline; await sleep(1_000)) {
      const answer = await fetch(`${s.urls.prometheus}/api/v1/targets?state=active`, { signal: AbortSignal.timeout(5_000) });
      targets = ((await answer.json()) as { data: { activeTargets: Target[] } }).data.activeTargets;
      if (expected()) break;
    }
    assert.deepEqual(up('dmh-api'), wanted(ofApp('api')), 'both API replicas scraped and up');
    assert.deepEqual(up('dmh-actors'), wanted(ofApp('actors')), 'both actor hosts scraped and up');
    assert.deepEqual(up('daprd', 'dmh-api'), wanted(sidecars('api')), "both API replicas' sidecars");
    assert.deepEqual(up('daprd', 'dmh-actors'), wanted(sidecars('actors')), "both actor hosts' sidecars");
  });

  test('nginx serves the console and the H5 app on their ports, and their /api/ reaches both replicas', async () => {
    const s = stack!;
    // With nginx in front, these only wait for it: no Node server of their own.
    await s.startConsole();
    await s.startH5();
    for (const app of ['console', 'h5'] as const) {
      const origin = s.urls[app]!;
      const get = (pathname: string, init: RequestInit = {}) => fetch(`${origin}${pathname}`, { ...init, signal: AbortSignal.timeout(5_000) });
      const index = await get('/');
      assert.equal(index.status, 200, `${app}: /`);
      assert.match(index.headers.get('server') ?? '', /^nginx/, `${app} is served by nginx`);
      assert.match(index.headers.get('content-type') ?? '', /^text\/html/);
      assert.equal(index.headers.get('cache-control'), 'no-cache', `${app}: index.html revalidated, so a release shows at once`);
      const html = await index.text();
      const route = await get('/some/route/of/the/app');
      assert.equal(route.status, 200, `${app}: the app's own routes answer index.html`);
      assert.equal(await route.text(), html);
      assert.equal((await get('/no-such-chunk.js')).status, 404, `${app}: a missing asset is a 404, not the app`);
      const bundle = /src="(main-[A-Z0-9]{8}\.js)"/.exec(html)?.[1];
      assert.ok(bundle, `${app}: index.html names its main bundle`);
      const js = await get(`/${bundle}`, { headers: { 'accept-encoding': 'gzip' } });
      assert.equal(js.status, 200);
      assert.equal(js.headers.get('content-encoding'), 'gzip', `${app}: text is sent gzipped`);
      assert.match(js.headers.get('cache-control') ?? '', /immutable/, `${app}: hashed bundles cached for good`);
      const passed = nginxMark(s);
      for (let i = 0; i < 4; i++) assert.equal((await get('/api/v1/asyncapi.json')).status, 200, `${app}: /api/ through nginx`);
      const replicas = s.apiReplicaOrigins.map((o) => `127.0.0.1:${new URL(o).port}`);
      assert.deepEqual(replicas.filter((r) => !(passed()[r] > 0)), [], `${app}: /api/ went to every replica (${JSON.stringify(passed())})`);
    }
    // The development stack's H5 app pays in the sandbox: POST /sandbox/pay/<orderNo> reaches it, nothing else does.
    const h5 = s.urls.h5!;
    const pay = await fetch(`${h5}/sandbox/pay/NO_SUCH_ORDER`, { method: 'POST', signal: AbortSignal.timeout(5_000) });
    assert.match(pay.headers.get('content-type') ?? '', /json/, `the sandbox answered, not nginx (${pay.status})`);
    assert.equal((await fetch(`${h5}/sandbox/pay/NO_SUCH_ORDER`, { signal: AbortSignal.timeout(5_000) })).status, 403, 'only POST passes');
    assert.equal((await fetch(`${h5}/sandbox/refund/NO_SUCH_ORDER`, { method: 'POST', signal: AbortSignal.timeout(5_000) })).status, 405, "the sandbox's other endpoints stay private");
  });

  test("the payment notification URL the API gives WeChat Pay is nginx's: the sandbox's notification of a paid order arrives through it", async () => {
    const s = stack!;
    const brandId = await createBrand();
    const chain = await createDistributorChain(brandId, 3);
    const campaignId = await createCampaign(brandId);
    const access = nginxAccessSince(s);
    const order = await createOrder(campaignId, nextPhone(), chain[2].distributorId);
    const answer = await payThroughSandbox(order.orderNo);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    // Three BalanceActors, credited side by side: any of them may be the last.
    const balances = async () => Promise.all([chain[2], chain[1], chain[0]].map((d) => balanceOf(d.userId)));
    await waitFor('three balances credited', async () => (await balances()).every((b) => b !== '0.00'), 15_000, 50);
    assert.deepEqual(await balances(), ['10.00', '5.00', '2.00']);
    assert.match(access(), /POST \/api\/v1\/orders\/payment\/callback 200 upstream=127\.0\.0\.1:\d+ /, 'the notification went through nginx');
  });

  test('one actor host SIGKILLed in a burst spread over both APIs and nginx: nothing accepted lost or credited twice', { timeout: 600_000 }, async () => {
    await runSpread(stack!, actorHostKilled(), allOrigins(stack!));
  });

  // Through nginx only: a client that calls one replica directly has nowhere else to go while it restarts.
  test('a rolling restart of every process under the burst, through nginx: nothing accepted lost or credited twice', { timeout: 900_000 }, async () => {
    await runSpread(stack!, rollingRestart(), [new URL(stack!.urls.api).origin]);
  });

  test('placement restarted in a burst spread over both APIs and nginx: nothing accepted lost or credited twice', { timeout: 600_000 }, async () => {
    await runSpread(stack!, placementRestarted(), allOrigins(stack!));
  });
});
