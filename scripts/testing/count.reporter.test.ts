import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO, run, tempDir } from './support';

/**
 * The counting reporter (count.reporter.mjs) and run_phase (phases.sh) on crafted test files run by this
 * very node: what node really reports for skipped, todo, nested, suite-only and empty files.
 */
const FIXTURES: Record<string, string> = {
  'mixed.test.mjs': `import { test, describe, it } from 'node:test';
test('runs', () => {});
test('skipped by option', { skip: true }, () => {});
test('todo by option', { todo: true }, () => {});
test('skipped at run time', (t) => { t.skip('not today'); });
test('todo at run time', (t) => { t.todo('later'); });
test('holds subtests', async (t) => {
  await t.test('child runs', () => {});
  await t.test('child skipped', { skip: 'no' }, () => {});
  await t.test('child with a grandchild', async (t2) => { await t2.test('grandchild runs', () => {}); });
});
describe('a suite', () => { it('it runs', () => {}); it.skip('it skipped', () => {}); });
describe('an empty suite', () => {});
`,
  'declares-none.test.mjs': 'export const nothing = 0;\n',
  'all-skipped.test.mjs': `import { test } from 'node:test';
test('a', { skip: true }, () => {});
test('b', { todo: 'not yet' }, () => {});
`,
  'one.test.mjs': `import { test } from 'node:test';
test('one', () => {});
`,
  'fails.test.mjs': `import { test } from 'node:test';
test('fails', () => { throw new Error('deliberate'); });
`,
};

function fixtures(): string {
  const dir = tempDir('count-reporter');
  for (const [name, text] of Object.entries(FIXTURES)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

async function counted(files: string[]): Promise<{ code: number | null; lines: string[] }> {
  const out = path.join(tempDir('counts'), 'counts.txt');
  const reporter = path.join(REPO, 'scripts', 'testing', 'count.reporter.mjs');
  const ran = await run(process.execPath, ['--test', `--test-reporter=${reporter}`, `--test-reporter-destination=${out}`, ...files]);
  return { code: ran.code, lines: fs.readFileSync(out, 'utf8').trim().split('\n') };
}

test('only leaf tests that ran count: not skipped or todo ones, not suites, not tests that hold subtests', async () => {
  const dir = fixtures();
  const { code, lines } = await counted([path.join(dir, 'mixed.test.mjs')]);
  assert.equal(code, 0);
  // runs, child runs, grandchild runs, it runs
  assert.deepEqual(lines, ['executed 4', 'skipped 4', 'todo 2', 'failed 0']);
});

test('a file that declares no test, or skips them all, executed nothing and is named', async () => {
  const dir = fixtures();
  const files = ['declares-none.test.mjs', 'all-skipped.test.mjs', 'one.test.mjs'].map((f) => path.join(dir, f));
  const { lines } = await counted(files);
  assert.deepEqual(lines.slice(0, 4), ['executed 1', 'skipped 1', 'todo 1', 'failed 0']);
  assert.deepEqual(lines.slice(4).sort(), [`idle ${files[0]}`, `idle ${files[1]}`].sort());
});

test('a failing test is executed and failed', async () => {
  const dir = fixtures();
  const { code, lines } = await counted([path.join(dir, 'fails.test.mjs'), path.join(dir, 'one.test.mjs')]);
  assert.equal(code, 1);
  assert.deepEqual(lines, ['executed 2', 'skipped 0', 'todo 0', 'failed 1']);
});

test('events of files reported concurrently do not mix: parents are told apart per file', async () => {
  const { default: countReporter } = (await import(path.join(REPO, 'scripts', 'testing', 'count.reporter.mjs'))) as {
    default: (source: AsyncIterable<{ type: string; data: unknown }>) => AsyncGenerator<string>;
  };
  const pass = (file: string, name: string, nesting: number, extra: object = {}) => ({ type: 'test:pass', data: { file, name, nesting, details: {}, ...extra } });
  const events = [
    pass('/a.js', 'a child', 1),
    pass('/b.js', 'b leaf', 0), // b's leaf arrives between a's child and a's parent
    pass('/a.js', 'a parent', 0),
    pass('/b.js', 'b skipped', 0, { skip: true }),
    pass('/c.js', '/c.js', 0), // the stand-in for a file that declared no test
  ];
  async function* source() { yield* events; }
  const lines: string[] = [];
  for await (const line of countReporter(source())) lines.push(line.trim());
  assert.deepEqual(lines, ['executed 2', 'skipped 1', 'todo 0', 'failed 0', 'idle /c.js']);
});

/** run_phase from phases.sh, as test.sh calls it, on crafted files. */
function runPhase(files: string[]) {
  const script = `set -euo pipefail; cd '${REPO}'; source scripts/testing/phases.sh; run_phase "crafted phase" --test "$@"`;
  return run('bash', ['-c', script, 'run_phase', ...files]);
}

test('run_phase passes with the count of executed tests, the spec reporter closing on stdout', async () => {
  const dir = fixtures();
  const ran = await runPhase([path.join(dir, 'mixed.test.mjs'), path.join(dir, 'one.test.mjs')]);
  assert.equal(ran.code, 0, ran.stderr);
  assert.match(ran.stdout, /^ℹ tests \d+$/m, 'the spec reporter still ends with its counts on stdout');
  assert.match(ran.stderr, /\[test\] crafted phase passed, tests executed: 5 \(4 skipped, 2 todo\)/);
});

test('run_phase fails when a file executed no test, naming it, though node itself passed', async () => {
  const dir = fixtures();
  const none = path.join(dir, 'declares-none.test.mjs');
  const ran = await runPhase([none, path.join(dir, 'one.test.mjs')]);
  assert.equal(ran.code, 1);
  assert.match(ran.stderr, /FAILED: crafted phase: these files executed no test/);
  assert.ok(ran.stderr.includes(none), ran.stderr);
});

test('run_phase fails when nothing executed, though node counts "tests 2" and passes', async () => {
  const dir = fixtures();
  const ran = await runPhase([path.join(dir, 'all-skipped.test.mjs')]);
  assert.match(ran.stdout, /^ℹ tests 2$/m);
  assert.equal(ran.code, 1);
  assert.match(ran.stderr, /FAILED: crafted phase ran no test \(skipped 1, todo 1\)/);
});

test('run_phase fails when a test fails', async () => {
  const dir = fixtures();
  const ran = await runPhase([path.join(dir, 'fails.test.mjs')]);
  assert.equal(ran.code, 1);
  assert.match(ran.stderr, /FAILED: crafted phase \(node exited 1\)/);
});
