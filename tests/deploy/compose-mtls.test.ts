/**
 * docker-compose.yml's Dapr, run without Docker: its sentry, placement, scheduler and the three sidecars are
 * started with the command lines `docker-compose config` resolves (Dapr 1.18.2's binaries: daprd, placement and
 * scheduler of the local stack, sentry built by scripts/deploy/tools.sh), with sentry's issuer credentials made
 * by deploy/compose/dapr-credentials.sh, each sidecar with its Configuration from deploy/compose/dapr/, and stub
 * apps on the app ports. Everything runs in a private network namespace (`unshare -n`, so root): one loopback
 * stands for the compose network, the service names resolve to it, and the few ports that would collide on one
 * address (sentry's 50001 against the API sidecar's gRPC port, the 9090 metrics and 8080 health ports) are moved.
 * Left out: the components (they need MySQL, Redis and RabbitMQ; nothing here depends on them).
 *
 * It shows what the comments and READMEs claim, against real sidecars:
 *   - mTLS: every sidecar gets its certificate from sentry and proves its app id (the refusals name the caller's
 *     SPIFFE id), placement and scheduler serve TLS;
 *   - the access-control lists: DMH's own invocations pass, anything else is refused (other app ids, other
 *     routes, other verbs), the example consumer reaches /api/v1/** once the API's list names it;
 *   - and that they do NOT cover actor calls: another app id's sidecar reaches an actor method on the actor host
 *     (which is why the actor host refuses unsigned actor calls, ACTOR_CALL_SECRET: that guard is the app's own,
 *     tested in tests/integration/event-consumer.test.ts).
 *
 *   bash scripts/deploy/tools.sh && node --import tsx --test tests/deploy/compose-mtls.test.ts
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { REPO, run } from '../../scripts/testing/support';
import type { NetnsPlan, NetnsProbe, NetnsProc, NetnsResult } from './compose-mtls-netns';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dmh-compose-mtls-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

const SENTRY_PORT = 50101; // compose's 50001 is the API sidecar's gRPC port on the one loopback here
const APP_PORTS: Record<string, number> = { api: 8889, actors: 3001, sync: 3002 };
const SIDECARS = ['api', 'actors', 'sync'] as const;

let result: NetnsResult;
let setupError: unknown;
const logDir = path.join(tmp, 'logs');

function check(name: string, fn: () => void | Promise<void>): void {
  test(name, async () => {
    if (setupError) throw setupError;
    await fn();
  });
}

const flag = (cmd: string[], name: string): string | undefined => (cmd.includes(name) ? cmd[cmd.indexOf(name) + 1] : undefined);

/** A command line with a flag's value set (or added). */
function withFlag(cmd: string[], name: string, value: string): string[] {
  const out = [...cmd];
  const i = out.indexOf(name);
  if (i >= 0) out[i + 1] = value;
  else out.push(name, value);
  return out;
}

before(async () => {
  try {
    result = await setUp();
  } catch (err) {
    setupError = err;
  }
});

