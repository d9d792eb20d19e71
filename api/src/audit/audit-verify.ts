import { findChainBreak, type AuditContent } from './audit-chain';

export interface StoredEntry {
  id: string;
  prevHash: string;
  hash: string;
  content: AuditContent;
}

export interface ChainReport {
  intact: boolean;
  /** Entries verified before the answer (all of them when intact). */
  checked: number;
  /** The first entry found broken; null when intact or when entries are missing after the last one. */
  brokenId: string | null;
  /** hash: the entry was edited; prev_hash: an entry before it was deleted or inserted; head: entries are missing at the end. */
  reason: 'hash' | 'prev_hash' | 'head' | null;
}

/**
 * Walks the stored chain oldest first, batch by batch, up to the head as it was when the walk began (so
 * entries appended meanwhile are left for the next verification). Each batch is checked with
 * `findChainBreak`, starting from the hash the previous batch ended with.
 */
export async function verifyChain(
  genesis: string,
  head: { lastHash: string; entries: number },
  batches: AsyncIterable<StoredEntry[]>,
): Promise<ChainReport> {
  let expectedPrev = genesis;
  let checked = 0;
  if (head.lastHash === genesis && head.entries === 0) return { intact: true, checked, brokenId: null, reason: null };
  for await (const batch of batches) {
    const headAt = batch.findIndex((e) => e.hash === head.lastHash);
    const slice = headAt === -1 ? batch : batch.slice(0, headAt + 1);
    const broken = findChainBreak(expectedPrev, slice);
    if (broken) return { intact: false, checked: checked + slice.findIndex((e) => e.id === broken.id), brokenId: broken.id, reason: broken.reason };
    checked += slice.length;
    if (slice.length > 0) expectedPrev = slice[slice.length - 1].hash;
    if (headAt !== -1) break;
  }
  const intact = expectedPrev === head.lastHash && checked === head.entries;
  return intact ? { intact, checked, brokenId: null, reason: null } : { intact, checked, brokenId: null, reason: 'head' };
}
