import * as fs from 'node:fs';
import { DAPRD_PROFILE_PORT_OFFSET } from '../../scripts/stack/dapr';
import { loadPorts } from '../../scripts/stack/ports';
import { groupMembers } from '../../scripts/stack/procfs';
import { PROCESS_NAMES, type ProcessName, type Stack } from '../../scripts/stack/stack';

/**
 * CPU time of every stack process (its whole process group: RabbitMQ's beam, daprd, node…) and of the
 * benchmark itself, read from /proc between two instants: where the machine's two cores went during a phase.
 */
const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function groupTicks(pgid: number): number {
  let ticks = 0;
  for (const pid of groupMembers(pgid)) {
    try {
      const rest = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(rest[11]) + Number(rest[12]); // utime, stime (fields 14 and 15)
    } catch {
      // gone meanwhile
    }
  }
  return ticks;
}

export type CpuSnapshot = Map<string, number>;

export function cpuSnapshot(stack: Stack): CpuSnapshot {
  const snap: CpuSnapshot = new Map();
  for (const name of PROCESS_NAMES as readonly ProcessName[]) {
    const pid = stack.pid(name);
    if (pid !== null) snap.set(name, groupTicks(pid) / TICKS_PER_SECOND);
  }
  const own = process.cpuUsage();
  snap.set('bench client', (own.user + own.system) / 1e6);
  return snap;
}

/** CPU seconds per process between two snapshots, and each as a share of the machine (all cores) over `wallMs`. */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot, wallMs: number): { process: string; cpuSeconds: number; machinePct: number }[] {
  const cores = Math.max(1, (fs.readFileSync('/proc/cpuinfo', 'utf8').match(/^processor\s*:/gm) ?? []).length);
  return [...after.entries()]
    .map(([name, t]) => {
      const cpuSeconds = t - (before.get(name) ?? 0);
      return { process: name, cpuSeconds: Math.round(cpuSeconds * 100) / 100, machinePct: Math.round((cpuSeconds / (wallMs / 1000) / cores) * 1000) / 10 };
    })
    .filter((r) => r.cpuSeconds > 0)
    .sort((a, b) => b.cpuSeconds - a.cpuSeconds);
}

/** Total busy share of the machine over `wallMs` from /proc/stat (everything, not only the stack). */
export function machineBusy(): { busy: number; total: number } {
  const cpu = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
  const idle = cpu[3] + (cpu[4] ?? 0);
  const total = cpu.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

/**
 * BENCH_PROFILE=1: toggles the V8 CPU profiler of the Node apps (see bench/profiling/cpu-profile-preload.cjs).
 * Started with `seconds`, it also takes a Go CPU profile of each first-instance sidecar over that time (daprd's
 * pprof, DAPRD_PROFILING=1: metrics port + DAPRD_PROFILE_PORT_OFFSET) into the same directory, as
 * `<sidecar>-<time>.pprof`: read it with `go tool pprof -top <daprd binary> <file>`.
 */
export function toggleProfilers(stack: Stack, seconds?: number): void {
  if (process.env.BENCH_PROFILE !== '1') return;
  for (const name of ['api', 'actors', 'sync'] as const) {
    const pid = stack.pid(name);
    if (pid !== null) process.kill(pid, 'SIGUSR2');
  }
  if (seconds !== undefined) void profileSidecars(Math.max(1, Math.round(seconds)));
}

async function profileSidecars(seconds: number): Promise<void> {
  const dir = process.env.BENCH_PROFILE_DIR || '/tmp/dmh-prof';
  const ports = loadPorts(process.env);
  const sidecars = { 'api-sidecar': ports.apiDaprMetrics, 'actors-sidecar': ports.actorsDaprMetrics, 'sync-sidecar': ports.syncDaprMetrics };
  const at = new Date().toISOString().replace(/[:.]/g, '-');
  await Promise.all(Object.entries(sidecars).map(async ([name, metrics]) => {
    try {
      const answer = await fetch(`http://127.0.0.1:${metrics + DAPRD_PROFILE_PORT_OFFSET}/debug/pprof/profile?seconds=${seconds}`);
      if (!answer.ok) throw new Error(`HTTP ${answer.status}`);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(`${dir}/${name}-${at}.pprof`, Buffer.from(await answer.arrayBuffer()));
    } catch (err) {
      console.error(`[bench] no Go profile of ${name}: ${(err as Error).message}`);
    }
  }));
}
