/**
 * Prometheus for DMH (deploy/prometheus), checked by Prometheus' own promtool (Debian's `prometheus` package):
 *   - `promtool check rules alerts.yml`: the seed's alert rules (and the recording rules they read) are valid;
 *   - `promtool test rules alerts.test.yml`: every alert fires on what it is for and stays quiet on its
 *     look-alikes, and each alert has at least one test of each kind;
 *   - `promtool check config prometheus.yml`: the scrape configuration is valid, scrapes every app of the local
 *     stack and every daprd, placement and scheduler on their ports of scripts/stack/ports.ts, exactly the jobs
 *     the stack's own Prometheus is given (scrapeJobs, scripts/stack/infra/prometheus.ts);
 *   - the configuration the stack writes for its Prometheus passes `promtool check config` too, with alerts.yml;
 *   - every DMH metric the rules read is one the code defines, and every alert says what it means in Chinese
 *     and in English.
 * A missing promtool FAILS every test (never a skip).
 *
 *   apt-get install -y --no-install-recommends prometheus   # promtool; stop the service if the package starts it
 *   node --import tsx --test tests/deploy/prometheus-rules.test.ts
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { APPS } from '../../scripts/stack/apps';
import { LOCAL_SCRAPE_INTERVAL, renderPrometheusConfig, scrapeJobs } from '../../scripts/stack/infra/prometheus';
import { loadPorts } from '../../scripts/stack/ports';
import { REPO, run } from '../../scripts/testing/support';

const DIR = path.join(REPO, 'deploy', 'prometheus');
const ALERTS = path.join(DIR, 'alerts.yml');
const ALERT_TESTS = path.join(DIR, 'alerts.test.yml');
const CONFIG = path.join(DIR, 'prometheus.yml');
const PROMTOOL = process.env.PROMTOOL ?? 'promtool';
const PORTS = loadPorts({});

/** The seed's four rules (dmh-architecture.zh.md 告警规则), and the literal reading of its sync rule. */
const SEED_ALERTS = ['DmhApiResponseTimeHigh', 'DmhPaymentSuccessRateLow', 'DmhSyncFailures', 'DmhApiErrorRateHigh', 'DmhSyncDeadJobs'];

let setupError: unknown;
before(async () => {
  try {
    const version = await run(PROMTOOL, ['--version']);
    assert.equal(version.code, 0, version.stderr);
  } catch (err) {
    setupError = new Error(`promtool is missing (${PROMTOOL}): apt-get install -y --no-install-recommends prometheus (${(err as Error).message})`);
  }
});

/** A test that fails, not skips, when promtool could not be found. */
function check(name: string, fn: () => void | Promise<void>): void {
  test(name, async () => {
    if (setupError) throw setupError;
    await fn();
  });
}

async function promtool(...args: string[]) {
  const ran = await run(PROMTOOL, args, { cwd: DIR, timeoutMs: 60_000 });
  assert.equal(ran.code, 0, `promtool ${args.join(' ')} failed:\n${ran.stdout}\n${ran.stderr}`);
  return ran.stdout + ran.stderr;
}

const alertsText = fs.readFileSync(ALERTS, 'utf8');
const alertNames = [...alertsText.matchAll(/^\s+- alert: (\S+)$/gm)].map((m) => m[1]!);

