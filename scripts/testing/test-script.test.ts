import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { copyOfRepo, run } from './support';

/**
 * scripts/test.sh itself, on a throwaway copy of this repository: a type error anywhere (a workspace,
 * tests/, bench/) or a failing npm ci must stop `npm test` at once, non-zero, naming the step, before
 * anything starts. `--preflight` stops after the steps before the first test, so a script that went on
 * despite the failure exits 0 here instead of starting the stack.
 */
let copy: string;

before(async () => {
  copy = await copyOfRepo();
});

const TYPE_ERROR = "export const deliberateTypeError: number = 'not a number';\n";

async function preflight(env: Record<string, string | undefined> = {}) {
  const ran = await run('bash', ['scripts/test.sh', '--preflight'], { cwd: copy, env: { DAPR_BIN_DIR: undefined, ...env }, timeoutMs: 240_000 });
  assert.notEqual(ran.code, 0, `the preflight passed:\n${ran.stderr}`);
  assert.doesNotMatch(ran.stderr, /== layering|preflight passed|\[bootstrap\] Dapr runtime/, 'nothing after the failed step ran');
  return ran;
}

/** Writes a file with a type error into the copy for one run of the preflight (tsc still emits its .js). */
async function withTypeError(file: string): Promise<void> {
  const target = path.join(copy, file);
  fs.writeFileSync(target, TYPE_ERROR);
  try {
    const ran = await preflight();
    assert.match(ran.stderr, /\[bootstrap\] FAILED at step: TypeScript build and type check/);
    assert.match(ran.stderr, /\[test\] FAILED: bootstrap/);
    assert.ok(ran.stderr.includes(path.basename(file)) && ran.stderr.includes('TS2322'), `tsc names the error in ${file}:\n${ran.stderr}`);
  } finally {
    fs.rmSync(target);
  }
}

test('a failing npm ci stops npm test, naming the step', async () => {
  // The lock file changed since the last install (no stamp), so bootstrap runs npm ci; this npm fails.
  const stamp = path.join(copy, 'node_modules', '.dmh-lock-stamp');
  const saved = fs.readFileSync(stamp);
  fs.rmSync(stamp);
  const bin = path.join(copy, '.fake-bin');
  fs.mkdirSync(bin);
  fs.writeFileSync(path.join(bin, 'npm'), '#!/bin/sh\necho "npm ERR! deliberate failure of: npm $*" >&2\nexit 1\n', { mode: 0o755 });
  try {
    const ran = await preflight({ PATH: `${bin}:${process.env.PATH}` });
    assert.match(ran.stderr, /npm ERR! deliberate failure of: npm ci/);
    assert.match(ran.stderr, /\[bootstrap\] FAILED at step: npm ci/);
    assert.match(ran.stderr, /\[test\] FAILED: bootstrap/);
  } finally {
    fs.writeFileSync(stamp, saved);
    fs.rmSync(bin, { recursive: true });
  }
});

test('a type error in bench/ stops npm test at the build step', async () => {
  await withTypeError('bench/deliberate-type-error.ts');
});

test('a type error in tests/ stops npm test at the build step', async () => {
  await withTypeError('tests/deliberate-type-error.ts');
});

test('a type error in a workspace stops npm test at the build step, though tsc emitted its .js', async () => {
  await withTypeError('sync/src/deliberate-type-error.ts');
  assert.ok(fs.existsSync(path.join(copy, 'sync', 'dist', 'deliberate-type-error.js')), 'tsc emitted the file anyway: only its exit status tells');
});
