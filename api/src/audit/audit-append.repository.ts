import type { EntityManager } from 'typeorm';
import type { AuditContent } from './audit-chain';

/** SQL of an append to the audit chain, inside the caller's transaction (recordAudit in audit.service.ts). */

/** The chain head's last hash, its row locked for the rest of the transaction (appends are serialised). */
export async function lockChainHead(em: EntityManager): Promise<string> {
  const [head] = await em.query('SELECT last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE');
  if (!head) throw new Error('audit_chain_head is missing: run the migrations');
  return head.last_hash;
}

/** Appends the entry after `prevHash` and moves the head to its hash; answers the entry's id. */
export async function appendEntry(em: EntityManager, content: AuditContent, prevHash: string, hash: string, createdAt: Date): Promise<string> {
  const result = await em.query(
    `INSERT INTO audit_logs (user_id, username, action, resource, resource_id, brand_id, ip, user_agent, before_data, after_data, prev_hash, hash, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      content.userId, content.username, content.action, content.resource, content.resourceId, content.brandId, content.ip, content.userAgent,
      content.before === null ? null : JSON.stringify(content.before), content.after === null ? null : JSON.stringify(content.after),
      prevHash, hash, createdAt,
    ],
  );
  await em.query('UPDATE audit_chain_head SET last_hash = ?, entries = entries + 1 WHERE id = 1', [hash]);
  return String(result.insertId);
}
