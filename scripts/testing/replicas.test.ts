import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { loadConfig } from '../stack/config.js';
import { sidecarName, sidecarSpec } from '../stack/dapr.js';
import { nginxBinary, nginxConf } from '../stack/nginx.js';
import { appInstances, parseReplicaName, replicaProcessNames } from '../stack/replicas.js';
import { Stack } from '../stack/stack.js';
import { stopTier } from '../stack/stop-order.js';

const scaled = (env: Record<string, string> = {}) => loadConfig({ stateDir: path.join(os.tmpdir(), 'dmh-replicas-test'), env: { DMH_API_REPLICAS: '2', DMH_ACTOR_HOSTS: '2', ...env } });
const flag = (args: readonly string[], name: string) => args[args.indexOf(name) + 1];

test('with one API and one actor host (the default) nothing is added: same names, same ports, no nginx', () => {
  const cfg = loadConfig({ stateDir: path.join(os.tmpdir(), 'dmh-replicas-test'), env: { DMH_API_REPLICAS: '', DMH_ACTOR_HOSTS: '' } });
  assert.deepEqual([cfg.apiReplicas, cfg.actorHosts], [1, 1]);
  assert.deepEqual(appInstances(cfg, ['api', 'actors']).map((d) => [sidecarName(d), flag(sidecarSpec(cfg, '/bin', d).args, '--app-port')]), [['api-sidecar', '8889'], ['actors-sidecar', '3001']]);
  assert.deepEqual(replicaProcessNames(cfg), []);
  assert.equal(new Stack({ stateDir: cfg.stateDir, env: { DMH_API_REPLICAS: '1', DMH_ACTOR_HOSTS: '1' } }).urls.api, 'http://127.0.0.1:8889/api/v1');
});

test('replicas get their own names and ports, the same app id, and clients go through nginx', () => {
  const cfg = scaled();
  const specs = appInstances(cfg, ['api', 'actors']).map((d) => sidecarSpec(cfg, '/bin', d));
  assert.deepEqual(specs.map((s) => [s.name, flag(s.args, '--app-id')]), [['api-sidecar', 'dmh-api'], ['api-2-sidecar', 'dmh-api'], ['actors-sidecar', 'dmh-actors'], ['actors-2-sidecar', 'dmh-actors']]);
  const ports = specs.flatMap((s) => ['--app-port', '--dapr-http-port', '--dapr-grpc-port', '--dapr-internal-grpc-port', '--metrics-port'].map((f) => flag(s.args, f)));
  assert.equal(new Set(ports).size, ports.length, `every port once: ${ports.join(' ')}`);
  assert.deepEqual(replicaProcessNames(cfg), ['api-2', 'api-2-sidecar', 'actors-2', 'actors-2-sidecar', 'nginx']);
  const stack = new Stack({ stateDir: cfg.stateDir, env: { DMH_API_REPLICAS: '2', DMH_ACTOR_HOSTS: '2' } });
  assert.equal(stack.urls.api, `http://127.0.0.1:${cfg.ports.apiLb}/api/v1`);
  assert.deepEqual(stack.apiReplicaOrigins, ['http://127.0.0.1:8889', `http://127.0.0.1:${cfg.ports.apiReplicas}`]);
  const replicaEnv = appInstances(cfg, ['api'])[1].env(cfg);
  assert.deepEqual([replicaEnv.PORT, replicaEnv.DAPR_HTTP_PORT], [String(cfg.ports.apiReplicas), String(cfg.ports.apiReplicas + 1)]);
});

test('a replica name is parsed, stops with its first instance, and a count out of range or a port clash is refused', () => {
  assert.deepEqual(parseReplicaName('actors-2-sidecar'), { app: 'actors', index: 2, sidecar: true });
  assert.equal(parseReplicaName('api-sidecar'), null);
  assert.deepEqual(['nginx', 'api-2', 'api-sidecar', 'api-2-sidecar', 'sync-sidecar', 'actors-2', 'actors', 'placement'].map(stopTier), [0, 1, 2, 2, 2, 4, 4, 5]);
  // The actor hosts' sidecars leave placement after every other sidecar, one at a time, before any actor host.
  const sidecars = ['actors-sidecar', 'actors-2-sidecar', 'actors-3-sidecar'].map(stopTier);
  assert.ok(stopTier('sync-sidecar') < sidecars[0]! && sidecars[0]! < sidecars[1]! && sidecars[1]! < sidecars[2]! && sidecars[2]! < stopTier('actors'), JSON.stringify(sidecars));
  assert.throws(() => scaled({ DMH_API_REPLICAS: '10' }), /at most 9/);
  assert.throws(() => scaled({ DMH_ACTOR_HOSTS: '0' }), /positive integer/);
  assert.throws(() => new Stack({ stateDir: os.tmpdir(), env: { DMH_API_REPLICAS: '2', DMH_API_REPLICA_PORTS: '3499' } }), /also apiDaprHttp/);
});

test("nginx's generated configuration is valid for Debian's nginx and fails over between the replicas", { skip: !fs.existsSync('/usr/sbin/nginx') && 'nginx not installed' }, () => {
  const cfg = scaled();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dmh-nginx-'));
  const conf = nginxConf({ ...cfg, stateDir: dir, logsDir: dir }, [8889, 17100]);
  assert.match(conf, /server 127\.0\.0\.1:8889 max_fails=1 fail_timeout=5s;\n\s+server 127\.0\.0\.1:17100/);
  assert.match(conf, /proxy_next_upstream error timeout http_502 http_503;/);
  assert.match(conf, new RegExp(`listen 127\\.0\\.0\\.1:${cfg.ports.apiLb};`));
  fs.mkdirSync(path.join(dir, 'nginx', 'tmp'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'nginx.conf'), conf);
  execFileSync(nginxBinary(), ['-t', '-q', '-p', dir, '-e', 'stderr', '-c', path.join(dir, 'nginx.conf')], { stdio: 'pipe' });
  fs.rmSync(dir, { recursive: true, force: true });
});
