import { type ChangeUplineResult, planUplineMove, type UplineNode } from '@dmh/shared';
import type { EntityManager } from 'typeorm';
import { database } from '../runtime/database';

/** The deepest a brand's tree goes (levels 1..3): no walk up or down takes more steps than this. */
const MAX_STEPS = 3;

/**
 * A distributor's move under another parent, written by its DistributorActor in one transaction. The rows
 * it reads are locked (FOR UPDATE): the distributor, the new parent and its ancestors, and the team below,
 * so a concurrent move of any of them waits, and the cycle and depth checks hold when the rows are written.
 * The team's levels move with their top (the chain an order rewards is read from parent_id when it is paid).
 */
export class DistributorUplineRepository {
  async changeUpline(distributorId: string, parentId: string | null): Promise<ChangeUplineResult> {
    return database().transaction(async (em) => {
      const node = await lockNode(em, distributorId);
      if (!node) return { ok: false, reason: 'not_found' };
      const parent = parentId === null ? null : await lockNode(em, parentId);
      if (parentId !== null && !parent) return { ok: false, reason: 'parent_not_found' };
      const ancestors = parent ? await lockAncestors(em, parent) : [];
      const team = await lockTeam(em, node.id);
      const plan = planUplineMove(node, parent, ancestors, team.depth);
      if (!plan.ok) return plan;
      const before = { parentId: node.parentId, level: node.level };
      const after = { parentId: parent?.id ?? null, level: plan.level };
      if (plan.unchanged) return { ok: true, applied: false, before, after, team: team.ids.length };
      await em.query('UPDATE distributors SET parent_id = ?, level = ? WHERE id = ?', [after.parentId, after.level, node.id]);
      if (plan.levelShift !== 0 && team.ids.length > 0) {
        await em.query('UPDATE distributors SET level = level + ? WHERE id IN (?)', [plan.levelShift, team.ids]);
      }
      return { ok: true, applied: true, before, after, team: team.ids.length };
    });
  }
}

async function lockNode(em: EntityManager, id: string): Promise<UplineNode | null> {
  const [row] = await em.query('SELECT id, brand_id, level, parent_id, status FROM distributors WHERE id = ? FOR UPDATE', [id]);
  return row ? toNode(row) : null;
}

/** The parent's ancestors' ids, nearest first (a cycle already in the data stops the walk, it cannot loop). */
async function lockAncestors(em: EntityManager, parent: UplineNode): Promise<string[]> {
  const ids: string[] = [];
  let next = parent.parentId;
  for (let step = 0; next !== null && step < MAX_STEPS && !ids.includes(next) && next !== parent.id; step++) {
    ids.push(next);
    next = (await lockNode(em, next))?.parentId ?? null;
  }
  return ids;
}

/** Every distributor below `rootId` and how many levels they span. */
async function lockTeam(em: EntityManager, rootId: string): Promise<{ ids: string[]; depth: number }> {
  const ids: string[] = [];
  let frontier = [rootId];
  let depth = 0;
  while (frontier.length > 0 && depth < MAX_STEPS) {
    const rows: { id: string }[] = await em.query('SELECT id FROM distributors WHERE parent_id IN (?) FOR UPDATE', [frontier]);
    frontier = rows.map((r) => String(r.id)).filter((id) => id !== rootId && !ids.includes(id));
    if (frontier.length === 0) break;
    ids.push(...frontier);
    depth += 1;
  }
  return { ids, depth };
}

function toNode(row: Record<string, unknown>): UplineNode {
  return {
    id: String(row.id),
    brandId: String(row.brand_id),
    level: Number(row.level),
    parentId: row.parent_id === null ? null : String(row.parent_id),
    status: String(row.status),
  };
}
