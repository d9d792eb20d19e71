// `npm run bench` (builds, then runs this): the settlement benchmark of issues 5 and 13 on the real local
// stack (its own databases dmh_bench / dmh_bench_external), in production settings. With
// BENCH_BASELINE=<git rev> it runs that revision's stack through the same phases with the same driver, one
// after the other on this machine, and prints each figure side by side with the ratio current / baseline.
// Every knob: bench/lib/options.ts and bench/README.md.
import './bench-env';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { currentTree, prepareBaseline } from './lib/baseline';
import { combine, comparisonTable, headlines } from './lib/compare';
import { benchOptions } from './lib/options';
import { report } from './lib/report';
import { stackSettings } from './lib/settings';
import type { SystemUnderTest } from './lib/system';
import { BEHIND_P99_MS } from './phases/spread';
import { runSystem, type SystemRun } from './run-system';

const t0 = Date.now();
const log = (line: string) => console.log(`[bench +${Math.round((Date.now() - t0) / 1000)}s] ${line}`);

async function main(): Promise<void> {
  const started = new Date();
  const opts = benchOptions();
  const settings = stackSettings(log);
  log(`stack settings: production (NODE_ENV=production, LOG_LEVEL=info, DAPR_LOG_LEVEL=info); differences from docker-compose.yml:\n${settings.differences.map((d) => `         - ${d}`).join('\n')}`);
  const current: SystemUnderTest = { label: 'current', tree: currentTree() };
  if (opts.levels !== 3) log(`BENCH_LEVELS=${opts.levels}: every order of the fixed-rate phases pays ${opts.levels} level(s); the figures labelled 3-level are of these orders`);
  const baseline: SystemUnderTest | null = opts.baseline ? { label: 'baseline', tree: prepareBaseline(opts.baseline, log) } : null;
  if (baseline) log(`baseline ${baseline.tree.rev} = ${baseline.tree.sha} (${baseline.tree.subject})`);
  // The first checkout and build of a baseline take minutes: done alone, they need not hold the stack lock.
  if (process.env.BENCH_PREPARE_ONLY === '1') {
    log('BENCH_PREPARE_ONLY=1: the baseline is ready; nothing measured');
    return;
  }
  log(`current = ${current.tree.sha}${(current.tree as any).dirty ? ' with uncommitted changes' : ''} (${current.tree.subject})`);

  const dir = path.join(__dirname, 'results', `settlement-${started.toISOString().replace(/[:.]/g, '-')}`);
  fs.mkdirSync(dir, { recursive: true });
  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), kernel: os.release(), node: process.version };
  const options = { ...opts, phases: [...opts.phases], behindP99Ms: BEHIND_P99_MS };
  const runs: SystemRun[] = [];
  const previous: Record<string, number | null> = { baseline: null, current: null };
  const saturationOf = (run: SystemRun) => {
    const s = run.phases.find((p) => p.phase === 'saturation')?.saturationRate;
    return typeof s === 'number' && Number.isFinite(s) ? s : null;
  };
  for (let repeat = 1; repeat <= opts.repeats; repeat++) {
    let baselineSaturation: number | null = null;
    for (const sut of baseline ? [baseline, current] : [current]) {
      const run = await runSystem(sut, { opts, settings, repeat, baselineSaturation, previousSaturation: previous[sut.label], log });
      runs.push(run);
      if (sut.label === 'baseline') baselineSaturation = saturationOf(run);
      previous[sut.label] = saturationOf(run) ?? previous[sut.label];
      const file = path.join(dir, `${sut.label}-r${repeat}.json`);
      fs.writeFileSync(file, JSON.stringify({ ...run, headline: headlines(run), options, machine, stackDifferences: settings.differences }, null, 1));
      console.log(`\n${sut.label} (${sut.tree.sha.slice(0, 9)}), repeat ${repeat}:\n${report(run.phases)}\n`);
      log(`run: ${path.relative(process.cwd(), file)}`);
    }
  }

  // Another process on the machine takes cores from the system under test: say where it did.
  const disturbed = runs.flatMap((r) => r.phases
    .flatMap((p) => (p.steps ? p.steps.map((st: any) => ({ ...st, phase: `saturation step ${st.offeredRate}/s` })) : [p]))
    .filter((p) => p.otherBusyPct > 5)
    .map((p) => `${r.label} r${r.repeat} ${p.phase} (${p.otherBusyPct} %)`));
  const rows = combine(runs);
  const summary = {
    startedAt: started.toISOString(), finishedAt: new Date().toISOString(), options, machine, stackDifferences: settings.differences,
    baseline: baseline ? { rev: baseline.tree.rev, sha: baseline.tree.sha, subject: baseline.tree.subject } : null,
    current: { sha: current.tree.sha, subject: current.tree.subject, dirty: (current.tree as any).dirty },
    runs: runs.map((r) => ({ label: r.label, repeat: r.repeat, file: `${r.label}-r${r.repeat}.json`, failed: r.failed ? r.failed.split('\n')[0] : undefined })),
    figures: rows,
    disturbed,
  };
  const text = comparisonTable(rows, baseline !== null);
  fs.writeFileSync(path.join(dir, 'summary.json'), JSON.stringify(summary, null, 1));
  fs.writeFileSync(path.join(dir, 'summary.txt'), `${text}\n`);
  console.log(`\n${baseline ? `baseline ${baseline.tree.sha.slice(0, 9)} vs current ${current.tree.sha.slice(0, 9)}` : `current ${current.tree.sha.slice(0, 9)}`}, medians of ${opts.repeats} (min–max):\n${text}\n`);
  log(`results: ${path.relative(process.cwd(), dir)}/ (summary.json, summary.txt, one JSON per run)`);
  if (disturbed.length > 0) console.log(`[bench] other work took more than 5 % of the machine during: ${disturbed.join('; ')}`);
  const failed = runs.filter((r) => r.failed);
  if (failed.length > 0) console.error(`[bench] ${failed.length} run(s) failed: ${failed.map((r) => `${r.label} r${r.repeat}`).join(', ')}`);
  process.exit(failed.length > 0 ? 1 : 0);
}

main().catch((err) => {
  console.error('[bench] failed:', err);
  process.exit(1);
});
