/** A node of a distributor's subordinate tree: the row and its own subordinates. */
export interface TreeNode<T> {
  node: T;
  children: TreeNode<T>[];
}

/**
 * The subordinates of `rootId` from a flat list of rows (each with its parent), `depth` levels down
 * (children, grandchildren…), ordered as the rows were. Rows not under the root are ignored, and a row is
 * placed at most once, so bad data (a cycle) cannot loop or duplicate.
 */
export function buildSubordinateTree<T extends { id: string; parentId: string | null }>(rootId: string, rows: T[], depth: number): TreeNode<T>[] {
  const byParent = new Map<string, T[]>();
  for (const row of rows) {
    if (row.parentId === null) continue;
    const siblings = byParent.get(row.parentId) ?? [];
    siblings.push(row);
    byParent.set(row.parentId, siblings);
  }
  const placed = new Set<string>([rootId]);
  const grow = (parentId: string, remaining: number): TreeNode<T>[] => {
    if (remaining <= 0) return [];
    const nodes: TreeNode<T>[] = [];
    for (const row of byParent.get(parentId) ?? []) {
      if (placed.has(row.id)) continue;
      placed.add(row.id);
      nodes.push({ node: row, children: [] });
    }
    for (const child of nodes) child.children = grow(child.node.id, remaining - 1);
    return nodes;
  };
  return grow(rootId, depth);
}