describe('Prometheus rules and configuration (promtool)', () => {
  check('promtool check rules: the alert and recording rules are valid, the seed\'s alerts among them', async () => {
    const out = await promtool('check', 'rules', ALERTS);
    assert.match(out, /SUCCESS: \d+ rules found/);
    assert.deepEqual([...alertNames].sort(), [...SEED_ALERTS].sort());
  });

  check('promtool test rules: every alert tested firing and not firing, and every test passes', async () => {
    const tests = fs.readFileSync(ALERT_TESTS, 'utf8');
    // Each `alertname:` line is followed by its `exp_alerts:` — empty ([]) or a list of alerts that fire.
    const cases = [...tests.matchAll(/alertname: (\S+)\n\s+exp_alerts:( \[\])?/g)].map((m) => ({ alert: m[1]!, fires: m[2] === undefined }));
    for (const alert of alertNames) {
      assert.ok(cases.some((c) => c.alert === alert && c.fires), `${alert}: no test where it fires`);
      assert.ok(cases.some((c) => c.alert === alert && !c.fires), `${alert}: no test where it stays quiet`);
    }
    const out = await promtool('test', 'rules', ALERT_TESTS);
    assert.match(out, /SUCCESS/);
    assert.doesNotMatch(out, /FAILED/);
  });

  check('promtool check config: valid, with the rule file, scraping every app and every Dapr process on the local ports', async () => {
    const out = await promtool('check', 'config', CONFIG);
    assert.match(out, /SUCCESS: 1 rule files found/);
    assert.match(out, /is valid prometheus config file syntax/);
    const jobs = new Map<string, string[]>();
    for (const block of fs.readFileSync(CONFIG, 'utf8').split(/^\s+- job_name: /m).slice(1)) {
      const name = block.slice(0, block.indexOf('\n')).trim();
      jobs.set(name, [...block.matchAll(/targets: \['([^']+)'\]/g)].map((m) => m[1]!));
    }
    for (const app of APPS.filter((a) => a.dapr)) {
      assert.deepEqual(jobs.get(app.dapr!.appId), [`127.0.0.1:${PORTS[app.port]}`], `job ${app.dapr!.appId}: the app port`);
      assert.ok(jobs.get('daprd')?.includes(`127.0.0.1:${PORTS[app.dapr!.ports.metrics]}`), `daprd of ${app.dapr!.appId} on its metrics port`);
    }
    assert.deepEqual(jobs.get('daprd')?.length, APPS.filter((a) => a.dapr).length);
    assert.deepEqual(jobs.get('dapr-placement'), [`127.0.0.1:${PORTS.placementMetrics}`]);
    assert.deepEqual(jobs.get('dapr-scheduler'), [`127.0.0.1:${PORTS.schedulerMetrics}`]);
    // One list of what is scraped: the stack's Prometheus gets scrapeJobs(); this file must say the same
    // (each target with its labels, in any order).
    const inFile = fs.readFileSync(CONFIG, 'utf8').split(/^\s+- job_name: /m).slice(1).flatMap((block) => {
      const job = block.slice(0, block.indexOf('\n')).trim();
      return [...block.matchAll(/targets: \['([^']+)'\](?:\n\s+labels:\n\s+sidecar_of: (\S+))?/g)].map((m) => `${job} ${m[1]} ${m[2] ?? '-'}`);
    });
    const expected = scrapeJobs(PORTS).flatMap((j) => j.targets.map((t) => `${j.job} ${t.address} ${t.labels?.sidecar_of ?? '-'}`));
    assert.deepEqual([...inFile].sort(), [...expected].sort(), 'deploy/prometheus/prometheus.yml and scrapeJobs() (scripts/stack/infra/prometheus.ts) differ');
  });

  check('promtool check config: the configuration the local stack writes for its Prometheus, with alerts.yml', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dmh-prometheus-'));
    try {
      const file = path.join(dir, 'prometheus.yml');
      fs.writeFileSync(file, renderPrometheusConfig(scrapeJobs(PORTS), { scrapeInterval: LOCAL_SCRAPE_INTERVAL, scrapeTimeout: '4s', ruleFile: ALERTS }));
      const out = await promtool('check', 'config', file);
      assert.match(out, /SUCCESS: 1 rule files found/);
      assert.match(out, /is valid prometheus config file syntax/);
      assert.match(fs.readFileSync(file, 'utf8'), /scrape_interval: 5s/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  check("promtool check config: docker-compose's Prometheus (deploy/compose/prometheus.yml), with the same jobs and labels on the compose services", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dmh-prometheus-compose-'));
    try {
      // As docker-compose.yml mounts them: the configuration and alerts.yml side by side.
      const file = path.join(dir, 'prometheus.yml');
      fs.copyFileSync(path.join(REPO, 'deploy', 'compose', 'prometheus.yml'), file);
      fs.copyFileSync(ALERTS, path.join(dir, 'alerts.yml'));
      const out = await promtool('check', 'config', file);
      assert.match(out, /SUCCESS: 1 rule files found/);
      // Job name and sidecar_of label of every target: what the rules and the Ops charts select on.
      const shape = (text: string) => text.split(/^\s+- job_name: /m).slice(1).flatMap((block) => {
        const job = block.slice(0, block.indexOf('\n')).trim();
        return [...block.matchAll(/targets: \['([^':]+):\d+'\](?:\n\s+labels:\n\s+sidecar_of: (\S+))?/g)].map((m) => ({ job, host: m[1]!, sidecarOf: m[2] ?? '-' }));
      });
      const local = shape(fs.readFileSync(CONFIG, 'utf8'));
      const compose = shape(fs.readFileSync(file, 'utf8'));
      const key = (t: { job: string; sidecarOf: string }) => `${t.job} ${t.sidecarOf}`;
      assert.deepEqual(compose.filter((t) => t.job !== 'dapr-sentry').map(key).sort(), local.map(key).sort(), 'the compose jobs differ from deploy/prometheus/prometheus.yml');
      assert.ok(compose.every((t) => t.host !== '127.0.0.1'), 'compose targets are service names');
      assert.deepEqual(compose.filter((t) => t.job === 'dapr-sentry').map((t) => t.host), ['sentry']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the rules read what the code exports, and say it in both languages', () => {
  test('every DMH metric the rules read is defined by prom-client in the code', () => {
    const sources = ['api/src', 'actors/src', 'sync/src']
      .flatMap((dir) => fs.readdirSync(path.join(REPO, dir), { recursive: true, encoding: 'utf8' }).map((f) => path.join(REPO, dir, f)))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n');
    const read = new Set([...alertsText.matchAll(/\b(dmh_[a-z_]+?)(?:_bucket|_count|_sum)?\b(?=[{[)\s])/g)].map((m) => m[1]!));
    assert.ok(read.size >= 5, [...read].join(', '));
    for (const name of read) assert.match(sources, new RegExp(`name: '${name}'`), `${name} is read by alerts.yml but defined nowhere`);
  });

  test('every alert has a summary and a description, each in Chinese and in English', () => {
    for (const block of alertsText.split(/^\s+- alert: /m).slice(1)) {
      const name = block.slice(0, block.indexOf('\n'));
      const summary = /^\s+summary: (.+)$/m.exec(block)?.[1];
      // The description is the last annotation: a folded block to the end of the rule.
      const description = /^\s+description: >-\n([\s\S]+)$/m.exec(block)?.[1];
      for (const [field, text] of [['summary', summary], ['description', description]] as const) {
        assert.ok(text, `${name}: no ${field}`);
        assert.match(text, /[\u4e00-\u9fff]/, `${name}: ${field} has no Chinese`);
        assert.match(text, /\b(the|The|above|below|than|of)\b/, `${name}: ${field} has no English`);
      }
    }
  });
});