async function setUp(): Promise<NetnsResult> {
  const located = await run('bash', [path.join(REPO, 'scripts', 'deploy', 'tools.sh'), '--locate']);
  assert.equal(located.code, 0, `the deployment tools are missing (run: bash scripts/deploy/tools.sh):\n${located.stderr}`);
  const tools = Object.fromEntries(located.stdout.trim().split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
  const daprBin = await run('bash', [path.join(REPO, 'scripts', 'dapr-ensure.sh')], { timeoutMs: 1_800_000 });
  assert.equal(daprBin.code, 0, daprBin.stderr);
  const bin = { daprd: '', placement: '', scheduler: '', sentry: tools.DAPR_SENTRY! };
  for (const c of ['daprd', 'placement', 'scheduler'] as const) bin[c] = path.join(daprBin.stdout.trim(), c);
  const netns = await run('unshare', ['-n', 'true']);
  assert.equal(netns.code, 0, `a private network namespace is needed (unshare -n, as root): ${netns.stderr}`);

  // Sentry's issuer credentials, as the compose file's comment says to make them.
  const creds = path.join(tmp, 'dapr-credentials');
  const made = await run('bash', [path.join(REPO, 'deploy', 'compose', 'dapr-credentials.sh'), creds]);
  assert.equal(made.code, 0, made.stderr);
  const anchors = fs.readFileSync(path.join(creds, 'ca.crt'), 'utf8');

  const composeEnv = {
    JWT_SECRET: 'compose-check-jwt-secret-0123456789abcdef', ACTOR_CALL_SECRET: 'compose-check-actor-call-secret-0123456789',
    WECHAT_APP_SECRET: 'x', WECHATPAY_APP_APPID: 'x', SYNC_CREDENTIALS_KEY: 'x',
    DAPR_TRUST_ANCHORS: anchors, DAPR_CREDENTIALS_DIR: creds,
  };
  const resolvedRun = await run(tools.DOCKER_COMPOSE!, ['-f', path.join(REPO, 'docker-compose.yml'), 'config'], { env: composeEnv, timeoutMs: 60_000 });
  assert.equal(resolvedRun.code, 0, resolvedRun.stderr);
  fs.writeFileSync(path.join(tmp, 'compose.yaml'), resolvedRun.stdout);
  const yaml = await run(tools.KV_PYTHON!, ['-c', 'import json,sys,yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))', path.join(tmp, 'compose.yaml')]);
  assert.equal(yaml.code, 0, yaml.stderr);
  const services = (JSON.parse(yaml.stdout) as { services: Record<string, any> }).services;

  // The compose network, on one loopback: service names are 127.0.0.1, sentry moves off 50001.
  const hostOf = (arg: string): string => arg.replace(/^sentry:50001$/, `127.0.0.1:${SENTRY_PORT}`).replace(/^(sentry|placement|scheduler):/, '127.0.0.1:');
  const hostPath = (service: any, arg: string): string => {
    for (const v of service.volumes ?? []) {
      const [src, target] = (v as string).split(':') as [string, string];
      if (src.startsWith('/') && (arg === target || arg.startsWith(`${target}/`))) return path.join(src, path.relative(target, arg));
    }
    return arg;
  };
  let metricsPort = 49090;
  let healthzPort = 48080;
  const controlPlane = (name: 'sentry' | 'placement' | 'scheduler'): NetnsProc => {
    const svc = services[name];
    let args = (svc.command as string[]).slice(1).map((a) => hostPath(svc, hostOf(a)));
    args = withFlag(withFlag(args, '--metrics-port', String(metricsPort++)), '--healthz-port', String(healthzPort));
    if (name === 'sentry') args = withFlag(args, '--port', String(SENTRY_PORT));
    if (name === 'scheduler') {
      args = withFlag(args, '--etcd-data-dir', path.join(tmp, 'scheduler-etcd'));
      args = withFlag(args, '--identity-directory-write', path.join(tmp, 'scheduler-identity'));
    }
    // DAPR_HOST_IP: in a container, placement and scheduler find their address on eth0; here there is only lo.
    return { name, bin: bin[name], args, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', DAPR_HOST_IP: '127.0.0.1', ...(svc.environment ?? {}) }, healthUrl: `http://127.0.0.1:${healthzPort++}/healthz`, healthStatus: 200 };
  };
  const daprd = (service: string, over: { appId?: string; httpPort?: number; grpcPort?: number; config?: string; noApp?: boolean } = {}): NetnsProc => {
    const svc = services[`${service}-dapr`];
    let args: string[] = [];
    const cmd = (svc.command as string[]).slice(1);
    for (let i = 0; i < cmd.length; i++) {
      if (cmd[i] === '--resources-path' && cmd[i + 1] === '/components') { i++; continue; } // the components need the infrastructure
      args.push(hostPath(svc, hostOf(cmd[i]!)));
    }
    args = withFlag(args, '--metrics-port', String(metricsPort++));
    if (over.appId) args = withFlag(args, '--app-id', over.appId);
    if (over.httpPort) args = withFlag(args, '--dapr-http-port', String(over.httpPort));
    if (over.grpcPort) args = withFlag(args, '--dapr-grpc-port', String(over.grpcPort));
    if (over.config) args = withFlag(args, '--config', over.config);
    if (over.noApp) args.splice(args.indexOf('--app-port'), 2);
    const http = flag(args, '--dapr-http-port');
    return { name: `${over.appId ?? service}-dapr`, bin: bin.daprd, args, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...svc.environment }, healthUrl: `http://127.0.0.1:${http}/v1.0/healthz`, healthStatus: 204 };
  };

  // The API's list with the example consumer's policy uncommented, as the file's comment offers it.
  const apiConfig = hostPath(services['api-dapr'], flag(services['api-dapr'].command, '--config')!);
  const withConsumer = path.join(tmp, 'api-with-consumer.yaml');
  fs.writeFileSync(withConsumer, fs.readFileSync(apiConfig, 'utf8').replace(/^ {4}# policies:\n((?: {4}#.*\n?)+)/m, (_m, body: string) => `    policies:\n${body.replace(/^ {4}# {2}/gm, '    ')}`));

  fs.mkdirSync(logDir);
  const sidecar = (name: string) => `http://127.0.0.1:${flag(daprd(name).args, '--dapr-http-port')}`;
  const api = sidecar('api');
  const intruder = 'http://127.0.0.1:3600';
  const consumer = 'http://127.0.0.1:3610';
  const invoke = (from: string, appId: string, method: string) => `${from}/v1.0/invoke/${appId}/method/${method}`;
  const probes: NetnsProbe[] = [
    { name: 'api GET sync internal/health', verb: 'GET', url: invoke(api, 'dmh-sync', 'internal/health') },
    { name: 'api POST sync internal/jobs/retry', verb: 'POST', url: invoke(api, 'dmh-sync', 'internal/jobs/retry') },
    { name: 'api GET sync readyz', verb: 'GET', url: invoke(api, 'dmh-sync', 'readyz') },
    { name: 'api POST sync sync-jobs', verb: 'POST', url: invoke(api, 'dmh-sync', 'sync-jobs') },
    { name: 'api GET actors healthz', verb: 'GET', url: invoke(api, 'dmh-actors', 'healthz') },
    { name: 'api POST actors healthz', verb: 'POST', url: invoke(api, 'dmh-actors', 'healthz') },
    { name: 'api PUT actors route by invocation', verb: 'PUT', url: invoke(api, 'dmh-actors', 'actors/BalanceActor/u1/method/creditReward') },
    { name: 'intruder GET sync internal/health', verb: 'GET', url: invoke(intruder, 'dmh-sync', 'internal/health') },
    { name: 'intruder GET actors healthz', verb: 'GET', url: invoke(intruder, 'dmh-actors', 'healthz') },
    { name: 'intruder GET api api/v1/asyncapi.json', verb: 'GET', url: invoke(intruder, 'dmh-api', 'api/v1/asyncapi.json') },
    { name: 'consumer GET api api/v1/asyncapi.json', verb: 'GET', url: invoke(consumer, 'dmh-api', 'api/v1/asyncapi.json') },
    { name: 'consumer POST api job/order-expiry', verb: 'POST', url: invoke(consumer, 'dmh-api', 'job/order-expiry') },
    { name: 'consumer GET sync internal/health', verb: 'GET', url: invoke(consumer, 'dmh-sync', 'internal/health') },
    { name: 'api actor call', verb: 'PUT', url: `${api}/v1.0/actors/BalanceActor/u1/method/creditReward`, retryUntil: 200 },
    { name: 'intruder actor call', verb: 'PUT', url: `${intruder}/v1.0/actors/BalanceActor/u1/method/creditReward`, retryUntil: 200 },
  ];
  const plan: NetnsPlan = {
    logDir,
    timeoutMs: 90_000,
    stubs: SIDECARS.map((name) => ({ name, port: APP_PORTS[name]!, actorTypes: name === 'actors' ? ['BalanceActor'] : [] })),
    stages: [
      [controlPlane('sentry')],
      [controlPlane('placement'), controlPlane('scheduler')],
      [
        daprd('sync'), daprd('actors'), daprd('api', { config: withConsumer }),
        daprd('api', { appId: 'intruder', httpPort: 3600, grpcPort: 50021, noApp: true }),
        daprd('api', { appId: 'dmh-example-consumer', httpPort: 3610, grpcPort: 50031, noApp: true }),
      ],
    ],
    probes,
  };
  const planFile = path.join(tmp, 'plan.json');
  fs.writeFileSync(planFile, JSON.stringify(plan));
  const ran = await run('unshare', ['-n', process.execPath, '--import', 'tsx', path.join(REPO, 'tests', 'deploy', 'compose-mtls-netns.ts'), planFile], { timeoutMs: 150_000 });
  assert.equal(ran.code, 0, `the namespace run failed:\n${ran.stderr}`);
  return JSON.parse(ran.stdout.trim().split('\n').pop()!) as NetnsResult;
}

function logs(): string {
  return fs.readdirSync(logDir).map((f) => `--- ${f}\n${fs.readFileSync(path.join(logDir, f), 'utf8').split('\n').filter((l) => /level=(error|fatal|warn)/.test(l)).slice(-8).join('\n')}`).join('\n');
}

function probe(name: string): { status: number; body: string } {
  const p = result.probes[name];
  assert.ok(p, `no probe ${name}`);
  return p;
}

check("compose's sentry, placement, scheduler and sidecars start with mTLS on, from the compose file's own command lines", () => {
  for (const [name, up] of Object.entries(result.started)) assert.ok(up, `${name} did not come up:\n${logs()}`);
  assert.equal(Object.keys(result.started).length, 8);
  const sentryLog = fs.readFileSync(path.join(logDir, 'sentry.log'), 'utf8');
  assert.match(sentryLog, /Root and issuer certs found: using credentials from store/, 'sentry signs with dapr-credentials.sh\'s issuer');
  for (const name of ['api-dapr', 'actors-dapr', 'sync-dapr', 'intruder-dapr', 'dmh-example-consumer-dapr']) {
    // The workload certificate sentry issued it (24 h, workloadCertTTL of deploy/compose/dapr/sentry.yaml).
    assert.match(fs.readFileSync(path.join(logDir, `${name}.log`), 'utf8'), /Starting workload identity expiry watcher; cert expires on/, `${name}: no certificate from sentry`);
  }
  assert.match(fs.readFileSync(path.join(logDir, 'actors-dapr.log'), 'utf8'), /Connected to placement/, 'the actor host reaches placement over TLS');
});

check("DMH's own service invocations pass the callees' lists", () => {
  for (const name of ['api GET sync internal/health', 'api POST sync internal/jobs/retry', 'api GET sync readyz', 'api GET actors healthz']) {
    const p = probe(name);
    assert.equal(p.status, 200, `${name}: ${p.body}`);
    assert.match(p.body, /"app":"(sync|actors)"/, `${name} reached the app`);
  }
});

check('everything else is refused by the lists, naming the caller by its certificate', () => {
  for (const name of ['api POST sync sync-jobs', 'api POST actors healthz', 'api PUT actors route by invocation',
    'intruder GET sync internal/health', 'intruder GET actors healthz', 'intruder GET api api/v1/asyncapi.json', 'consumer POST api job/order-expiry', 'consumer GET sync internal/health']) {
    const p = probe(name);
    assert.equal(p.status, 403, `${name}: ${p.status} ${p.body}`);
    assert.match(p.body, /access control policy has denied access to id: spiffe:\/\/public\/ns\/default\//, name);
  }
  assert.match(probe('intruder GET sync internal/health').body, /spiffe:\/\/public\/ns\/default\/intruder/);
});

check("the example consumer reaches the API's /api/v1/** once the API's list names it", () => {
  const p = probe('consumer GET api api/v1/asyncapi.json');
  assert.equal(p.status, 200, p.body);
  assert.match(p.body, /"path":"\/api\/v1\/asyncapi.json"/);
});

check('the lists do not cover actor calls: another app id reaches an actor method (so the actor host must check signatures)', () => {
  for (const name of ['api actor call', 'intruder actor call']) {
    const p = probe(name);
    assert.equal(p.status, 200, `${name}: ${p.body}`);
    assert.match(p.body, /"path":"\/actors\/BalanceActor\/u1\/method\/creditReward"/, `${name} reached the actor host`);
  }
});
