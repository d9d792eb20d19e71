/**
 * The Kubernetes deployment (deploy/helm/dmh) and docker-compose.yml, checked as far as a machine without a
 * cluster and without a Docker engine allows:
 *   - Helm (built from its Go module) lints the chart and renders it with the default values, with
 *     tests/deploy/values-scaled.yaml (more replicas, a wider HPA, the chart's own Secret) and with autoscaling off;
 *   - every rendered object is valid against Kubernetes' own OpenAPI schemas (kubernetes-validate, strict) for
 *     the oldest Kubernetes the chart allows and the one Helm renders for, and every Dapr object against the
 *     openAPIV3Schema of Dapr 1.18.2's CRDs (strict too);
 *   - what DMH needs of it: ≥ 2 actor hosts and their PodDisruptionBudget, the API's HPA, each app's Dapr
 *     annotations (the local stack's app ids and ports), probes on the apps' real health routes, the Ingress as
 *     deploy/nginx.conf routes, secrets only by reference, the Dapr resources the same as the local files;
 *   - `docker-compose config` (Debian's docker-compose) accepts docker-compose.yml.
 *
 * Run it (the first line installs or finds the tools, cached under ~/.cache/dmh; a missing tool FAILS the test):
 *   bash scripts/deploy/tools.sh && node --import tsx --test tests/deploy/helm-chart.test.ts
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { APPS, type AppDef } from '../../scripts/stack/apps';
import { loadPorts } from '../../scripts/stack/ports';
import { REPO, run } from '../../scripts/testing/support';

type Obj = { apiVersion: string; kind: string; metadata: { name: string; annotations?: Record<string, string>; labels?: Record<string, string> }; [k: string]: any };

const CHART = path.join(REPO, 'deploy', 'helm', 'dmh');
const SCALED_VALUES = path.join(REPO, 'tests', 'deploy', 'values-scaled.yaml');
/** The Kubernetes Helm renders for (its client-go's minor) and the oldest the chart's kubeVersion allows. */
const KUBE_VERSION = '1.36.0';
const KUBE_VERSIONS = ['1.27.0', KUBE_VERSION];
const RELEASE = 'shop';
const PORTS = loadPorts({});

interface Tools { HELM: string; KV_PYTHON: string; DAPR_CRDS: string; DOCKER_COMPOSE: string }
interface Rendered { objects: Obj[]; errors: string[]; checked: { kubernetes: number; dapr: number; k8sVersions: string[] } }

let tools: Tools;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dmh-helm-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

async function helm(args: string[]) {
  return run(tools.HELM, args, { timeoutMs: 120_000, env: { HELM_CACHE_HOME: path.join(tmp, 'cache'), HELM_CONFIG_HOME: path.join(tmp, 'config'), HELM_DATA_HOME: path.join(tmp, 'data') } });
}

async function render(name: string, extra: string[]): Promise<string> {
  const ran = await helm(['template', RELEASE, CHART, '--namespace', 'dmh', '--kube-version', KUBE_VERSION, ...extra]);
  assert.equal(ran.code, 0, `helm template (${name}) failed:\n${ran.stderr}`);
  const file = path.join(tmp, `${name}.yaml`);
  fs.writeFileSync(file, ran.stdout);
  return file;
}

/** Every object of a rendered file, parsed and validated by tests/deploy/validate-rendered.py. */
async function validate(file: string): Promise<Rendered> {
  const ran = await run(tools.KV_PYTHON, [path.join(REPO, 'tests', 'deploy', 'validate-rendered.py'), '--crds', tools.DAPR_CRDS, '--k8s', KUBE_VERSIONS.join(','), file], { timeoutMs: 180_000 });
  assert.equal(ran.code, 0, `validate-rendered.py failed:\n${ran.stderr}`);
  return JSON.parse(ran.stdout) as Rendered;
}

/** YAML files of the repository, parsed by the same Python (PyYAML) as the rendered ones. */
async function readYaml(...files: string[]): Promise<any[]> {
  const ran = await run(tools.KV_PYTHON, ['-c', 'import json,sys,yaml\nprint(json.dumps([d for f in sys.argv[1:] for d in yaml.safe_load_all(open(f)) if d]))', ...files]);
  assert.equal(ran.code, 0, ran.stderr);
  return JSON.parse(ran.stdout) as any[];
}

