/**
 * `npm run lint:layers`, part two: no folder of a process imports a folder that imports it back, directly or
 * through a longer loop (dependency-cruiser's `circular` rule sees module cycles only). The module graph
 * comes from dependency-cruiser's `cruise` API with the options of .dependency-cruiser.cjs; the folder graph
 * and its cycles from ./folder-graph.ts. Exits 1 and prints each cycle with one import per edge.
 *
 *   node --import tsx scripts/layers/folder-cycles.ts
 */
import * as path from 'node:path';
import type { ICruiseOptions, IReporterOutput } from 'dependency-cruiser' with { 'resolution-mode': 'import' };
import { describeCycle, type FolderEdge, findFolderCycles, folderEdges, type ModuleImport } from './folder-graph';

const REPO = path.resolve(__dirname, '..', '..');
/** The trees whose folders must not import each other in a loop: each process's source. */
export const FOLDER_ROOTS = ['api/src', 'actors/src', 'sync/src'];

/**
 * Folder imports that close cycles which existed before this check and lie off the paid-order path, each
 * with what is wrong; the lead decides how to break them. Left out of the graph so the check catches every
 * new cycle meanwhile; printed on every run, and an entry that no longer matches an import fails the check.
 */
export const KNOWN_CYCLE_EDGES: { from: string; to: string; why: string }[] = [
  { from: 'api/src/payments', to: 'api/src/refunds', why: 'the payment sandbox server hosts the refund sandbox: goes when the sandboxes become a workspace of their own (issue 13)' },
];

/**
 * The graph without the known edges, and the known entries that are stale: no such import any more, or the
 * import no longer closes a cycle (nothing leads back from its target to its source).
 */
export function withoutKnownEdges(edges: readonly FolderEdge[]): { kept: FolderEdge[]; stale: typeof KNOWN_CYCLE_EDGES } {
  const known = (e: { from: string; to: string }) => KNOWN_CYCLE_EDGES.some((k) => k.from === e.from && k.to === e.to);
  const stale = KNOWN_CYCLE_EDGES.filter((k) => !edges.some((e) => e.from === k.from && e.to === k.to) || !reaches(edges, k.to, k.from));
  return { kept: edges.filter((e) => !known(e)), stale };
}

function reaches(edges: readonly FolderEdge[], from: string, to: string): boolean {
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length > 0) {
    const v = queue.shift()!;
    if (v === to) return true;
    for (const e of edges) if (e.from === v && !seen.has(e.to)) (seen.add(e.to), queue.push(e.to));
  }
  return false;
}

export async function moduleImports(): Promise<ModuleImport[]> {
  const config = require(path.join(REPO, '.dependency-cruiser.cjs')) as { options: ICruiseOptions };
  const { tsConfig, ...options } = config.options as ICruiseOptions & { tsConfig?: { fileName: string } };
  const tsConfigFile = path.join(REPO, tsConfig?.fileName ?? 'tsconfig.base.json');
  // dependency-cruiser is an ES module only; this script is CommonJS (the repository's packages are).
  const { cruise } = await import('dependency-cruiser');
  const { default: extractTSConfig } = await import('dependency-cruiser/config-utl/extract-ts-config');
  const cwd = process.cwd();
  process.chdir(REPO);
  let output: IReporterOutput;
  try {
    output = await cruise(FOLDER_ROOTS, { ...options, ruleSet: undefined, validate: false, outputType: 'json' } as ICruiseOptions, undefined, {
      tsConfig: extractTSConfig(tsConfigFile),
    });
  } finally {
    process.chdir(cwd);
  }
  const result = typeof output.output === 'string' ? JSON.parse(output.output) : output.output;
  const imports: ModuleImport[] = [];
  for (const module of result.modules as { source: string; dependencies: { resolved: string; couldNotResolve: boolean }[] }[]) {
    // A spec may reach into another folder to build its fixture; that is not a dependency of the product.
    if (isSpec(module.source)) continue;
    for (const dep of module.dependencies) if (!dep.couldNotResolve) imports.push({ from: module.source, to: dep.resolved });
  }
  return imports;
}

export function isSpec(file: string): boolean {
  return /\.(spec|test)\.ts$/.test(file);
}

async function main(): Promise<void> {
  const { kept, stale } = withoutKnownEdges(folderEdges(await moduleImports(), FOLDER_ROOTS));
  for (const k of KNOWN_CYCLE_EDGES.filter((e) => !stale.includes(e))) console.warn(`folder cycles: known, to break: ${k.from} → ${k.to} (${k.why})`);
  const cycles = findFolderCycles(kept);
  for (const k of stale) console.error(`folder cycles: stale KNOWN_CYCLE_EDGES entry ${k.from} → ${k.to}: no such import any more, or it closes no cycle now; delete the entry`);
  if (cycles.length === 0 && stale.length === 0) {
    console.log(`folder cycles: none in ${FOLDER_ROOTS.join(', ')}`);
    return;
  }
  if (cycles.length > 0) {
    console.error(`folder cycles: ${cycles.length} loop(s) of folders importing each other (a folder must not import one that imports it back):`);
    for (const cycle of cycles) console.error(describeCycle(cycle));
  }
  process.exitCode = 1;
}

if (require.main === module) void main();
