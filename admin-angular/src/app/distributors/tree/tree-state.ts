import type { Data } from '@dmh/api-client';
import type { Message } from '../../core/errors/error-messages';

export type TreeNode = Data<'/api/v1/distributor/tree', 'get'>['items'][number];
type TreePage = Data<'/api/v1/distributor/tree', 'get'>;

/** The key of the top level (the brand's level-1 distributors); other branches are keyed by their parent's id. */
export const TOP = '';

/** One level of the tree as loaded so far: pages are appended as "load more" is asked for. */
export type Branch =
  | { kind: 'loading'; items: readonly TreeNode[]; total: number; page: number }
  | { kind: 'error'; items: readonly TreeNode[]; total: number; page: number; message: Message }
  | { kind: 'ready'; items: readonly TreeNode[]; total: number; page: number };

export interface TreeState {
  branches: Readonly<Record<string, Branch>>;
  /** Nodes whose team is shown. */
  expanded: ReadonlySet<string>;
}

/** What the tree shows, top to bottom: nodes at their depth, and under an open node its loading, failure or "more". */
export type Row =
  | { kind: 'node'; node: TreeNode; depth: number; expanded: boolean }
  | { kind: 'loading'; parent: string; depth: number }
  | { kind: 'error'; parent: string; depth: number; message: Message }
  | { kind: 'more'; parent: string; depth: number; remaining: number }
  | { kind: 'none'; parent: string; depth: number };

export const emptyTree = (): TreeState => ({ branches: {}, expanded: new Set() });

/** A branch starts (or goes on) loading its next page; what it had stays shown. */
export function branchLoading(state: TreeState, parent: string): TreeState {
  const had = state.branches[parent];
  const branch: Branch = { kind: 'loading', items: had?.items ?? [], total: had?.total ?? 0, page: had?.page ?? 0 };
  return { ...state, branches: { ...state.branches, [parent]: branch } };
}

/** A page arrived: page 1 replaces the branch, a later page is appended (a node already there is not repeated). */
export function branchLoaded(state: TreeState, parent: string, page: TreePage): TreeState {
  const had = page.page === 1 ? [] : (state.branches[parent]?.items ?? []);
  const known = new Set(had.map((n) => n.id));
  const items = [...had, ...page.items.filter((n) => !known.has(n.id))];
  return { ...state, branches: { ...state.branches, [parent]: { kind: 'ready', items, total: page.total, page: page.page } } };
}

export function branchFailed(state: TreeState, parent: string, message: Message): TreeState {
  const had = state.branches[parent];
  const branch: Branch = { kind: 'error', items: had?.items ?? [], total: had?.total ?? 0, page: had?.page ?? 0, message };
  return { ...state, branches: { ...state.branches, [parent]: branch } };
}

/** Opens or closes a node; whether its team must be fetched (opened, never loaded) is the caller's to ask `needsLoad`. */
export function toggleExpanded(state: TreeState, id: string): TreeState {
  const expanded = new Set(state.expanded);
  if (!expanded.delete(id)) expanded.add(id);
  return { ...state, expanded };
}

export function needsLoad(state: TreeState, id: string): boolean {
  return state.expanded.has(id) && state.branches[id] === undefined;
}

/** The rows to show, depth first, each open node followed by its team (the tree is at most 3 levels deep). */
export function visibleRows(state: TreeState): Row[] {
  const rows: Row[] = [];
  const walk = (parent: string, depth: number, seen: ReadonlySet<string>): void => {
    const branch = state.branches[parent];
    if (!branch) return;
    for (const node of branch.items) {
      if (seen.has(node.id)) continue; // bad data (a cycle) cannot loop the view
      const open = state.expanded.has(node.id);
      rows.push({ kind: 'node', node, depth, expanded: open });
      if (open) walk(node.id, depth + 1, new Set([...seen, node.id]));
    }
    if (branch.kind === 'loading') rows.push({ kind: 'loading', parent, depth });
    else if (branch.kind === 'error') rows.push({ kind: 'error', parent, depth, message: branch.message });
    else if (branch.items.length < branch.total) rows.push({ kind: 'more', parent, depth, remaining: branch.total - branch.items.length });
    else if (branch.items.length === 0 && parent !== TOP) rows.push({ kind: 'none', parent, depth });
  };
  walk(TOP, 0, new Set());
  return rows;
}