const renders: Record<'defaults' | 'scaled' | 'fixed', Rendered> = {} as never;
const renderedFiles: Record<string, string> = {};

/**
 * Set-up runs once; if it fails (a tool missing, Helm refusing the chart), every test fails with its error:
 * counted as failures, not as tests cancelled by a failed hook, and never skipped.
 */
let setupError: unknown;
function check(name: string, fn: () => void | Promise<void>): void {
  test(name, async () => {
    if (setupError) throw setupError;
    await fn();
  });
}

before(async () => {
  try {
    await setUp();
  } catch (err) {
    setupError = err;
  }
});

async function setUp(): Promise<void> {
  const located = await run('bash', [path.join(REPO, 'scripts', 'deploy', 'tools.sh'), '--locate']);
  assert.equal(located.code, 0, `the deployment tools are missing (run: bash scripts/deploy/tools.sh):\n${located.stderr}`);
  tools = Object.fromEntries(located.stdout.trim().split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])) as unknown as Tools;
  renderedFiles.defaults = await render('defaults', []);
  renderedFiles.scaled = await render('scaled', ['-f', SCALED_VALUES]);
  renderedFiles.fixed = await render('fixed', ['--set', 'api.autoscaling.enabled=false', '--set', 'api.replicaCount=4']);
  for (const name of ['defaults', 'scaled', 'fixed'] as const) renders[name] = await validate(renderedFiles[name]!);
}

function all(r: Rendered, kind: string): Obj[] {
  return r.objects.filter((o) => o.kind === kind);
}

function one(r: Rendered, kind: string, name: string): Obj {
  const found = r.objects.filter((o) => o.kind === kind && o.metadata.name === name);
  assert.equal(found.length, 1, `${kind}/${name}: ${found.length} rendered (have: ${all(r, kind).map((o) => o.metadata.name).join(', ')})`);
  return found[0]!;
}

/** The Deployment whose pods carry this Dapr app id. */
function deploymentOf(r: Rendered, appId: string): Obj {
  const found = all(r, 'Deployment').filter((d) => d.spec.template.metadata.annotations?.['dapr.io/app-id'] === appId);
  assert.equal(found.length, 1, `Deployments with dapr.io/app-id ${appId}: ${found.length}`);
  return found[0]!;
}

function selects(selector: Record<string, string>, labels: Record<string, string>): boolean {
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}

const daprApps = APPS.filter((a): a is AppDef & { dapr: NonNullable<AppDef['dapr']> } => a.dapr !== undefined);

describe('Helm renders the chart', () => {
  check('helm lint --strict passes with the default values and with the scaled ones', async () => {
    for (const extra of [[], ['-f', SCALED_VALUES]]) {
      const ran = await helm(['lint', '--strict', CHART, '--kube-version', KUBE_VERSION, ...extra]);
      assert.equal(ran.code, 0, `helm lint ${extra.join(' ')}:\n${ran.stdout}\n${ran.stderr}`);
      assert.match(ran.stdout, /1 chart\(s\) linted, 0 chart\(s\) failed/);
    }
  });

  check('a single actor host is refused at render time', async () => {
    const ran = await helm(['template', RELEASE, CHART, '--kube-version', KUBE_VERSION, '--set', 'actors.replicaCount=1']);
    assert.notEqual(ran.code, 0, 'rendered with one actor host');
    assert.match(ran.stderr, /actors\.replicaCount must be at least 2/);
  });

  check('the chart-made Secret requires its values (no empty JWT secret slips through)', async () => {
    const ran = await helm(['template', RELEASE, CHART, '--kube-version', KUBE_VERSION, '--set', 'secrets.existingSecret=']);
    assert.notEqual(ran.code, 0);
    assert.match(ran.stderr, /secrets\.values\.\w+ is required/);
  });
});

