import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChainDistributor, referrerChain } from './referrer-chain';

/** A lookup over `id → [parent, status]`; user ids are `u` + the distributor's id. */
function tree(links: Record<string, [parent: string | null, status?: string]>): (id: string) => ChainDistributor | undefined {
  return (id) => (id in links ? { userId: `u${id}`, parentId: links[id][0], status: links[id][1] ?? 'active' } : undefined);
}

const ids = (chain: { distributorId: string }[]) => chain.map((l) => l.distributorId);

test('the referrer is level 1, its parent level 2, its grandparent level 3', () => {
  const chain = referrerChain('3', tree({ 1: [null], 2: ['1'], 3: ['2'] }));
  assert.deepEqual(chain, [
    { distributorId: '3', userId: 'u3', status: 'active' },
    { distributorId: '2', userId: 'u2', status: 'active' },
    { distributorId: '1', userId: 'u1', status: 'active' },
  ]);
});

test('no referrer, no chain; an unknown referrer, no chain', () => {
  assert.deepEqual(referrerChain(null, tree({ 1: [null] })), []);
  assert.deepEqual(referrerChain('9', tree({ 1: [null] })), []);
});

test('at most three links, however deep the upline', () => {
  const deep = tree({ 1: [null], 2: ['1'], 3: ['2'], 4: ['3'], 5: ['4'] });
  assert.deepEqual(ids(referrerChain('5', deep)), ['5', '4', '3']);
});

test('the walk stops at the top and at a parent the lookup does not know', () => {
  assert.deepEqual(ids(referrerChain('2', tree({ 1: [null], 2: ['1'] }))), ['2', '1']);
  assert.deepEqual(ids(referrerChain('2', tree({ 2: ['7'] }))), ['2']);
});

test('a cycle in bad data stops the walk: nobody is on the chain twice', () => {
  assert.deepEqual(ids(referrerChain('1', tree({ 1: ['2'], 2: ['1'] }))), ['1', '2']);
  assert.deepEqual(ids(referrerChain('1', tree({ 1: ['1'] }))), ['1']);
});

test('a suspended distributor stays on the chain with its status (the plan skips it, the level is not passed on)', () => {
  const chain = referrerChain('3', tree({ 1: [null], 2: ['1', 'suspended'], 3: ['2'] }));
  assert.deepEqual(chain.map((l) => l.status), ['active', 'suspended', 'active']);
});
