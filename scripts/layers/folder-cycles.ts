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
import { describeCycle, findFolderCycles, folderEdges, type KnownEdge, type ModuleImport, withoutKnownEdges } from './folder-graph';

const REPO = path.resolve(__dirname, '..', '..');
/** The trees whose folders must not import each other in a loop: each process's source. */
export const FOLDER_ROOTS = ['api/src', 'actors/src', 'sync/src', 'wechatpay-sandbox/src'];

/**
 * Folder imports that close a cycle which existed before this check and which other work is removing, each
 * with its reason. Left out of the graph so the check catches every new cycle meanwhile; printed on every run;
 * an entry whose import is gone, or no longer closes a cycle, fails the check (delete it).
 */
export const KNOWN_CYCLE_EDGES: KnownEdge[] = [];

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
  const { kept, stale } = withoutKnownEdges(folderEdges(await moduleImports(), FOLDER_ROOTS), KNOWN_CYCLE_EDGES);
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

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(`folder cycles: ${(err as Error).stack ?? String(err)}`);
    process.exitCode = 1;
  });
}