describe('every rendered object is valid against the schemas', () => {
  for (const name of ['defaults', 'scaled', 'fixed'] as const) {
    check(`${name}: Kubernetes ${KUBE_VERSIONS.join(' and ')} (kubernetes-validate, strict) and Dapr 1.18.2's CRDs`, () => {
      const r = renders[name];
      assert.deepEqual(r.errors, []);
      assert.deepEqual(r.checked.k8sVersions, KUBE_VERSIONS);
      assert.ok(r.checked.kubernetes >= 15, `only ${r.checked.kubernetes} Kubernetes objects checked`);
      const dapr = r.objects.filter((o) => o.apiVersion === 'dapr.io/v1alpha1').map((o) => o.kind).sort();
      assert.deepEqual(dapr, ['Component', 'Component', 'Component', 'Component', 'Component', 'Configuration', 'Resiliency']);
      assert.equal(r.checked.dapr, dapr.length);
    });
  }

  check('the validators reject a wrong field (in a Deployment, a Component and the Resiliency)', async () => {
    const broken = fs.readFileSync(renderedFiles.defaults!, 'utf8')
      .replace(/^ {2}revisionHistoryLimit: 5$/m, '  revisionHistoryLimit: 5\n  replicass: 3')
      .replace(/^ {2}type: state\.mysql$/m, '  type: state.mysql\n  metdata: []')
      .replace(/^ {6}actorCall: 5s$/m, '      actorCall: 5s\n      retries: 3');
    const file = path.join(tmp, 'broken.yaml');
    fs.writeFileSync(file, broken);
    const { errors } = await validate(file);
    assert.ok(errors.some((e) => /Deployment\/.*\(Kubernetes 1\.27\.0\).*replicass/.test(e)), errors.join('\n'));
    assert.ok(errors.some((e) => /Deployment\/.*\(Kubernetes 1\.36\.0\).*replicass/.test(e)), errors.join('\n'));
    assert.ok(errors.some((e) => /Component\/statestore \(Dapr CRD\).*metdata/.test(e)), errors.join('\n'));
    assert.ok(errors.some((e) => /Resiliency\/.*\(Dapr CRD\).*timeouts\/retries/.test(e)), errors.join('\n'));
  });
});

