// What a Unix domain socket to the sidecar would save against loopback TCP (issue 13: "the cost of each daprd
// hop"). One daprd 1.18 without an app, called as the API calls its sidecar (api/src/dapr/sidecar-http.ts:
// node:http, kept-alive sockets, a small JSON body, 8 in flight), once on TCP and once on
// `--unix-domain-socket` (which replaces daprd's TCP listeners), alternately, BENCH_TRANSPORT_ROUNDS rounds of
// BENCH_TRANSPORT_CALLS calls. Prints the CPU per call of the caller (process.cpuUsage) and of daprd
// (/proc/<pid>/stat), medians with the range, and writes the same text to bench/results/sidecar-transport-<date>.txt.
//
//   DAPR_BIN_DIR=$(bash scripts/dapr-ensure.sh | tail -1) node --enable-source-maps --import tsx bench/sidecar-transport.bench.ts
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { median } from './lib/stats';

const CALLS = Number(process.env.BENCH_TRANSPORT_CALLS ?? 30_000);
const ROUNDS = Number(process.env.BENCH_TRANSPORT_ROUNDS ?? 5);
const IN_FLIGHT = 8;
const HTTP_PORT = 3977;
const binDir = process.env.DAPR_BIN_DIR;
if (!binDir) throw new Error('set DAPR_BIN_DIR to the directory of daprd (scripts/dapr-ensure.sh prints it)');

type Transport = 'tcp' | 'uds';
interface Round { transport: Transport; callerUs: number; daprdUs: number }

/** A credit command's size: what the API sends most often. Metadata's answer (404 for this path) is as small as a credit result. */
const body = Buffer.from(JSON.stringify({ credits: [{ rewardId: '1234567890123', orderId: '9876543210987', amountFen: 1234, level: 1 }] }));

async function startDaprd(transport: Transport, socketDir: string): Promise<{ child: ChildProcess; target: http.RequestOptions }> {
  const args = ['--app-id', 'transport', '--dapr-grpc-port', '50977', '--metrics-port', '9977', '--log-level', 'warn'];
  args.push(...(transport === 'tcp' ? ['--dapr-http-port', String(HTTP_PORT)] : ['--unix-domain-socket', socketDir]));
  const child = spawn(join(binDir as string, 'daprd'), args, { stdio: 'ignore' });
  const target: http.RequestOptions = transport === 'tcp' ? { host: '127.0.0.1', port: HTTP_PORT } : { socketPath: join(socketDir, 'dapr-transport-http.socket') };
  for (let i = 0; i < 100; i++) {
    if (await call(target, new http.Agent()).then(() => true, () => false)) return { child, target };
    await sleep(100);
  }
  child.kill();
  throw new Error(`daprd (${transport}) did not answer within 10 s`);
}

function call(target: http.RequestOptions, agent: http.Agent): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = http.request({ ...target, agent, method: 'POST', path: '/v1.0/metadata/probe', headers: { 'content-type': 'application/json', 'content-length': body.length } }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', reject);
    req.end(body);
  });
}

function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime in clock ticks of 10 ms
}

async function round(transport: Transport, socketDir: string): Promise<Round> {
  const { child, target } = await startDaprd(transport, socketDir);
  try {
    const agent = new http.Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
    const run = async (n: number) => {
      let sent = 0;
      await Promise.all(Array.from({ length: IN_FLIGHT }, async () => {
        while (sent < n) {
          sent += 1;
          await call(target, agent);
        }
      }));
    };
    await run(2000); // warm up: sockets open, both sides' code hot
    const caller0 = process.cpuUsage();
    const daprd0 = cpuMsOf(child.pid as number);
    await run(CALLS);
    const caller = process.cpuUsage(caller0);
    const daprdMs = cpuMsOf(child.pid as number) - daprd0;
    agent.destroy();
    return { transport, callerUs: (caller.user + caller.system) / CALLS, daprdUs: (daprdMs * 1000) / CALLS };
  } finally {
    child.kill();
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

async function main(): Promise<void> {
  const socketDir = mkdtempSync(join(tmpdir(), 'dmh-uds-'));
  const rounds: Round[] = [];
  try {
    for (let i = 0; i < ROUNDS; i++) {
      for (const transport of ['tcp', 'uds'] as const) rounds.push(await round(transport, socketDir));
    }
  } finally {
    rmSync(socketDir, { recursive: true, force: true });
  }
  const lines = [`sidecar transport: ${CALLS} calls per round, ${IN_FLIGHT} in flight, ${ROUNDS} rounds each, alternating; CPU µs per call, median (min–max)`];
  const summary: Record<Transport, { caller: number; daprd: number }> = { tcp: { caller: 0, daprd: 0 }, uds: { caller: 0, daprd: 0 } };
  for (const transport of ['tcp', 'uds'] as const) {
    const mine = rounds.filter((r) => r.transport === transport);
    const fmt = (xs: number[]) => `${median(xs).toFixed(1)} (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;
    summary[transport] = { caller: median(mine.map((r) => r.callerUs)), daprd: median(mine.map((r) => r.daprdUs)) };
    lines.push(`  ${transport}: caller ${fmt(mine.map((r) => r.callerUs))}, daprd ${fmt(mine.map((r) => r.daprdUs))}, both ${fmt(mine.map((r) => r.callerUs + r.daprdUs))}`);
  }
  const saved = summary.tcp.caller + summary.tcp.daprd - (summary.uds.caller + summary.uds.daprd);
  lines.push(`  a Unix domain socket saves ${saved.toFixed(1)} µs per call (${((saved / (summary.tcp.caller + summary.tcp.daprd)) * 100).toFixed(0)} % of the transport's both sides)`);
  const text = lines.join('\n');
  console.log(text);
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  writeFileSync(join(__dirname, 'results', `sidecar-transport-${new Date().toISOString().replace(/[:.]/g, '-')}.txt`), `${text}\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
