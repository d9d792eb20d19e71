import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const REPO = path.resolve(__dirname, '..', '..');

export interface Ran { code: number | null; stdout: string; stderr: string; ms: number }

/**
 * Runs a command to its end (killing its whole process group after `timeoutMs`). The environment is this
 * process's with `env` applied (undefined removes a variable), minus NODE_TEST_CONTEXT, which node:test sets in its children and which would make a nested
 * `node --test` talk to us instead of reporting.
 */
export function run(command: string, args: string[], options: { cwd?: string; env?: Record<string, string | undefined>; timeoutMs?: number } = {}): Promise<Ran> {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  delete env.NODE_TEST_CONTEXT;
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd ?? REPO, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      stderr += `\n[support] killed after ${options.timeoutMs} ms`;
      try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ }
    }, options.timeoutMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed when this test file's process exits. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `dmh-${prefix}-`));
  made.push(dir);
  return dir;
}

/**
 * A throwaway copy of this working tree (sources, build outputs and build info with their times, so the
 * build stays incremental), sharing the installed packages read-only: its node_modules holds a link to
 * each of ours, except the workspace links (@dmh/*), which point into the copy. Nothing the copy does can
 * write into this repository.
 */
export async function copyOfRepo(): Promise<string> {
  const dir = tempDir('repo-copy');
  const tar = await run('bash', ['-c', `tar --exclude=./.git --exclude='node_modules' -cf - . | tar -xf - -C '${dir}'`]);
  if (tar.code !== 0) throw new Error(`copying the repository failed: ${tar.stderr}`);
  const modules = path.join(REPO, 'node_modules');
  fs.mkdirSync(path.join(dir, 'node_modules'));
  for (const entry of fs.readdirSync(modules)) {
    if (entry === '@dmh' || entry === '.dmh-lock-stamp') continue;
    fs.symlinkSync(path.join(modules, entry), path.join(dir, 'node_modules', entry));
  }
  fs.copyFileSync(path.join(modules, '.dmh-lock-stamp'), path.join(dir, 'node_modules', '.dmh-lock-stamp'));
  fs.mkdirSync(path.join(dir, 'node_modules', '@dmh'));
  for (const workspace of fs.readdirSync(path.join(modules, '@dmh'))) {
    fs.symlinkSync(path.join('..', '..', workspace), path.join(dir, 'node_modules', '@dmh', workspace));
  }
  const { workspaces } = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { workspaces: string[] };
  for (const workspace of workspaces) {
    const own = path.join(REPO, workspace, 'node_modules');
    if (fs.existsSync(own)) fs.symlinkSync(own, path.join(dir, workspace, 'node_modules'));
  }
  return dir;
}
