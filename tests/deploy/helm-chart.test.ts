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
      assert.deepEqual(dapr, ['Component', 'Component', 'Component', 'Component', 'Component', 'Configuration', 'Configuration', 'Configuration', 'Resiliency']);
      assert.equal(r.checked.dapr, dapr.length);
    });
  }

  check("the validators reject a wrong field (in a Deployment, a Component, the Resiliency and a Configuration's access-control list)", async () => {
    const broken = fs.readFileSync(renderedFiles.defaults!, 'utf8')
      .replace(/^ {2}revisionHistoryLimit: 5$/m, '  revisionHistoryLimit: 5\n  replicass: 3')
      .replace(/^ {2}type: state\.mysql$/m, '  type: state.mysql\n  metdata: []')
      .replace(/^ {6}actorCall: 5s$/m, '      actorCall: 5s\n      retries: 3')
      .replace(/^ {4}defaultAction: deny$/m, '    defaultActon: deny');
    const file = path.join(tmp, 'broken.yaml');
    fs.writeFileSync(file, broken);
    const { errors } = await validate(file);
    assert.ok(errors.some((e) => /Deployment\/.*\(Kubernetes 1\.27\.0\).*replicass/.test(e)), errors.join('\n'));
    assert.ok(errors.some((e) => /Deployment\/.*\(Kubernetes 1\.36\.0\).*replicass/.test(e)), errors.join('\n'));
    assert.ok(errors.some((e) => /Component\/statestore \(Dapr CRD\).*metdata/.test(e)), errors.join('\n'));
    assert.ok(errors.some((e) => /Resiliency\/.*\(Dapr CRD\).*timeouts\/retries/.test(e)), errors.join('\n'));
    assert.ok(errors.some((e) => /Configuration\/.*\(Dapr CRD\).*defaultActon/.test(e)), errors.join('\n'));
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
      const configs = new Set(all(r, 'Configuration').map((c) => c.metadata.name));
      const named = new Set<string>();
      for (const app of daprApps) {
        const d = deploymentOf(r, app.dapr.appId);
        const a = d.spec.template.metadata.annotations as Record<string, string>;
        const port = PORTS[app.port];
        assert.equal(a['dapr.io/enabled'], 'true');
        assert.equal(a['dapr.io/app-port'], String(port), `${app.name}: app port as scripts/stack/ports.ts`);
        assert.equal(a['dapr.io/app-protocol'], 'http');
        assert.ok(configs.has(a['dapr.io/config']!), `${app.name}: dapr.io/config ${a['dapr.io/config']} is not a rendered Configuration (have ${[...configs].join(', ')})`);
        assert.ok(!named.has(a['dapr.io/config']!), `${app.name} shares its Configuration (its access-control list) with another app`);
        named.add(a['dapr.io/config']!);
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
    assert.equal(all(r, 'Configuration').length, daprApps.length);
    for (const kc of all(r, 'Configuration')) {
      assert.deepEqual(kc.spec.features, config.spec.features, kc.metadata.name);
      assert.deepEqual(kc.spec.metrics, config.spec.metrics, kc.metadata.name);
      assert.equal(kc.spec.tracing.samplingRate, config.spec.tracing.samplingRate, kc.metadata.name);
      assert.deepEqual(kc.spec.secrets.scopes, [{ storeName: 'dmh-secretstore', defaultAccess: 'deny' }], kc.metadata.name);
    }
    for (const scaled of all(renders.scaled, 'Configuration')) {
      assert.deepEqual(scaled.spec.tracing, { samplingRate: '1', zipkin: { endpointAddress: 'http://zipkin.monitoring:9411/api/v2/spans' } }, scaled.metadata.name);
    }
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

/**
 * What Dapr 1.18.2's sidecar decides for one service invocation under a Configuration's accessControl
 * (pkg/acl/acl.go, pkg/config/acl_trie.go): the policy of the caller's app id AND namespace AND trust domain,
 * else the default action; in it, the first operation whose name matches the path (`/**`: any number of
 * segments below, `/*`: one), by HTTP verb or `*`; an operation without that verb, or no operation, gets the
 * policy's default action. tests/deploy/compose-mtls.test.ts holds real sidecars to the same answers.
 */
function aclAllows(config: Obj, caller: { appId: string; namespace: string; trustDomain?: string }, verb: string, method: string): boolean {
  const acl = config.spec.accessControl;
  if (!acl) return true;
  const path = ('/' + method.replace(/^\/+/, '')).toLowerCase();
  const policy = (acl.policies ?? []).find((p: any) => p.appId === caller.appId && p.namespace === caller.namespace && p.trustDomain === (caller.trustDomain ?? 'public'));
  if (!policy) return acl.defaultAction === 'allow';
  const matches = (name: string): boolean => {
    const n = name.toLowerCase();
    if (n.endsWith('/**')) return path.startsWith(n.slice(0, -2));
    if (n.endsWith('/*')) return path.startsWith(n.slice(0, -1)) && !path.slice(n.length - 1).includes('/') && path.length > n.length - 1;
    return path === n;
  };
  const op = (policy.operations ?? []).find((o: any) => matches(o.name));
  const action = op ? (op.httpVerb.includes(verb) ? op.action : op.httpVerb.includes('*') ? op.action : policy.defaultAction) : (policy.defaultAction ?? acl.defaultAction);
  return action === 'allow';
}

/** Every service invocation a DMH app makes: from the API's code (the sync worker's methods) and the chart's Ops URLs. */
function dmhInvocations(r: Rendered): { callee: string; verb: string; method: string }[] {
  const contract = fs.readFileSync(path.join(REPO, 'shared', 'src', 'sync', 'worker-contract.ts'), 'utf8');
  const methods = Object.fromEntries([...contract.slice(contract.indexOf('SYNC_WORKER_METHODS')).matchAll(/^\s+(\w+): '([^']+)',/gm)].map((m) => [m[1]!, m[2]!]));
  const client = fs.readFileSync(path.join(REPO, 'api', 'src', 'sync', 'sync-worker.client.ts'), 'utf8');
  assert.match(client, /\/v1\.0\/invoke\/\$\{SYNC_WORKER_APP_ID\}\/method\/\$\{path\}/, 'the API invokes the sync worker by its app id');
  // this.call('POST', SYNC_WORKER_METHODS.x, …) or this.call('GET', `${SYNC_WORKER_METHODS.x}${query}`, …): the query is no part of the method.
  const calls = [...client.matchAll(/this\.call\('(GET|POST)', `?(?:\$\{)?SYNC_WORKER_METHODS\.(\w+)/g)].map((m) => ({ callee: 'dmh-sync', verb: m[1]!, method: methods[m[2]!]! }));
  assert.equal(calls.length, (client.match(/this\.call\(/g) ?? []).length, `every call of the sync worker client read: ${JSON.stringify(calls)}`);
  assert.ok(calls.length >= 5 && calls.every((c) => c.method), `the sync worker client's calls: ${JSON.stringify(calls)}`);
  // No other app id is invoked in the apps' code (the actor host is reached by actor calls, which no list covers).
  for (const dir of ['api/src', 'actors/src', 'sync/src']) {
    for (const f of fs.readdirSync(path.join(REPO, dir), { recursive: true, encoding: 'utf8' }).filter((x) => x.endsWith('.ts') && !x.endsWith('.spec.ts'))) {
      const text = fs.readFileSync(path.join(REPO, dir, f), 'utf8');
      if (/\/v1\.0\/invoke\//.test(text)) assert.equal(path.join(dir, f), 'api/src/sync/sync-worker.client.ts', 'a service invocation the access-control lists do not know');
    }
  }
  const env = deploymentOf(r, 'dmh-api').spec.template.spec.containers[0].env as { name: string; value?: string }[];
  const ops = env.flatMap((e) => [...(e.value ?? '').matchAll(/\/v1\.0\/invoke\/([\w-]+)\/method\/(\S+)$/g)].map((m) => ({ callee: m[1]!, verb: 'GET', method: m[2]! })));
  assert.deepEqual(ops.map((o) => o.callee).sort(), ['dmh-actors', 'dmh-sync'], "the Ops page's health probes through Dapr");
  return [...calls, ...ops];
}

function configOf(r: Rendered, appId: string): Obj {
  return one(r, 'Configuration', deploymentOf(r, appId).spec.template.metadata.annotations['dapr.io/config']);
}

describe('Dapr access control (service invocation) and mTLS', () => {
  const NS = 'dmh'; // helm template --namespace
  const dmhApi = { appId: 'dmh-api', namespace: NS };

  check('each app has its own Configuration: the same runtime settings, its own access-control list', () => {
    for (const r of [renders.defaults, renders.scaled, renders.fixed]) {
      const configs = daprApps.map((a) => configOf(r, a.dapr.appId));
      assert.equal(new Set(configs.map((c) => c.metadata.name)).size, daprApps.length);
      const { accessControl: _, ...shared } = configs[0]!.spec;
      for (const c of configs) {
        const { accessControl, ...rest } = c.spec;
        assert.deepEqual(rest, shared, `${c.metadata.name}: tracing, metrics, features and secret scopes as the others'`);
        assert.equal(accessControl.defaultAction, 'deny', `${c.metadata.name}: an app id with no policy is refused`);
        assert.equal(accessControl.trustDomain, 'public');
        for (const p of accessControl.policies ?? []) {
          // Dapr refuses a policy without namespace or trust domain (the sidecar does not start).
          assert.ok(p.appId && p.namespace && p.trustDomain, `${c.metadata.name}: ${JSON.stringify(p)}`);
          assert.equal(p.defaultAction, 'deny', `${c.metadata.name}/${p.appId}: only the listed operations`);
          for (const o of p.operations) assert.equal(o.action, 'allow');
        }
      }
    }
  });

  check("the actor host's list lets only dmh-api in, for its health probe; no service invocation reaches an actor route", () => {
    for (const r of [renders.defaults, renders.scaled]) {
      const actors = configOf(r, 'dmh-actors');
      assert.deepEqual(actors.spec.accessControl.policies.map((p: any) => `${p.appId}@${p.namespace}`), [`dmh-api@${NS}`], 'the callers of the actor host');
      assert.ok(aclAllows(actors, dmhApi, 'GET', 'healthz'));
      for (const [verb, method] of [['PUT', 'actors/BalanceActor/u1/method/creditReward'], ['POST', 'actors/BalanceActor/u1/method/creditReward'], ['GET', 'metrics'], ['POST', 'healthz']]) {
        assert.ok(!aclAllows(actors, dmhApi, verb!, method!), `dmh-api ${verb} ${method} on the actor host`);
      }
      for (const caller of ['dmh-sync', 'dmh-example-consumer', 'crm-bridge']) {
        assert.ok(!aclAllows(actors, { appId: caller, namespace: NS }, 'GET', 'healthz'), `${caller} invokes the actor host`);
      }
      assert.ok(!aclAllows(actors, { appId: 'dmh-api', namespace: 'other' }, 'GET', 'healthz'), 'an app named dmh-api in another namespace');
      assert.ok(!aclAllows(actors, { ...dmhApi, trustDomain: 'evil.example' }, 'GET', 'healthz'), 'dmh-api of another trust domain');
    }
  });

  check('every service invocation DMH makes is allowed by its callee, and the sync worker lets nothing else in', () => {
    for (const r of [renders.defaults, renders.scaled]) {
      for (const call of dmhInvocations(r)) {
        assert.ok(aclAllows(configOf(r, call.callee), dmhApi, call.verb, call.method), `dmh-api ${call.verb} ${call.callee}/${call.method} is refused`);
      }
      const sync = configOf(r, 'dmh-sync');
      assert.deepEqual(sync.spec.accessControl.policies.map((p: any) => `${p.appId}@${p.namespace}`), [`dmh-api@${NS}`]);
      assert.ok(!aclAllows(sync, dmhApi, 'POST', 'sync-jobs'), 'jobs reach the worker from its own RabbitMQ binding only');
      assert.ok(!aclAllows(sync, dmhApi, 'GET', 'metrics'));
      assert.ok(!aclAllows(sync, { appId: 'dmh-example-consumer', namespace: NS }, 'POST', 'internal/credentials'));
    }
  });

  check("the API's list: the customer apps of dapr.accessControl.apiCallers on /api/v1/** only, none by default", () => {
    const defaults = configOf(renders.defaults, 'dmh-api');
    assert.equal(defaults.spec.accessControl.policies, undefined, 'no caller unless the values name one');
    assert.ok(!aclAllows(defaults, { appId: 'dmh-example-consumer', namespace: NS }, 'GET', 'api/v1/asyncapi.json'));
    const api = configOf(renders.scaled, 'dmh-api');
    assert.deepEqual(api.spec.accessControl.policies.map((p: any) => `${p.appId}@${p.namespace}`), [`dmh-example-consumer@${NS}`, 'crm-bridge@crm']);
    for (const caller of [{ appId: 'dmh-example-consumer', namespace: NS }, { appId: 'crm-bridge', namespace: 'crm' }]) {
      assert.ok(aclAllows(api, caller, 'GET', 'api/v1/asyncapi.json'), `${caller.appId}: the AsyncAPI document`);
      assert.ok(aclAllows(api, caller, 'POST', 'api/v1/orders'), `${caller.appId}: the API`);
      assert.ok(!aclAllows(api, caller, 'POST', 'job/order-expiry-sweep'), `${caller.appId} fires a Dapr job's trigger`);
      assert.ok(!aclAllows(api, caller, 'GET', 'dapr/subscribe'));
    }
    assert.ok(!aclAllows(api, { appId: 'crm-bridge', namespace: NS }, 'GET', 'api/v1/orders'), 'the namespace is part of the name');
    assert.ok(!aclAllows(api, { appId: 'somebody-else', namespace: NS }, 'GET', 'api/v1/orders'));
  });

  check('access control without mTLS is refused at render time; off, the Configurations carry no list', async () => {
    const ran = await helm(['template', RELEASE, CHART, '--kube-version', KUBE_VERSION, '--set', 'dapr.mtlsEnabled=false']);
    assert.notEqual(ran.code, 0, 'rendered access-control lists that would deny every call');
    assert.match(ran.stderr, /dapr\.accessControl\.enabled needs dapr\.mtlsEnabled/);
    const file = await render('no-acl', ['--set', 'dapr.mtlsEnabled=false', '--set', 'dapr.accessControl.enabled=false']);
    const r = await validate(file);
    assert.deepEqual(r.errors, []);
    for (const c of all(r, 'Configuration')) assert.equal(c.spec.accessControl, undefined, c.metadata.name);
    const bad = await helm(['template', RELEASE, CHART, '--kube-version', KUBE_VERSION, '--set', 'dapr.accessControl.apiCallers[0].namespace=crm']);
    assert.notEqual(bad.code, 0);
    assert.match(bad.stderr, /apiCallers: each entry is an app id or \{ appId, namespace \}/);
  });

  check("tracing and the Ops pages: the apps' spans go where the sidecars' go; OPS_* URLs only when the values give them", async () => {
    const env = (r: Rendered, appId: string) => Object.fromEntries((deploymentOf(r, appId).spec.template.spec.containers[0].env as any[]).map((e) => [e.name, e.value]));
    for (const app of daprApps) {
      const e = env(renders.scaled, app.dapr.appId);
      assert.equal(e.ZIPKIN_SPANS_URL, configOf(renders.scaled, app.dapr.appId).spec.tracing.zipkin.endpointAddress, `${app.name}: its spans and its sidecar's in one store`);
      assert.equal(env(renders.defaults, app.dapr.appId).ZIPKIN_SPANS_URL, undefined, `${app.name}: no spans with tracing off`);
    }
    const api = env(renders.scaled, 'dmh-api');
    assert.equal(api.OPS_PROMETHEUS_URL, 'http://prometheus-operated.monitoring:9090');
    assert.equal(api.OPS_TRACES_URL, 'https://zipkin.ops.shop.example/zipkin');
    const plain = env(renders.defaults, 'dmh-api');
    assert.ok(!('OPS_PROMETHEUS_URL' in plain) && !('OPS_TRACES_URL' in plain), 'empty values: the page says "not configured"');
    for (const appId of ['dmh-actors', 'dmh-sync']) assert.ok(!('OPS_TRACES_URL' in env(renders.scaled, appId)), `${appId} reads no OPS_* setting`);
    // A Zipkin endpoint with sampling off: the sidecars record nothing, nor do the apps.
    const off = await validate(await render('zipkin-rate-0', ['--set', 'dapr.tracing.zipkinEndpoint=http://zipkin:9411/api/v2/spans']));
    for (const app of daprApps) assert.equal(env(off, app.dapr.appId).ZIPKIN_SPANS_URL, undefined);
  });
});

describe('docker-compose.yml', () => {
  const composeEnv = {
    JWT_SECRET: 'compose-check-jwt-secret-0123456789abcdef',
    ACTOR_CALL_SECRET: 'compose-check-actor-call-secret-0123456789',
    WECHAT_APP_SECRET: 'compose-check-app-secret',
    WECHATPAY_APP_APPID: 'wx-compose-check',
    SYNC_CREDENTIALS_KEY: 'Y29tcG9zZS1jaGVjay1rZXktMzItYnl0ZXMtbG9uZyE=',
    DAPR_TRUST_ANCHORS: '-----BEGIN CERTIFICATE-----\ncompose-check\n-----END CERTIFICATE-----',
  };
  let resolved: any;
  const flag = (cmd: string[], name: string): string | undefined => (cmd.includes(name) ? cmd[cmd.indexOf(name) + 1] : undefined);
  /** The host file or folder a service's container path is mounted from (docker-compose config writes absolute paths). */
  const hostPath = (service: any, containerPath: string): string => {
    const mounts = (service.volumes as string[]).map((v) => v.split(':')).filter(([host]) => host!.startsWith('/'));
    const m = mounts.find(([, target]) => containerPath === target || containerPath.startsWith(`${target}/`));
    assert.ok(m, `${containerPath} is not mounted (${service.volumes.join(', ')})`);
    return path.join(m[0]!, path.relative(m[1]!, containerPath));
  };
  const sidecars = () => daprApps.map((app) => ({ app, service: resolved.services[`${app.name}-dapr`], cmd: resolved.services[`${app.name}-dapr`].command as string[] }));

  check("Debian's docker-compose accepts it (config), with the secrets it asks for", async () => {
    const ran = await run(tools.DOCKER_COMPOSE, ['-f', path.join(REPO, 'docker-compose.yml'), 'config'], { env: composeEnv, timeoutMs: 60_000 });
    assert.equal(ran.code, 0, `docker-compose config:\n${ran.stderr}`);
    assert.equal(ran.stderr.trim(), '', 'no warning either');
    const file = path.join(tmp, 'compose.yaml');
    fs.writeFileSync(file, ran.stdout);
    [resolved] = await readYaml(file);
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

  check("mTLS everywhere: sentry runs, every daprd asks it for its certificate, placement and scheduler serve TLS, one Dapr version", async () => {
    assert.ok(resolved, 'the config test resolved the file');
    const sentry = resolved.services.sentry;
    assert.ok(sentry, 'no sentry service');
    const daprVersion = /^daprio\/daprd:(.+)$/.exec(resolved.services['api-dapr'].image)![1];
    for (const [name, svc] of Object.entries<any>(resolved.services).filter(([, v]) => /^daprio\//.test(v.image ?? ''))) {
      assert.equal(svc.image.split(':')[1], daprVersion, `${name}: the same Dapr as the sidecars`);
    }
    assert.equal(sentry.image, `daprio/sentry:${daprVersion}`);
    const sentryAddress = `sentry:${flag(sentry.command, '--port')}`;
    const trustDomain = flag(sentry.command, '--trust-domain');
    assert.ok(trustDomain, 'sentry names its trust domain');
    // Its issuer credentials: the files dapr-credentials.sh writes, under the names sentry reads.
    const credentials = flag(sentry.command, '--issuer-credentials')!;
    assert.match(hostPath(sentry, credentials), /deploy\/compose\/dapr-credentials$/);
    assert.ok(sentry.volumes.some((v: string) => v.endsWith(`:${credentials}:ro`)), 'read-only');
    const script = fs.readFileSync(path.join(REPO, 'deploy', 'compose', 'dapr-credentials.sh'), 'utf8');
    for (const f of ['ca.crt', 'issuer.crt', 'issuer.key']) assert.match(script, new RegExp(`"\\$dir/${f.replace('.', '\\.')}"`), f);
    assert.ok(fs.existsSync(hostPath(sentry, flag(sentry.command, '--config')!)), "sentry's daprsystem Configuration");
    for (const { app, service, cmd } of sidecars()) {
      assert.ok(cmd.includes('--enable-mtls'), `${app.name}-dapr: --enable-mtls`);
      assert.equal(flag(cmd, '--sentry-address'), sentryAddress, `${app.name}-dapr`);
      assert.equal(flag(cmd, '--control-plane-trust-domain'), trustDomain, `${app.name}-dapr`);
      assert.ok(service.depends_on.sentry, `${app.name}-dapr starts after sentry`);
      assert.match(service.environment.DAPR_TRUST_ANCHORS, /BEGIN CERTIFICATE/, `${app.name}-dapr: the trust anchors`);
    }
    for (const name of ['placement', 'scheduler']) {
      const cmd: string[] = resolved.services[name].command;
      assert.ok(cmd.includes('--tls-enabled'), `${name}: --tls-enabled`);
      assert.equal(flag(cmd, '--sentry-address'), sentryAddress, name);
      assert.equal(flag(cmd, '--trust-domain'), trustDomain, name);
      assert.match(hostPath(resolved.services[name], flag(cmd, '--trust-anchors-file')!), /deploy\/compose\/dapr-credentials\/ca\.crt$/, name);
    }
    const ran = await run(tools.DOCKER_COMPOSE, ['-f', path.join(REPO, 'docker-compose.yml'), 'config'], { env: { ...composeEnv, DAPR_TRUST_ANCHORS: undefined }, timeoutMs: 60_000 });
    assert.notEqual(ran.code, 0, 'sidecars without trust anchors');
    assert.match(ran.stderr, /DAPR_TRUST_ANCHORS/);
  });

  check("each sidecar loads its own Configuration: the chart's access-control list, dapr/config.yaml's settings, tracing to the compose Zipkin", async () => {
    assert.ok(resolved, 'the config test resolved the file');
    const [local] = await readYaml(path.join(REPO, 'dapr', 'config.yaml'));
    const files = new Set<string>();
    for (const { app, service, cmd } of sidecars()) {
      const file = hostPath(service, flag(cmd, '--config')!);
      files.add(file);
      const [config] = await readYaml(file);
      assert.equal(config.kind, 'Configuration');
      assert.deepEqual(config.spec.features, local.spec.features, `${app.name}: features`);
      assert.deepEqual(config.spec.metrics, local.spec.metrics, `${app.name}: metrics`);
      assert.deepEqual(config.spec.secrets, local.spec.secrets, `${app.name}: secret scopes`);
      assert.equal(config.spec.mtls, undefined, 'a self-hosted daprd takes mTLS from its flags, not from here');
      // The chart's list for the same app, its namespace replaced by the one self-hosted sidecars are in.
      const chart = structuredClone(configOf(renders.defaults, app.dapr.appId).spec.accessControl);
      for (const p of chart.policies ?? []) p.namespace = 'default';
      assert.deepEqual(config.spec.accessControl, chart, `${app.name}: the access-control list differs from the chart's`);
      // Tracing: the sidecar exports to the compose Zipkin, and so does the app.
      assert.notEqual(config.spec.tracing.samplingRate, '0');
      const zipkin = config.spec.tracing.zipkin.endpointAddress;
      assert.equal(new URL(zipkin).hostname, 'zipkin');
      assert.ok(resolved.services.zipkin, 'no zipkin service');
      assert.equal(resolved.services[app.name].environment.ZIPKIN_SPANS_URL, zipkin, `${app.name}: its spans and its sidecar's in one store`);
    }
    assert.equal(files.size, daprApps.length, 'one Configuration per sidecar');
    // The example consumer's policy (commented in the API's file) is the chart's for an apiCallers entry.
    const apiFile = fs.readFileSync(hostPath(resolved.services['api-dapr'], flag(resolved.services['api-dapr'].command, '--config')!), 'utf8');
    assert.match(apiFile, /#\s+- appId: dmh-example-consumer\n#?\s+#\s+namespace: default/);
  });

  check("the Ops pages: the API asks the compose Prometheus, links traces to Zipkin's published UI; Prometheus scrapes every process", async () => {
    assert.ok(resolved, 'the config test resolved the file');
    const env = resolved.services.api.environment;
    assert.ok(resolved.services.prometheus, 'no prometheus service');
    assert.equal(env.OPS_PROMETHEUS_URL, 'http://prometheus:9090');
    const zipkinPort = resolved.services.zipkin.ports.find((p: any) => p.target === 9411);
    assert.ok(zipkinPort, "Zipkin's UI is published (the console's links open in the browser)");
    assert.equal(env.OPS_TRACES_URL, `http://localhost:${zipkinPort.published}/zipkin`);
    // Every scrape target is a compose service on the port its process serves metrics on.
    const prometheus = resolved.services.prometheus;
    const [config] = await readYaml(hostPath(prometheus, flag(prometheus.command, '--config.file') ?? /--config\.file=(\S+)/.exec(prometheus.command.join(' '))![1]!));
    const metricsPort = (svc: string): string[] => {
      const ports = [] as string[];
      const own = resolved.services[svc].command as string[] | undefined;
      if (svc === 'api' || svc === 'actors' || svc === 'sync') ports.push(String(PORTS[daprApps.find((a) => a.name === svc)!.port]), flag(resolved.services[`${svc}-dapr`].command, '--metrics-port')!);
      else if (own) ports.push(flag(own, '--metrics-port')!);
      return ports;
    };
    const targets = config.scrape_configs.flatMap((j: any) => j.static_configs.flatMap((c: any) => c.targets));
    for (const t of targets) {
      const [svc, port] = t.split(':');
      assert.ok(resolved.services[svc], `${t}: no such service`);
      assert.ok(metricsPort(svc).includes(port), `${t}: ${svc} serves metrics on ${metricsPort(svc).join(', ')}`);
    }
    for (const svc of ['api', 'actors', 'sync', 'placement', 'scheduler', 'sentry']) {
      for (const port of metricsPort(svc)) assert.ok(targets.includes(`${svc}:${port}`), `${svc}:${port} is not scraped`);
    }
  });
});
