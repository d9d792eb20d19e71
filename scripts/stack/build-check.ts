// `up` runs compiled code: if an entry point is missing or older than its workspace's sources,
// build the workspaces first (npm run build) so nobody debugs yesterday's JavaScript.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { APPS } from './apps';
import type { StackConfig } from './config';
import { MIGRATE_CLI, SEED_CLI } from './db-steps';

function newestMtime(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const t = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

/** Entry points that are missing or older than their workspace's src/. */
export function staleEntries(cfg: StackConfig): string[] {
  const entries = [...APPS.map((a) => a.entry), MIGRATE_CLI, SEED_CLI];
  return entries.filter((rel) => {
    const file = path.join(cfg.repoRoot, rel);
    if (!fs.existsSync(file)) return true;
    const workspace = rel.split('/')[0] ?? '';
    const built = fs.statSync(file).mtimeMs;
    return newestMtime(path.join(cfg.repoRoot, workspace, 'src')) > built || newestMtime(path.join(cfg.repoRoot, 'shared', 'src')) > built;
  });
}

export async function buildIfStale(cfg: StackConfig, log: (line: string) => void): Promise<void> {
  const stale = staleEntries(cfg);
  if (stale.length === 0) return;
  log(`building (missing or out of date: ${stale.join(', ')})`);
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn('npm', ['run', 'build'], { cwd: cfg.repoRoot, stdio: 'inherit', env: cfg.baseEnv });
    child.on('exit', (c) => resolve(c));
    child.on('error', () => resolve(127));
  });
  if (code !== 0) throw new Error(`npm run build failed (exit ${code})`);
  const still = staleEntries(cfg);
  if (still.length > 0) throw new Error(`the build did not produce: ${still.join(', ')}`);
}
