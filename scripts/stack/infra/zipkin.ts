// The trace store of the local stack when tracing is on: Zipkin's server (its executable jar from Maven
// Central, cached by scripts/zipkin-ensure.sh), in memory, on 127.0.0.1 and the `zipkin` port. Its UI is at
// /zipkin/, its API at /api/v2/. A Zipkin already answering on that port is used as it is (not ours to stop).
import * as path from 'node:path';
import { logFile, type StackConfig } from '../config';
import { processEnv } from '../env';
import { httpStatus, waitUntil } from '../probes';
import type { Supervisor } from '../supervisor';
import { zipkinUrl } from '../tracing';

export const ZIPKIN = 'zipkin';

/** The jar: $DMH_ZIPKIN_JAR, else what scripts/zipkin-ensure.sh prints (fetched once, then cached). */
async function zipkinJar(cfg: StackConfig, sup: Supervisor): Promise<string> {
  if (cfg.baseEnv.DMH_ZIPKIN_JAR) return cfg.baseEnv.DMH_ZIPKIN_JAR;
  const out = await sup.runOnce(
    { name: 'zipkin-ensure', command: 'bash', args: [path.join(cfg.repoRoot, 'scripts', 'zipkin-ensure.sh')], env: processEnv(cfg), cwd: cfg.repoRoot },
    10 * 60_000,
  );
  return out.trim().split('\n').pop() ?? '';
}

const healthy = async (cfg: StackConfig): Promise<boolean> => (await httpStatus(`${zipkinUrl(cfg)}/health`).catch(() => 0)) === 200;

/** Starts Zipkin unless one answers already; resolves when it takes spans. 'reused' means it is not ours. */
export async function startZipkin(cfg: StackConfig, sup: Supervisor): Promise<'reused' | 'started'> {
  if (sup.isRunning(ZIPKIN)) return 'started';
  if (await healthy(cfg)) return 'reused';
  const jar = await zipkinJar(cfg, sup);
  const proc = sup.start({
    name: ZIPKIN,
    command: 'java',
    args: [
      // A small heap and the quick JIT tier: it holds a local session's traces and starts in about 5 s here.
      '-Xms64m', '-Xmx256m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1',
      '-jar', jar,
      `--armeria.ports[0].port=${cfg.ports.zipkin}`, '--armeria.ports[0].ip=127.0.0.1', '--armeria.ports[0].protocols=http',
      '--zipkin.storage.type=mem', '--zipkin.storage.mem.max-spans=100000',
      '--logging.level.root=WARN',
    ],
    env: processEnv(cfg),
    cwd: cfg.stateDir,
  });
  await waitZipkin(cfg, proc.exited);
  return 'started';
}

export function waitZipkin(cfg: StackConfig, exited?: Promise<{ code: number | null; signal: NodeJS.Signals | null }>): Promise<void> {
  return waitUntil(() => healthy(cfg), { what: 'Zipkin', timeoutMs: cfg.readyTimeoutMs, logFile: logFile(cfg, ZIPKIN), exited });
}
