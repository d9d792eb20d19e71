import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeCycle, findFolderCycles, folderEdges, folderOf, type ModuleImport, withoutKnownEdges } from './folder-graph';

const ROOTS = ['api/src', 'sync/src'];
const imp = (from: string, to: string): ModuleImport => ({ from, to });

test('a file belongs to the top-level folder of its root; a file directly under src is a node of its own', () => {
  assert.equal(folderOf('api/src/settlement/outbox.relay.ts', ROOTS), 'api/src/settlement');
  assert.equal(folderOf('api/src/auth/wechat/x.ts', ROOTS), 'api/src/auth');
  assert.equal(folderOf('api/src/main.ts', ROOTS), 'api/src/main.ts');
  assert.equal(folderOf('shared/src/index.ts', ROOTS), null);
});

test('no cycle when folders import one way only, and imports inside a folder or out of the root do not count', () => {
  const edges = folderEdges([
    imp('api/src/main.ts', 'api/src/settlement/a.ts'), imp('api/src/settlement/a.ts', 'api/src/outbox/b.ts'),
    imp('api/src/settlement/a.ts', 'api/src/settlement/c.ts'), imp('api/src/outbox/b.ts', 'shared/src/index.ts'),
    imp('api/src/settlement/a.ts', 'api/src/config.ts'), imp('api/src/outbox/b.ts', 'api/src/config.ts'),
  ], ROOTS);
  assert.deepEqual(findFolderCycles(edges), []);
});

test('two folders importing each other are a cycle, reported with one import per edge', () => {
  const cycles = findFolderCycles(folderEdges([
    imp('api/src/settlement/outbox.relay.ts', 'api/src/refunds/refund.dispatcher.ts'),
    imp('api/src/refunds/refund.dispatcher.ts', 'api/src/settlement/outbox.repository.ts'),
    imp('api/src/refunds/other.ts', 'api/src/settlement/outbox.worker.ts'),
  ], ROOTS));
  assert.equal(cycles.length, 1);
  assert.deepEqual(cycles[0].nodes, ['api/src/refunds', 'api/src/settlement']);
  assert.match(describeCycle(cycles[0]), /api\/src\/settlement\/outbox\.relay\.ts imports api\/src\/refunds\/refund\.dispatcher\.ts/);
  assert.match(describeCycle(cycles[0]), /api\/src\/refunds\/other\.ts imports api\/src\/settlement\/outbox\.worker\.ts|refund\.dispatcher\.ts imports api\/src\/settlement\/outbox\.repository\.ts/);
});

test('a longer loop is found, and every edge on some loop is shown', () => {
  const cycles = findFolderCycles(folderEdges([
    imp('api/src/a/x.ts', 'api/src/b/x.ts'), imp('api/src/b/x.ts', 'api/src/c/x.ts'), imp('api/src/c/x.ts', 'api/src/a/x.ts'),
    imp('api/src/b/y.ts', 'api/src/a/y.ts'), imp('api/src/c/y.ts', 'api/src/d/y.ts'),
  ], ROOTS));
  assert.deepEqual(cycles.map((c) => c.nodes), [['api/src/a', 'api/src/b'], ['api/src/a', 'api/src/b', 'api/src/c']]);
  const shown = new Set(cycles.flatMap((c) => c.edges.map((e) => `${e.from}>${e.to}`)));
  for (const e of ['api/src/a>api/src/b', 'api/src/b>api/src/c', 'api/src/c>api/src/a', 'api/src/b>api/src/a']) assert.ok(shown.has(e), e);
  assert.ok(!shown.has('api/src/c>api/src/d'));
});

test('folders of different roots never form a cycle with each other', () => {
  const edges = folderEdges([imp('api/src/a/x.ts', 'sync/src/a/x.ts'), imp('sync/src/a/x.ts', 'api/src/a/x.ts')], ROOTS);
  assert.deepEqual(findFolderCycles(edges), []);
});

test('a known edge is left out of the graph; a known edge whose import is gone or closes no cycle is stale', () => {
  const edges = folderEdges([
    imp('api/src/payments/s.ts', 'api/src/refunds/r.ts'), imp('api/src/refunds/r.ts', 'api/src/payments/e.ts'),
    imp('api/src/a/x.ts', 'api/src/b/x.ts'),
  ], ROOTS);
  const sandbox = { from: 'api/src/payments', to: 'api/src/refunds', why: 'being moved' };
  const oneWay = { from: 'api/src/a', to: 'api/src/b', why: 'no cycle' };
  const gone = { from: 'api/src/c', to: 'api/src/d', why: 'no import' };
  const { kept, stale } = withoutKnownEdges(edges, [sandbox, oneWay, gone]);
  assert.deepEqual(findFolderCycles(kept), []);
  assert.deepEqual(stale, [oneWay, gone]);
  assert.equal(findFolderCycles(withoutKnownEdges(edges, []).kept).length, 1);
});
