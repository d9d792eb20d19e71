import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * BENCH_BASELINE=<git rev>: that revision of DMH, checked out in a git worktree OUTSIDE this repository
 * (~/.cache/dmh/bench-baseline/<full sha>, or under BENCH_BASELINE_CACHE), with its own `npm ci` and build
 * (`tsc -b shared api actors sync`). Both are done once: a stamp file records the sha and the lock file's
 * hash, and a later invocation reuses the tree as it is. Only the system under test comes from there (its
 * apps' dist, components/, dapr/, scripts/stack and its own invariants); the driver is this checkout's.
 */
const REPO_ROOT = path.resolve(__dirname, '..', '..');
const STAMP = '.dmh-bench-baseline';

const git = (args: string[], cwd = REPO_ROOT) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

export interface BaselineTree {
  rev: string;
  sha: string;
  root: string;
  subject: string;
}

function run(command: string, args: string[], cwd: string, log: (line: string) => void): void {
  log(`  ${command} ${args.join(' ')} (in ${cwd})`);
  execFileSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NODE_ENV: 'development' } });
}

export function prepareBaseline(rev: string, log: (line: string) => void): BaselineTree {
  let sha: string;
  try {
    sha = git(['rev-parse', '--verify', `${rev}^{commit}`]);
  } catch {
    throw new Error(`BENCH_BASELINE=${rev} is not a commit of this repository`);
  }
  const cache = process.env.BENCH_BASELINE_CACHE ?? path.join(os.homedir(), '.cache', 'dmh', 'bench-baseline');
  const root = path.join(cache, sha);
  const subject = git(['log', '-1', '--format=%s', sha]);
  const valid = fs.existsSync(path.join(root, '.git')) && (() => {
    try {
      return git(['rev-parse', 'HEAD'], root) === sha;
    } catch {
      return false;
    }
  })();
  if (!valid) {
    log(`baseline ${rev}: checking out ${sha} in ${root} …`);
    fs.rmSync(root, { recursive: true, force: true });
    git(['worktree', 'prune']);
    fs.mkdirSync(cache, { recursive: true });
    git(['worktree', 'add', '--detach', root, sha]);
  }
  const lock = createHash('sha256').update(fs.readFileSync(path.join(root, 'package-lock.json'))).digest('hex');
  const want = `${sha} ${lock}`;
  const stampFile = path.join(root, STAMP);
  if (!fs.existsSync(stampFile) || fs.readFileSync(stampFile, 'utf8').trim() !== want) {
    log(`baseline ${rev}: npm ci and build in ${root} (once; reused afterwards) …`);
    if (!fs.existsSync(path.join(root, 'node_modules', '.package-lock.json'))) run('npm', ['ci', '--no-audit', '--no-fund'], root, log);
    // The runtime workspaces that revision has (the WeChat Pay sandbox became one of its own after 9d41a85).
    const workspaces = RUNTIME_WORKSPACES.filter((dir) => fs.existsSync(path.join(root, dir, 'tsconfig.json')));
    run('npx', ['--no-install', 'tsc', '-b', ...workspaces], root, log);
    fs.writeFileSync(stampFile, `${want}\n`);
  } else {
    log(`baseline ${rev}: reusing ${root} (built)`);
  }
  return { rev, sha, root, subject };
}

/** What a revision's stack runs from its dist/ folders, where the revision has them. */
const RUNTIME_WORKSPACES = ['shared', 'api', 'actors', 'sync', 'wechatpay-sandbox'];

/** This checkout, described like a baseline (its HEAD, and whether the tree has uncommitted changes). */
export function currentTree(): BaselineTree & { dirty: boolean } {
  const sha = git(['rev-parse', 'HEAD']);
  const dirty = git(['status', '--porcelain', '--untracked-files=no']).length > 0;
  return { rev: 'HEAD', sha, root: REPO_ROOT, subject: git(['log', '-1', '--format=%s', sha]), dirty };
}
