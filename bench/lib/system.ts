import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Stack } from '../../scripts/stack/stack';
import { closeDb } from '../../tests/integration/support/db';
import { closeExternalDb } from '../../tests/integration/support/external-db';
import { resetState } from '../../tests/integration/support/test-stack';
import type { BaselineTree } from './baseline';

/**
 * The system under test: a checkout of DMH (this one, or a baseline revision's worktree) whose stack
 * launcher (scripts/stack), built apps, Dapr components and configuration, and own invariants
 * (tests/integration/support/invariants.ts: what "settled" and "consistent" mean for THAT schema) are
 * loaded from its root through tsx. Everything else (data set-up, load, measurement) is this checkout's.
 */
export interface SystemUnderTest {
  label: 'baseline' | 'current';
  tree: BaselineTree;
}

export interface RunningSystem {
  stack: Stack;
  settled: () => Promise<boolean>;
  assertInvariants: () => Promise<void>;
  stop: () => Promise<void>;
}

/** `import()` of a TypeScript file through tsx: CommonJS modules come back as `default` as well. */
async function load<T>(root: string, rel: string): Promise<T> {
  const mod: any = await import(path.join(root, rel));
  return (mod.default && typeof mod.default === 'object' ? { ...mod.default, ...mod } : mod) as T;
}

export async function startSystem(sut: SystemUnderTest, env: Record<string, string>): Promise<RunningSystem> {
  const { Stack: SutStack } = await load<{ Stack: new (o: { env: Record<string, string> }) => Stack }>(sut.tree.root, 'scripts/stack/stack.ts');
  const support = await load<{ settled: () => Promise<boolean>; assertInvariants: () => Promise<void> }>(sut.tree.root, 'tests/integration/support/invariants.ts');
  const pools = await Promise.all([
    load<{ closeDb: () => Promise<void> }>(sut.tree.root, 'tests/integration/support/db.ts'),
    load<{ closeExternalDb: () => Promise<void> }>(sut.tree.root, 'tests/integration/support/external-db.ts'),
  ]);
  // Tracing stays off whatever the shell says (DMH_TRACING): the bench measures the product, not its tracing.
  const stack = new SutStack({ env: { ...env, DMH_TRACING: '0' } });
  const stop = async () => {
    // This checkout's pools and the system's own (the same functions when the system is this checkout), one at a time.
    for (const close of new Set([closeDb, closeExternalDb, pools[0].closeDb, pools[1].closeExternalDb])) {
      await close().catch((err) => console.error('[bench] closing a pool:', (err as Error).message));
    }
    await stack.stop();
  };
  try {
    await stack.startInfra();
    await resetState(stack);
    // Dapr's scheduler keeps its jobs in etcd under the state directory, which both systems share: the jobs one
    // revision's API scheduled (its expiry sweep, each order's payment watch) would otherwise fire at the other's
    // API (9d41a85 has no job routes: a 404 and an error line in its sidecar's log every minute). The scheduler
    // is not running yet here; each system's API schedules its own recurring jobs at start.
    fs.rmSync(path.join(stack.cfg.stateDir, 'scheduler'), { recursive: true, force: true });
    await stack.start();
  } catch (err) {
    await stop().catch(() => undefined);
    throw err;
  }
  return { stack, settled: support.settled, assertInvariants: support.assertInvariants, stop };
}
