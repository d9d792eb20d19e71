// npx tsx scripts/stack/cli.ts up|infra|down|status
//   up     build check, Dapr binaries, everything started; logs streamed until Ctrl-C
//   infra  MariaDB, Redis, RabbitMQ only (for running apps by hand); until Ctrl-C
//   down   stop whatever an earlier run left (pid files under the state dir)
//   status what the pid files say
// Options for up: --no-build --no-migrate --no-seed --no-tracing
//   (up traces every request into a Zipkin server unless --no-tracing or DMH_TRACING=0: scripts/stack/tracing.ts)
import { buildIfStale } from './build-check';
import { loadConfig } from './config';
import { isAlive, sleep } from './procfs';
import { readPidRecords, stopRecorded } from './pidfiles';
import { Stack } from './stack';

const DEMO_LOGINS = [
  ['platform admin', 'admin', 'Admin@12345'],
  ['brand admin', 'brandadmin', 'Brand@12345'],
  ['distributor', 'dist1', 'Dist@12345'],
] as const;

function say(line: string): void {
  process.stdout.write(`[stack] ${line}\n`);
}

/** Ctrl-C / SIGTERM / SIGHUP stop the stack cleanly; a second one kills at once. */
function stopOnSignals(stack: Stack): { stopping: () => boolean } {
  let stopping = false;
  let firstAt = 0;
  const handler = (signal: NodeJS.Signals): void => {
    if (stopping) {
      // One Ctrl-C reaches us twice (from the terminal and relayed by tsx/npx): only a later one forces.
      if (Date.now() - firstAt < 1_500) return;
      say(`${signal} again: killing everything now`);
      process.exit(130); // the supervisor's exit hook SIGKILLs every child group
    }
    stopping = true;
    firstAt = Date.now();
    say(`${signal}: stopping (again to force)…`);
    stack.stop().then(
      () => {
        say('stopped');
        process.exit(0);
      },
      (err: unknown) => {
        say(`stop: ${(err as Error).message}`);
        process.exit(1);
      },
    );
  };
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(s, handler);
  return { stopping: () => stopping };
}

function printSummary(stack: Stack, full: boolean): void {
  const u = stack.urls;
  const lines = full
    ? [
        `admin console  ${u.console}`,
        `H5 app         ${u.h5}  (a campaign: ${u.h5}/c/<campaignId>)`,
        `API            ${u.api}`,
        ...(stack.cfg.apiReplicas > 1 ? [`API replicas   ${stack.apiReplicaOrigins.join(', ')} (behind nginx)`] : []),
        `health         ${u.health}`,
        `API docs       ${u.docs}`,
        `OpenAPI        ${u.openapi}`,
        `AsyncAPI       ${u.asyncapi}  (the events other services subscribe to)`,
        `pay sandbox    ${u.sandbox}`,
        `Prometheus     ${u.prometheus}  (targets: /targets, alerts: /alerts, e.g. /graph?g0.expr=dmh_payment_callbacks_total)`,
        ...(stack.cfg.tracing ? [`traces         ${u.zipkin}/zipkin/  (Zipkin: every request, service dmh-api, dmh-actors or dmh-sync)`] : []),
      ]
    : [];
  lines.push(`MariaDB        ${u.mariadb}`, `external DB    ${u.externalDb} (sync target)`, `Redis          ${u.redis}`, `RabbitMQ       ${u.rabbitmq}`, `logs           ${stack.cfg.logsDir}`);
  if (full) {
    lines.push('demo logins:');
    for (const [role, user, pw] of DEMO_LOGINS) lines.push(`  ${role.padEnd(15)} ${user} / ${pw}`);
  }
  for (const l of lines) say(l);
}

async function run(command: string, flags: Set<string>): Promise<void> {
  if (command === 'down') {
    const cfg = loadConfig();
    const owners = new Set(readPidRecords(cfg.pidsDir).map((r) => r.owner).filter((o) => o !== process.pid && isAlive(o)));
    for (const owner of owners) {
      say(`asking the running supervisor (pid ${owner}) to stop`);
      process.kill(owner, 'SIGTERM');
    }
    const deadline = Date.now() + cfg.stopGraceMs * 3;
    while ([...owners].some((o) => isAlive(o)) && Date.now() < deadline) await sleep(200);
    const stopped = await stopRecorded(cfg.pidsDir, cfg.stopGraceMs);
    say(stopped.length > 0 ? `stopped: ${stopped.join(', ')}` : 'nothing was running');
    return;
  }
  if (command === 'status') {
    const cfg = loadConfig();
    const records = readPidRecords(cfg.pidsDir);
    if (records.length === 0) say('nothing recorded as running');
    for (const r of records) say(`${r.name.padEnd(16)} pid ${r.pid} ${isAlive(r.pid, r.startTicks) ? 'running' : 'gone'} (since ${r.startedAt})`);
    return;
  }
  if (command !== 'up' && command !== 'infra') throw new Error(`unknown command "${command}" (up | infra | down | status)`);

  // `up` is the product to look at: traced unless asked not to. `infra` has no app to trace.
  const tracing = command === 'up' && !flags.has('--no-tracing') && process.env.DMH_TRACING !== '0';
  const stack = new Stack({ tracing });
  const signals = stopOnSignals(stack);
  const started = Date.now();
  try {
    if (command === 'up') {
      if (!flags.has('--no-build')) await buildIfStale(stack.cfg, say);
      await stack.start({ stream: true, migrate: !flags.has('--no-migrate'), seed: !flags.has('--no-seed') });
      await stack.startConsole();
      await stack.startH5();
    } else {
      await stack.startInfra({ stream: true });
    }
  } catch (err) {
    if (signals.stopping()) return; // the signal handler is already stopping everything
    say(`start failed: ${(err as Error).message}`);
    await stack.stop().catch((e: unknown) => say(`stop: ${(e as Error).message}`));
    process.exit(1);
  }
  say(`${command === 'up' ? 'DMH is up' : 'infrastructure is up'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  printSummary(stack, command === 'up');
  say('streaming logs; Ctrl-C stops everything');
  setInterval(() => undefined, 1 << 30); // keep running until a signal
}

// `up | tee log` then Ctrl-C: tee dies first; a broken stdout must not cut the clean stop short.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);

const [command = 'up', ...rest] = process.argv.slice(2);
run(command, new Set(rest)).catch((err: unknown) => {
  process.stderr.write(`[stack] ${(err as Error).message}\n`);
  process.exit(1);
});
