import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO, run, tempDir } from './support';

/** The narrowing banner, the unit spec list and CI's clean environment (scripts/testing/phases.sh, .ci/run). */
const PHASES = path.join(REPO, 'scripts', 'testing', 'phases.sh');

async function narrowingVars(): Promise<string[]> {
  const ran = await run('bash', ['-c', `source '${PHASES}'; printf '%s\\n' "\${NARROWING_VARS[@]}"`]);
  return ran.stdout.trim().split('\n');
}

/** Settings the suites read that only place them (databases, ports, folders): they change where, not what. */
const NOT_NARROWING = ['DMH_STATE_DIR', 'DMH_TEST_DB_NAME', 'DMH_TEST_EXTERNAL_DB_NAME', 'DMH_FAULTS_STATE_DIR', 'DMH_FAULTS_DB_NAME',
  'DMH_FAULTS_EXTERNAL_DB_NAME', 'DMH_FAULTS_DB_PORT', 'DMH_FAULTS_EXTERNAL_DB_PORT', 'DMH_FAULTS_REDIS_PORT', 'DMH_SYNC_TEST_EXTERNAL_DB_PORT',
  'DMH_API_URL', 'DMH_SANDBOX_URL'];

function sources(dir: string, keep: (file: string) => boolean): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(keep).map((f) => path.join(dir, f));
}

/** Every workspace of the root package.json, as the unit phase finds them. */
function workspacesOfRepo(): string[] {
  return (JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { workspaces: string[] }).workspaces;
}

test('every DMH_ setting a suite or a unit spec reads is either a narrowing variable or only a location', async () => {
  const files = [
    // Measurements run by hand (`*.measure.ts`, e.g. login timing) are not part of npm test.
    ...sources(path.join(REPO, 'tests'), (f) => f.endsWith('.ts') && !f.endsWith('.measure.ts')),
    ...workspacesOfRepo().flatMap((w) => sources(path.join(REPO, w, 'src'), (f) => f.endsWith('.spec.ts'))),
  ];
  const read = new Set<string>();
  for (const file of files) {
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/process\.env\.(DMH_\w+)|positive\('(DMH_\w+)'/g)) read.add(m[1] ?? m[2]);
  }
  assert.ok(read.has('DMH_SCENARIOS') && read.has('DMH_MODEL_SEEDS'), `the scan finds what the suites read: ${[...read].join(', ')}`);
  const vars = await narrowingVars();
  const unclassified = [...read].filter((name) => !vars.includes(name) && !NOT_NARROWING.includes(name));
  assert.deepEqual(unclassified, [], 'add each to NARROWING_VARS in scripts/testing/phases.sh (or, if it only places the run, to NOT_NARROWING here)');
});

test('a narrowed run says so, naming what narrows it; a full run prints no banner', async () => {
  const banner = (env: Record<string, string | undefined>) => run('bash', ['-c', `source '${PHASES}'; narrowing_banner`], { env });
  const clean = Object.fromEntries((await narrowingVars()).map((v) => [v, undefined]));
  const full = await banner({ ...clean, NODE_OPTIONS: '--max-old-space-size=2048' });
  assert.equal(full.stderr, '');
  const narrowed = await banner({ ...clean, DMH_SCENARIOS: 'auth', NODE_OPTIONS: '--test-name-pattern=brands' });
  assert.match(narrowed.stderr, /NARROWED RUN: this is not the full suite/);
  assert.match(narrowed.stderr, /DMH_SCENARIOS=auth/);
  assert.match(narrowed.stderr, /NODE_OPTIONS=--test-name-pattern=brands/);
});

test('.ci/run runs npm test with no narrowing variable, NODE_OPTIONS or binary override left', async () => {
  const dir = tempDir('ci-run');
  const seen = path.join(dir, 'env.txt');
  fs.writeFileSync(path.join(dir, 'npm'), `#!/bin/sh\n[ "$1" = test ] && env > '${seen}'\n`, { mode: 0o755 });
  const narrowed = Object.fromEntries((await narrowingVars()).map((v) => [v, '1']));
  const ran = await run('bash', [path.join(REPO, '.ci', 'run')], {
    env: { ...narrowed, NODE_OPTIONS: '--test-only', DAPR_BIN_DIR: '/elsewhere', SCHEMATHESIS_BIN: '/bin/true', PATH: `${dir}:${process.env.PATH}` },
  });
  assert.equal(ran.code, 0, ran.stderr);
  const env = fs.readFileSync(seen, 'utf8').split('\n').map((line) => line.split('=')[0]);
  for (const name of [...Object.keys(narrowed), 'NODE_OPTIONS', 'DAPR_BIN_DIR', 'SCHEMATHESIS_BIN']) {
    assert.ok(!env.includes(name), `${name} reached npm test`);
  }
});

/** A crafted repository: package.json with workspaces, their src/ specs and some of their dist/. */
function workspaces(files: string[]): string {
  const dir = tempDir('workspaces');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ workspaces: ['one', 'two'] }));
  for (const file of files) {
    fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), '');
  }
  return dir;
}

function collect(dir: string) {
  return run('bash', ['-c', `set -euo pipefail; source '${PHASES}'; collect_unit_specs_or_fail; printf '%s\\n' "\${UNIT_SPECS[@]}"`], { cwd: dir });
}

test('the unit specs are every src spec of every workspace, compiled', async () => {
  const dir = workspaces(['one/src/a.spec.ts', 'one/src/deep/b.spec.ts', 'one/dist/a.spec.js', 'one/dist/deep/b.spec.js',
    'one/dist/deleted.spec.js', 'two/src/c.spec.ts', 'two/dist/c.spec.js']);
  const ran = await collect(dir);
  assert.equal(ran.code, 0, ran.stderr);
  assert.deepEqual(ran.stdout.trim().split('\n'), ['one/dist/a.spec.js', 'one/dist/deep/b.spec.js', 'two/dist/c.spec.js'], 'a stale dist spec does not run');
});

test('a workspace whose dist/ is missing fails the run, naming what was not compiled', async () => {
  const dir = workspaces(['one/src/a.spec.ts', 'one/dist/a.spec.js', 'two/src/c.spec.ts']);
  const ran = await collect(dir);
  assert.equal(ran.code, 1);
  assert.match(ran.stderr, /FAILED: unit specs: not compiled.*two\/dist\/c\.spec\.js/);
});

test('a workspace without any unit spec fails the run', async () => {
  const dir = workspaces(['one/src/a.spec.ts', 'one/dist/a.spec.js', 'two/src/index.ts']);
  const ran = await collect(dir);
  assert.equal(ran.code, 1);
  assert.match(ran.stderr, /FAILED: unit specs: workspace two has no \*\.spec\.ts/);
});
