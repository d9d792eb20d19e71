import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { auditHash, type AuditContent } from './audit-chain';
import { verifyChain, type StoredEntry } from './audit-verify';

const GENESIS = '0'.repeat(64);
const content = (i: number): AuditContent => ({
  userId: '1', username: 'admin', action: 'user.disable', resource: 'user', resourceId: String(100 + i), brandId: null,
  ip: '127.0.0.1', userAgent: null, before: { status: 'active' }, after: { status: 'disabled' }, createdAt: new Date(Date.UTC(2026, 10, 25, 12, 0, i)).toISOString(),
});

function chain(n: number): StoredEntry[] {
  const entries: StoredEntry[] = [];
  let prev = GENESIS;
  for (let i = 0; i < n; i++) {
    const hash = auditHash(prev, content(i));
    entries.push({ id: String(i + 1), prevHash: prev, hash, content: content(i) });
    prev = hash;
  }
  return entries;
}

async function* inBatches(entries: StoredEntry[], size: number): AsyncIterable<StoredEntry[]> {
  for (let i = 0; i < entries.length; i += size) yield entries.slice(i, i + size);
}

const headOf = (entries: StoredEntry[]) => ({ lastHash: entries.at(-1)?.hash ?? GENESIS, entries: entries.length });

describe('audit chain verification, in batches', () => {
  it('reports an intact chain across batch boundaries', async () => {
    const entries = chain(10);
    assert.deepEqual(await verifyChain(GENESIS, headOf(entries), inBatches(entries, 3)), { intact: true, checked: 10, brokenId: null, reason: null });
  });

  it('reports an empty chain as intact', async () => {
    assert.deepEqual(await verifyChain(GENESIS, { lastHash: GENESIS, entries: 0 }, inBatches([], 3)), { intact: true, checked: 0, brokenId: null, reason: null });
  });

  it('names an edited entry, wherever the batch boundary falls', async () => {
    for (const size of [1, 2, 3, 4, 100]) {
      const entries = chain(8);
      const head = headOf(entries);
      entries[4] = { ...entries[4], content: { ...entries[4].content, after: { status: 'active' } } };
      assert.deepEqual(await verifyChain(GENESIS, head, inBatches(entries, size)), { intact: false, checked: 4, brokenId: '5', reason: 'hash' }, `batch ${size}`);
    }
  });

  it('names the entry after a deleted one, also at a batch boundary', async () => {
    const entries = chain(8);
    const head = headOf(entries);
    entries.splice(3, 1);
    assert.deepEqual(await verifyChain(GENESIS, head, inBatches(entries, 3)), { intact: false, checked: 3, brokenId: '5', reason: 'prev_hash' });
  });

  it('detects a deleted first entry', async () => {
    const entries = chain(4);
    const head = headOf(entries);
    assert.deepEqual(await verifyChain(GENESIS, head, inBatches(entries.slice(1), 2)), { intact: false, checked: 0, brokenId: '2', reason: 'prev_hash' });
  });

  it('detects entries missing at the end, against the chain head', async () => {
    const entries = chain(5);
    assert.deepEqual(await verifyChain(GENESIS, headOf(entries), inBatches(entries.slice(0, 4), 2)), { intact: false, checked: 4, brokenId: null, reason: 'head' });
  });

  it('stops at the head it started from: entries appended meanwhile wait for the next run', async () => {
    const entries = chain(6);
    const head = headOf(entries.slice(0, 4));
    entries[5] = { ...entries[5], hash: 'f'.repeat(64) };
    assert.deepEqual(await verifyChain(GENESIS, head, inBatches(entries, 5)), { intact: true, checked: 4, brokenId: null, reason: null });
  });
});