describe('what DMH needs of the deployment', () => {
  check('the actor host runs at least 2 replicas, kept by a PodDisruptionBudget that lets one go at a time', () => {
    for (const [name, replicas, minAvailable] of [['defaults', 2, 1], ['scaled', 5, 3]] as const) {
      const r = renders[name];
      const actors = deploymentOf(r, 'dmh-actors');
      assert.equal(actors.spec.replicas, replicas, name);
      const pdbs = all(r, 'PodDisruptionBudget').filter((p) => selects(p.spec.selector.matchLabels, actors.spec.template.metadata.labels));
      assert.equal(pdbs.length, 1, `${name}: PDBs over the actor pods`);
      assert.equal(pdbs[0]!.spec.minAvailable, minAvailable);
      assert.ok(pdbs[0]!.spec.minAvailable < replicas, 'a PDB that allows no disruption blocks node drains');
      assert.ok(actors.spec.template.spec.terminationGracePeriodSeconds > Number(actors.spec.template.metadata.annotations['dapr.io/graceful-shutdown-seconds']),
        'the sidecar finishes its graceful shutdown before the pod is killed');
    }
  });

  check('the API scales on an HPA (and on fixed replicas only when autoscaling is off)', () => {
    for (const [name, min, max] of [['defaults', 2, 10], ['scaled', 3, 24]] as const) {
      const r = renders[name];
      const api = deploymentOf(r, 'dmh-api');
      assert.equal(api.spec.replicas, undefined, `${name}: a fixed replicas would fight the HPA on every upgrade`);
      const hpas = all(r, 'HorizontalPodAutoscaler');
      assert.equal(hpas.length, 1);
      const hpa = hpas[0]!;
      assert.equal(hpa.apiVersion, 'autoscaling/v2');
      assert.deepEqual(hpa.spec.scaleTargetRef, { apiVersion: 'apps/v1', kind: 'Deployment', name: api.metadata.name });
      assert.equal(hpa.spec.minReplicas, min);
      assert.equal(hpa.spec.maxReplicas, max);
      assert.ok(hpa.spec.metrics.some((m: any) => m.resource?.name === 'cpu'), 'scales on CPU');
      assert.ok(api.spec.template.spec.containers[0].resources.requests.cpu, 'CPU utilisation needs a CPU request');
    }
    const fixed = renders.fixed;
    assert.equal(all(fixed, 'HorizontalPodAutoscaler').length, 0);
    assert.equal(deploymentOf(fixed, 'dmh-api').spec.replicas, 4);
    assert.equal(deploymentOf(renders.scaled, 'dmh-sync').spec.replicas, 3);
  });

  check("each app pod has its Dapr sidecar with the local stack's app id, app port, config and metrics", () => {
    for (const r of [renders.defaults, renders.scaled]) {
      const config = all(r, 'Configuration');
      assert.equal(config.length, 1);
      for (const app of daprApps) {
        const d = deploymentOf(r, app.dapr.appId);
        const a = d.spec.template.metadata.annotations as Record<string, string>;
        const port = PORTS[app.port];
        assert.equal(a['dapr.io/enabled'], 'true');
        assert.equal(a['dapr.io/app-port'], String(port), `${app.name}: app port as scripts/stack/ports.ts`);
        assert.equal(a['dapr.io/app-protocol'], 'http');
        assert.equal(a['dapr.io/config'], config[0]!.metadata.name);
        assert.equal(a['dapr.io/enable-metrics'], 'true');
        assert.match(a['dapr.io/metrics-port'] ?? '', /^\d+$/);
        assert.match(a['dapr.io/log-level'] ?? '', /^(debug|info|warn|error)$/);
        assert.equal(a['dapr.io/enable-app-health-check'] === 'true', app.dapr.appHealthCheck, `${app.name}: app health check as scripts/stack/apps.ts`);
        if (app.dapr.appHealthCheck) assert.equal(a['dapr.io/app-health-check-path'], app.healthPath);
        const c = d.spec.template.spec.containers[0];
        assert.equal(c.ports.find((p: any) => p.name === 'http').containerPort, port);
        const env = Object.fromEntries(c.env.filter((e: any) => 'value' in e).map((e: any) => [e.name, e.value]));
        assert.equal(env.PORT, String(port));
        assert.equal(env.HOST, '0.0.0.0', 'the kubelet probes the pod address, not loopback');
        assert.equal(env.DAPR_HTTP_PORT, '3500', "the sidecar's HTTP port in Kubernetes");
        assert.equal(env.NODE_ENV, 'production');
        assert.ok(c.command.includes(app.entry), `${app.name} runs ${app.entry}`);
      }
    }
  });

  check("every dapr.io annotation is one Dapr 1.18.2's sidecar injector reads (a misspelt one is silently ignored)", () => {
    const source = fs.readFileSync(path.join(tools.DAPR_CRDS, 'injector-annotations.go'), 'utf8');
    const known = new Set([...source.matchAll(/"(dapr\.io\/[a-z0-9-]+)"/g)].map((m) => m[1]));
    assert.ok(known.has('dapr.io/app-id') && known.size > 40, `read ${known.size} annotations from the injector`);
    for (const r of [renders.defaults, renders.scaled]) {
      for (const d of all(r, 'Deployment')) {
        for (const key of Object.keys(d.spec.template.metadata.annotations ?? {}).filter((k) => k.startsWith('dapr.io/'))) {
          assert.ok(known.has(key), `${d.metadata.name}: ${key} is not an annotation of Dapr's injector`);
        }
      }
    }
  });

  check("probes hit each app's real health routes", () => {
    // Where each route is served (a GET handler in the app's own code, or the Dapr SDK's actor server for the actor host).
    const routeSources: Record<string, string[]> = {
      api: ['api/src/health/health.routes.ts'],
      actors: ['node_modules/@dapr/dapr/implementation/Server/HTTPServer/actor.js'],
      sync: ['sync/src/http/worker-app.ts'],
    };
    for (const app of daprApps) {
      const source = routeSources[app.name]!.map((f) => fs.readFileSync(path.join(REPO, f), 'utf8')).join('\n');
      const served = new Set([...source.matchAll(/\.get\(\s*["'`](\/[\w/-]*)["'`]/g)].map((m) => m[1]));
      const c = deploymentOf(renders.defaults, app.dapr.appId).spec.template.spec.containers[0];
      for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
        const get = c[probe]?.httpGet;
        assert.ok(get, `${app.name}: no ${probe}`);
        assert.equal(get.port, 'http');
        assert.ok(served.has(get.path), `${app.name} ${probe} ${get.path}: not a route of the app (it serves ${[...served].join(', ')})`);
      }
      assert.equal(c.livenessProbe.httpGet.path, app.healthPath, `${app.name}: liveness on the stack's health path`);
    }
    assert.equal(deploymentOf(renders.defaults, 'dmh-api').spec.template.spec.containers[0].readinessProbe.httpGet.path, '/readyz', 'API ready = MySQL and Redis answer');
  });

  check('the Ingress routes the console and the H5 app, and /api/ on both to the API, as deploy/nginx.conf does', () => {
    const nginx = fs.readFileSync(path.join(REPO, 'deploy', 'nginx.conf'), 'utf8');
    assert.equal((nginx.match(/location \/api\/ \{ proxy_pass http:\/\/api:8889;/g) ?? []).length, 2, 'nginx.conf: /api/ on both servers');
    for (const [name, consoleHost, h5Host] of [['defaults', 'admin.example.com', 'm.example.com'], ['scaled', 'admin.shop.example', 'm.shop.example']] as const) {
      const r = renders[name];
      const ingress = all(r, 'Ingress');
      assert.equal(ingress.length, 1);
      const serviceFor = (host: string, p: string): Obj => {
        const rule = ingress[0]!.spec.rules.find((x: any) => x.host === host);
        assert.ok(rule, `${name}: no rule for ${host}`);
        const route = rule.http.paths.find((x: any) => x.path === p);
        assert.ok(route, `${name}: ${host} has no path ${p}`);
        assert.equal(route.pathType, 'Prefix');
        const svc = one(r, 'Service', route.backend.service.name);
        assert.ok(svc.spec.ports.some((sp: any) => sp.name === route.backend.service.port.name), `${svc.metadata.name} has no port ${route.backend.service.port.name}`);
        return svc;
      };
      const podsOf = (svc: Obj): Obj[] => all(r, 'Deployment').filter((d) => selects(svc.spec.selector, d.spec.template.metadata.labels));
      for (const host of [consoleHost, h5Host]) {
        const api = podsOf(serviceFor(host, '/api/'));
        assert.deepEqual(api.map((d) => d.spec.template.metadata.annotations['dapr.io/app-id']), ['dmh-api'], `${host}/api/`);
        assert.equal(serviceFor(host, '/api/').spec.ports[0].port, PORTS.api);
      }
      const front = (host: string) => podsOf(serviceFor(host, '/')).map((d) => d.spec.template.spec.containers[0].image);
      assert.deepEqual(front(consoleHost), ['dmh-console:0.1.0']);
      assert.deepEqual(front(h5Host), ['dmh-h5:0.1.0']);
      if (name === 'scaled') assert.deepEqual(ingress[0]!.spec.tls, [{ hosts: [consoleHost, h5Host], secretName: 'dmh-tls' }]);
      const cm = all(r, 'ConfigMap')[0]!;
      assert.equal(cm.data.PUBLIC_BASE_URL, `https://${consoleHost}`, "WeChat Pay's notify URL is on the console host's /api/");
      assert.equal(cm.data.H5_PUBLIC_URL, `https://${h5Host}`);
    }
  });

  check('no secret value appears in plain text outside the Secret; pods and components take them by reference', () => {
    const r = renders.scaled;
    const raw = fs.readFileSync(renderedFiles.scaled!, 'utf8');
    const secrets = all(r, 'Secret');
    assert.equal(secrets.length, 1);
    const secret = secrets[0]!;
    const sentinels = [...raw.matchAll(/SENTINEL-[\w-]+/g)].map((m) => m[0]);
    assert.ok(sentinels.length >= 8, 'the scaled values carry recognisable secrets');
    for (const o of r.objects) {
      if (o === secret) continue;
      const text = JSON.stringify(o);
      assert.doesNotMatch(text, /SENTINEL/, `${o.kind}/${o.metadata.name} holds a secret value`);
    }
    const secretKeys = new Set(Object.keys(secret.stringData));
    const workloads = [...all(r, 'Deployment'), ...all(r, 'Job')];
    for (const w of workloads) {
      for (const c of w.spec.template.spec.containers) {
        for (const e of c.env ?? []) {
          if (/PASSWORD|SECRET|_KEY$|APIV3/.test(e.name) && !/_FILE$/.test(e.name)) {
            assert.ok(e.valueFrom?.secretKeyRef, `${w.metadata.name}: ${e.name} is not taken from a Secret`);
          }
          const ref = e.valueFrom?.secretKeyRef;
          if (ref) {
            assert.equal(ref.name, secret.metadata.name, `${w.metadata.name}: ${e.name}`);
            assert.ok(secretKeys.has(ref.key), `${w.metadata.name}: ${e.name} names key ${ref.key}, not in the Secret`);
          }
        }
      }
    }
    const apiEnv = deploymentOf(r, 'dmh-api').spec.template.spec.containers[0].env;
    assert.equal(apiEnv.find((e: any) => e.name === 'REDIS_URL').value, 'rediss://:$(REDIS_PASSWORD)@redis.prod.internal:6380', 'the Redis password is spliced in by the kubelet');
    assert.ok(apiEnv.findIndex((e: any) => e.name === 'REDIS_PASSWORD') < apiEnv.findIndex((e: any) => e.name === 'REDIS_URL'), '$(VAR) needs VAR defined before it');
    // The Dapr components: every secret through the Kubernetes secret store, which may read this Secret only.
    const store = all(r, 'Component').filter((c) => c.spec.type === 'secretstores.kubernetes');
    assert.equal(store.length, 1);
    for (const c of all(r, 'Component')) {
      for (const m of c.spec.metadata) {
        if (['connectionString', 'host', 'redisPassword'].includes(m.name) && c.spec.type !== 'pubsub.redis') assert.ok(m.secretKeyRef, `${c.metadata.name}.${m.name} in plain text`);
        if (m.secretKeyRef) {
          assert.equal(c.auth?.secretStore, store[0]!.metadata.name, `${c.metadata.name} reads secrets from the Kubernetes store`);
          assert.equal(m.secretKeyRef.name, secret.metadata.name);
          assert.ok(secretKeys.has(m.secretKeyRef.key), `${c.metadata.name}.${m.name}: key ${m.secretKeyRef.key}`);
        }
      }
    }
    const role = all(r, 'Role')[0]!;
    assert.deepEqual(role.rules, [{ apiGroups: [''], resources: ['secrets'], resourceNames: [secret.metadata.name], verbs: ['get'] }]);
    for (const app of daprApps) {
      const pod = deploymentOf(r, app.dapr.appId).spec.template;
      assert.equal(pod.spec.serviceAccountName, all(r, 'RoleBinding')[0]!.subjects[0].name);
      assert.equal(pod.metadata.annotations['dapr.io/disable-builtin-k8s-secret-store'], 'true', 'no second way to read Secrets');
    }
    // With an existing Secret, the chart renders none and every reference names it.
    assert.equal(all(renders.defaults, 'Secret').length, 0);
    assert.match(fs.readFileSync(renderedFiles.defaults!, 'utf8'), /name: dmh-secrets/);
  });

  check("production's environment: NODE_ENV=production, what docker-compose's x-app-env gives each app that it reads, secrets only where read", async () => {
    const [compose] = await readYaml(path.join(REPO, 'docker-compose.yml'));
    const composeEnv = Object.keys(compose['x-app-env']).filter((k) => k !== 'WECHATPAY_SANDBOX_KEYS_DIR'); // the sandbox's, not production's
    // What each process reads: the keys of its config schema (config.ts, and the shared database settings).
    // Settings an app's config.ts spreads in from @dmh/shared, by the shape's name.
    const sharedShapes: Record<string, string> = {
      dbConfigShape: fs.readFileSync(path.join(REPO, 'shared', 'src', 'db', 'database-handle.ts'), 'utf8'),
      actorCallSecretShape: fs.readFileSync(path.join(REPO, 'shared', 'src', 'actors', 'actor-call-auth.ts'), 'utf8'),
    };
    const reads = (app: string): Set<string> => {
      const own = fs.readFileSync(path.join(REPO, app, 'src', 'config.ts'), 'utf8');
      const source = own + Object.entries(sharedShapes).filter(([name]) => own.includes(`...${name}`)).map(([, text]) => text).join('\n');
      return new Set([...source.matchAll(/^\s+([A-Z][A-Z0-9_]+): z\./gm)].map((m) => m[1]!));
    };
    const r = renders.scaled;
    const cm = all(r, 'ConfigMap')[0]!;
    for (const app of daprApps) {
      const c = deploymentOf(r, app.dapr.appId).spec.template.spec.containers[0];
      assert.deepEqual(c.envFrom, [{ configMapRef: { name: cm.metadata.name } }]);
      const names = new Set([...c.env.map((e: any) => e.name), ...Object.keys(cm.data)]);
      const read = reads(app.name);
      assert.ok(read.has('DB_HOST') && read.has('PORT'), `${app.name}: read ${[...read].join(', ')}`);
      const missing = composeEnv.filter((k) => read.has(k) && !names.has(k));
      assert.deepEqual(missing, [], `${app.name} lacks what docker-compose gives it and it reads`);
      // A secret reaches only the pods whose process reads it.
      for (const e of c.env.filter((x: any) => x.valueFrom?.secretKeyRef)) {
        assert.ok(read.has(e.name) || e.name === 'REDIS_PASSWORD', `${app.name} holds ${e.name}, which it does not read`);
      }
    }
    const apiRead = reads('api');
    assert.deepEqual(composeEnv.filter((k) => !apiRead.has(k)), [], 'the API reads everything in x-app-env');
    const syncEnv = deploymentOf(r, 'dmh-sync').spec.template.spec.containers[0].env.map((e: any) => e.name);
    assert.ok(syncEnv.includes('SYNC_CREDENTIALS_KEY'), 'sync refuses to start in production without it');
    for (const appId of ['dmh-actors', 'dmh-sync']) {
      const env = deploymentOf(r, appId).spec.template.spec.containers[0].env.map((e: any) => e.name);
      assert.ok(!env.includes('JWT_SECRET') && !env.includes('WECHAT_APP_SECRET'), `${appId} holds the API's secrets`);
    }
    assert.equal(cm.data.SMS_PROVIDER, 'none', 'the development SMS provider is refused in production');
    assert.equal(cm.data.WECHATPAY_APP_APPID, 'wx-mobile-app-0001');
    assert.equal(cm.data.WECHATPAY_MERCHANT_KEY_FILE, '/etc/dmh/wechatpay/apiclient_key.pem');
    const apiPod = deploymentOf(r, 'dmh-api').spec.template.spec;
    assert.ok(apiPod.volumes.some((v: any) => v.secret?.secretName === 'dmh-wechatpay-keys'), 'the merchant key is mounted from its Secret');
  });

  check('the Dapr resources are the local files (components/, dapr/config.yaml, dapr/resiliency/) for Kubernetes', async () => {
    const r = renders.defaults;
    const local = await readYaml(...fs.readdirSync(path.join(REPO, 'components')).filter((f) => f.endsWith('.yaml')).map((f) => path.join(REPO, 'components', f)));
    const rendered = all(r, 'Component');
    for (const l of local) {
      if (l.spec.type.startsWith('secretstores.')) continue; // becomes secretstores.kubernetes (checked above)
      const k = rendered.find((c) => c.metadata.name === l.metadata.name);
      assert.ok(k, `component ${l.metadata.name} is not rendered`);
      assert.equal(k.spec.type, l.spec.type);
      assert.equal(k.spec.version, l.spec.version);
      assert.deepEqual(k.scopes, l.scopes, `${l.metadata.name}: scopes`);
      for (const m of l.spec.metadata) {
        const km: any = k.spec.metadata.find((x: any) => x.name === m.name);
        if (m.name === 'redisPassword') continue; // only with redis.auth (checked in the scaled render above)
        assert.ok(km, `${l.metadata.name}.${m.name} is not rendered`);
        if ('value' in m) assert.equal(km.value, m.value, `${l.metadata.name}.${m.name}`);
        if (m.secretKeyRef) assert.ok(km.secretKeyRef, `${l.metadata.name}.${m.name} must stay a secret`);
      }
    }
    assert.deepEqual(rendered.map((c) => c.metadata.name).sort(), ['dmh-secretstore', 'pubsub', 'statestore', 'sync-jobs', 'sync-jobs-out']);
    const [resiliency] = await readYaml(path.join(REPO, 'dapr', 'resiliency', 'resiliency.yaml'));
    const k = all(r, 'Resiliency')[0]!;
    assert.deepEqual(k.spec, resiliency.spec, 'Resiliency spec differs from dapr/resiliency/resiliency.yaml');
    assert.deepEqual(k.scopes, resiliency.scopes);
    const [config] = await readYaml(path.join(REPO, 'dapr', 'config.yaml'));
    const kc = all(r, 'Configuration')[0]!;
    assert.deepEqual(kc.spec.features, config.spec.features);
    assert.deepEqual(kc.spec.metrics, config.spec.metrics);
    assert.equal(kc.spec.tracing.samplingRate, config.spec.tracing.samplingRate);
    assert.deepEqual(kc.spec.secrets.scopes, [{ storeName: 'dmh-secretstore', defaultAccess: 'deny' }]);
    const scaled = all(renders.scaled, 'Configuration')[0]!;
    assert.deepEqual(scaled.spec.tracing, { samplingRate: '1', zipkin: { endpointAddress: 'http://zipkin.monitoring:9411/api/v2/spans' } });
  });

  check('install order: the Secret, then the Dapr resources, then the migration job, all before the apps (hooks)', () => {
    const r = renders.scaled;
    const weight = (o: Obj) => Number(o.metadata.annotations?.['helm.sh/hook-weight']);
    const hooks = r.objects.filter((o) => o.metadata.annotations?.['helm.sh/hook']);
    for (const h of hooks) assert.equal(h.metadata.annotations!['helm.sh/hook'], 'pre-install,pre-upgrade', `${h.kind}/${h.metadata.name}`);
    const secret = all(r, 'Secret')[0]!;
    const job = all(r, 'Job')[0]!;
    assert.ok(hooks.includes(secret) && hooks.includes(job));
    for (const d of r.objects.filter((o) => o.apiVersion.startsWith('dapr.io/'))) {
      assert.ok(hooks.includes(d), `${d.kind}/${d.metadata.name}: sidecars load it at start, so it must exist first`);
      assert.ok(weight(secret) < weight(d) && weight(d) < weight(job));
    }
    assert.equal(job.spec.template.spec.containers[0].command.join(' '), 'sh -c node shared/dist/db/migrate.cli.js', 'migrations only, no demo data');
  });
});

describe('docker-compose.yml', () => {
  const composeEnv = {
    JWT_SECRET: 'compose-check-jwt-secret-0123456789abcdef',
    ACTOR_CALL_SECRET: 'compose-check-actor-call-secret-0123456789',
    WECHAT_APP_SECRET: 'compose-check-app-secret',
    WECHATPAY_APP_APPID: 'wx-compose-check',
    SYNC_CREDENTIALS_KEY: 'Y29tcG9zZS1jaGVjay1rZXktMzItYnl0ZXMtbG9uZyE=',
  };

  check("Debian's docker-compose accepts it (config), with the secrets it asks for", async () => {
    const ran = await run(tools.DOCKER_COMPOSE, ['-f', path.join(REPO, 'docker-compose.yml'), 'config'], { env: composeEnv, timeoutMs: 60_000 });
    assert.equal(ran.code, 0, `docker-compose config:\n${ran.stderr}`);
    assert.equal(ran.stderr.trim(), '', 'no warning either');
    const file = path.join(tmp, 'compose.yaml');
    fs.writeFileSync(file, ran.stdout);
    const [resolved] = await readYaml(file);
    assert.equal(resolved.services.api.environment.JWT_SECRET, composeEnv.JWT_SECRET);
    // The compose sidecars use the same app ids and app ports as the chart and the local stack.
    for (const app of daprApps) {
      const sidecar = resolved.services[`${app.name}-dapr`];
      assert.ok(sidecar, `no ${app.name}-dapr service`);
      const cmd: string[] = sidecar.command;
      assert.equal(cmd[cmd.indexOf('--app-id') + 1], app.dapr.appId);
      assert.equal(cmd[cmd.indexOf('--app-port') + 1], String(PORTS[app.port]));
      assert.equal(sidecar.network_mode, `service:${app.name}`);
    }
  });

  check('it refuses to start without JWT_SECRET, naming it', async () => {
    const ran = await run(tools.DOCKER_COMPOSE, ['-f', path.join(REPO, 'docker-compose.yml'), 'config'], { env: { ...composeEnv, JWT_SECRET: undefined }, timeoutMs: 60_000 });
    assert.notEqual(ran.code, 0);
    assert.match(ran.stderr, /JWT_SECRET/);
  });
});
