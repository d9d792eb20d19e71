import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { auditHash, canonicalJson, findChainBreak, type AuditContent } from './audit-chain';

const GENESIS = '0'.repeat(64);
const content = (i: number): AuditContent => ({
  userId: '1', username: 'admin', action: 'campaign.update', resource: 'campaign', resourceId: String(i), brandId: '7',
  ip: '10.0.0.1', userAgent: 'test', before: { name: `old ${i}` }, after: { name: `new ${i}`, price: '99.00' }, createdAt: `2026-11-25T12:00:0${i}.000Z`,
});

function chain(n: number) {
  const entries = [];
  let prev = GENESIS;
  for (let i = 0; i < n; i++) {
    const c = content(i);
    const hash = auditHash(prev, c);
    entries.push({ id: String(i + 1), prevHash: prev, hash, content: c });
    prev = hash;
  }
  return entries;
}

describe('audit chain', () => {
  it('hashes content independently of key order', () => {
    assert.equal(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } }), '{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}');
    const c = content(1);
    const reordered = { ...c, after: { price: '99.00', name: 'new 1' } };
    assert.equal(auditHash(GENESIS, c), auditHash(GENESIS, reordered));
  });

  it('accepts an intact chain', () => {
    assert.equal(findChainBreak(GENESIS, chain(5)), null);
  });

  it('finds an edited entry', () => {
    const entries = chain(5);
    entries[2] = { ...entries[2], content: { ...entries[2].content, after: { name: 'forged' } } };
    assert.deepEqual(findChainBreak(GENESIS, entries), { id: '3', reason: 'hash' });
  });

  it('finds a deleted entry', () => {
    const entries = chain(5);
    entries.splice(1, 1);
    assert.deepEqual(findChainBreak(GENESIS, entries), { id: '3', reason: 'prev_hash' });
  });

  it('finds a rewritten tail whose hashes were recomputed from a wrong start', () => {
    const entries = chain(3);
    const forged = { ...entries[0], prevHash: 'f'.repeat(64) };
    forged.hash = auditHash(forged.prevHash, forged.content);
    assert.deepEqual(findChainBreak(GENESIS, [forged, ...entries.slice(1)]), { id: '1', reason: 'prev_hash' });
  });
});
