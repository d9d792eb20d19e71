/**
 * The folder graph of a process's source tree and its cycles, as pure functions (scripts/layers/folder-cycles.ts
 * feeds them dependency-cruiser's module graph). A top-level folder of `api/src` (settlement, refunds, …) is one
 * node; a file directly under `src` (main.ts, app.ts, config.ts) is a node of its own, so the composition root
 * importing every feature and every feature reading config.ts is not a cycle.
 */

/** One import: `from` imports `to` (paths relative to the repository, forward slashes). */
export interface ModuleImport {
  from: string;
  to: string;
}

/** A folder-level edge and one import that makes it. */
export interface FolderEdge {
  from: string;
  to: string;
  example: ModuleImport;
}

/** A loop of folders, first node repeated at the end implicitly; `edges[i]` goes from `nodes[i]` to the next. */
export interface FolderCycle {
  nodes: string[];
  edges: FolderEdge[];
}

/**
 * The node a file belongs to under one of `roots` (e.g. `api/src`): `api/src/settlement` for
 * `api/src/settlement/outbox.relay.ts`, the file itself for `api/src/main.ts`, null outside every root.
 */
export function folderOf(file: string, roots: readonly string[]): string | null {
  const normal = file.replaceAll('\\', '/');
  for (const root of roots) {
    const prefix = root.endsWith('/') ? root : `${root}/`;
    if (!normal.startsWith(prefix)) continue;
    const rest = normal.slice(prefix.length);
    const slash = rest.indexOf('/');
    return slash === -1 ? normal : prefix + rest.slice(0, slash);
  }
  return null;
}

/**
 * Folder edges from module imports: both ends under the same root, different nodes. Imports leaving the root
 * (another workspace, node_modules) are the business of the other layer rules. The first import seen (in
 * sorted order, so the output is stable) is kept as the example of its edge.
 */
export function folderEdges(imports: readonly ModuleImport[], roots: readonly string[]): FolderEdge[] {
  const edges = new Map<string, FolderEdge>();
  const sorted = [...imports].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  for (const imp of sorted) {
    const from = folderOf(imp.from, roots);
    const to = folderOf(imp.to, roots);
    if (from === null || to === null || from === to || rootOf(from, roots) !== rootOf(to, roots)) continue;
    const key = `${from}\n${to}`;
    if (!edges.has(key)) edges.set(key, { from, to, example: imp });
  }
  return [...edges.values()];
}

function rootOf(node: string, roots: readonly string[]): string | undefined {
  return roots.find((r) => node.startsWith(r.endsWith('/') ? r : `${r}/`));
}

/** A folder import accepted for now although it closes a cycle, with its reason. */
export interface KnownEdge {
  from: string;
  to: string;
  why: string;
}

/**
 * The edges without the known ones, and the known entries that are stale: no such import any more, or it no
 * longer closes a cycle (nothing leads back from its target to its source).
 */
export function withoutKnownEdges(edges: readonly FolderEdge[], known: readonly KnownEdge[]): { kept: FolderEdge[]; stale: KnownEdge[] } {
  const isKnown = (e: FolderEdge) => known.some((k) => k.from === e.from && k.to === e.to);
  const stale = known.filter((k) => !edges.some((e) => e.from === k.from && e.to === k.to) || !shortestPath(adjacency(edges), k.to, k.from));
  return { kept: edges.filter((e) => !isKnown(e)), stale };
}

/** Strongly connected components with more than one node (Tarjan), each sorted, in a stable order. */
export function stronglyConnected(edges: readonly FolderEdge[]): string[][] {
  const next = adjacency(edges);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) components.push(component.sort());
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) visit(v);
  return components.sort((a, b) => a[0].localeCompare(b[0]));
}

/**
 * The folder cycles to report: for every edge u→v inside a strongly connected component, the shortest way back
 * from v to u closes a loop through that edge. Every edge that takes part in some cycle is thus shown in at
 * least one, without enumerating every elementary cycle (which can explode). Loops are rotated to start at
 * their smallest node and reported once.
 */
export function findFolderCycles(edges: readonly FolderEdge[]): FolderCycle[] {
  const byPair = new Map(edges.map((e) => [`${e.from}\n${e.to}`, e]));
  const cycles = new Map<string, FolderCycle>();
  for (const component of stronglyConnected(edges)) {
    const inside = new Set(component);
    const local = edges.filter((e) => inside.has(e.from) && inside.has(e.to));
    const next = adjacency(local);
    for (const edge of local) {
      const back = shortestPath(next, edge.to, edge.from);
      if (!back) continue;
      const loop = rotate([edge.from, ...back.slice(0, -1)]);
      const key = loop.join('\n');
      if (cycles.has(key)) continue;
      const loopEdges = loop.map((node, i) => byPair.get(`${node}\n${loop[(i + 1) % loop.length]}`)!);
      cycles.set(key, { nodes: loop, edges: loopEdges });
    }
  }
  return [...cycles.values()].sort((a, b) => a.nodes.length - b.nodes.length || a.nodes.join().localeCompare(b.nodes.join()));
}

/** The report of one cycle: the loop, then one import per edge. */
export function describeCycle(cycle: FolderCycle): string {
  const loop = [...cycle.nodes, cycle.nodes[0]].join(' → ');
  const lines = cycle.edges.map((e) => `    ${e.from} → ${e.to}: ${e.example.from} imports ${e.example.to}`);
  return [`  ${loop}`, ...lines].join('\n');
}

function adjacency(edges: readonly FolderEdge[]): Map<string, string[]> {
  const next = new Map<string, string[]>();
  for (const e of edges) {
    if (!next.has(e.from)) next.set(e.from, []);
    if (!next.has(e.to)) next.set(e.to, []);
    next.get(e.from)!.push(e.to);
  }
  for (const list of next.values()) list.sort();
  return next;
}

/** The nodes of a shortest path from `start` to `goal`, both included, or null if there is none. */
function shortestPath(next: Map<string, string[]>, start: string, goal: string): string[] | null {
  const cameFrom = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    if (v === goal) {
      const path: string[] = [];
      for (let at: string | null = v; at !== null; at = cameFrom.get(at)!) path.unshift(at);
      return path;
    }
    for (const w of next.get(v) ?? []) {
      if (cameFrom.has(w)) continue;
      cameFrom.set(w, v);
      queue.push(w);
    }
  }
  return null;
}

function rotate(loop: string[]): string[] {
  let smallest = 0;
  for (let i = 1; i < loop.length; i++) if (loop[i] < loop[smallest]) smallest = i;
  return [...loop.slice(smallest), ...loop.slice(0, smallest)];
}
