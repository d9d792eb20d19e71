/**
 * Runs a plan of Dapr processes, stub apps and service-invocation probes inside a private network namespace
 * (started by tests/deploy/compose-mtls.test.ts as `unshare -n node --import tsx <this file> <plan.json>`), so
 * that docker-compose.yml's app ids and ports, and the sidecars' mDNS, meet nothing of the machine's own
 * stacks. Prints one JSON line: each probe's status and body, and whether every process came up.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';

export interface NetnsProc { name: string; bin: string; args: string[]; env: Record<string, string>; healthUrl: string; healthStatus: number }
export interface NetnsStub { name: string; port: number; actorTypes: string[] }
export interface NetnsProbe { name: string; url: string; verb: string; retryUntil?: number }
export interface NetnsPlan { logDir: string; stages: NetnsProc[][]; stubs: NetnsStub[]; probes: NetnsProbe[]; timeoutMs: number }
export interface NetnsResult { started: Record<string, boolean>; probes: Record<string, { status: number; body: string }> }

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function status(url: string, verb = 'GET'): Promise<{ status: number; body: string }> {
  try {
    const res = await fetch(url, { method: verb, signal: AbortSignal.timeout(10_000), ...(verb !== 'GET' && { body: '{}', headers: { 'content-type': 'application/json' } }) });
    return { status: res.status, body: await res.text() };
  } catch (err) {
    return { status: 0, body: (err as Error).message };
  }
}

/** An app that answers every request with what it received; an actor host also names its actor types. */
function stub(s: NetnsStub): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/dapr/config') return void res.end(JSON.stringify({ entities: s.actorTypes, actorIdleTimeout: '1h' }));
    res.end(JSON.stringify({ app: s.name, method: req.method, path: req.url }));
  });
  return new Promise((resolve) => server.listen(s.port, '127.0.0.1', () => resolve(server)));
}

async function main(): Promise<void> {
  const plan = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8')) as NetnsPlan;
  // The namespace has a loopback only, down: up, and multicast on it for the sidecars' mDNS name resolution.
  execFileSync('ip', ['link', 'set', 'lo', 'up']);
  execFileSync('ip', ['link', 'set', 'lo', 'multicast', 'on']);
  execFileSync('ip', ['route', 'add', '224.0.0.0/4', 'dev', 'lo']);
  const children: ChildProcess[] = [];
  const servers = await Promise.all(plan.stubs.map(stub));
  const result: NetnsResult = { started: {}, probes: {} };
  const deadline = Date.now() + plan.timeoutMs;
  try {
    for (const stage of plan.stages) {
      for (const p of stage) {
        const log = fs.openSync(path.join(plan.logDir, `${p.name}.log`), 'w');
        children.push(spawn(p.bin, p.args, { env: p.env, stdio: ['ignore', log, log] }));
      }
      for (const p of stage) {
        let up = false;
        while (!up && Date.now() < deadline) {
          up = (await status(p.healthUrl)).status === p.healthStatus;
          if (!up) await sleep(250);
        }
        result.started[p.name] = up;
      }
    }
    for (const probe of plan.probes) {
      let answer = await status(probe.url, probe.verb);
      // Actor calls wait for placement to disseminate the actor host's types.
      while (probe.retryUntil !== undefined && answer.status !== probe.retryUntil && Date.now() < deadline) {
        await sleep(500);
        answer = await status(probe.url, probe.verb);
      }
      result.probes[probe.name] = answer;
    }
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await sleep(500);
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    for (const s of servers) s.close();
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(1);
});
