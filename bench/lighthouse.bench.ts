// `npm run bench:lighthouse`: issue 12's numbers for the consumer app's campaign page, measured by Lighthouse
// (its default mobile preset: simulated slow 4G, 4× CPU slowdown) in Debian's Chromium against the real stack
// (the test stack on the bench's own databases, then the H5 server as `npm start` serves h5-ionic/www).
// Three runs, each in a fresh browser; prints each run and the median with its range, writes
// bench/results/lighthouse-<time>.json (the summary) and lighthouse-<time>.run<N>.report.json (Lighthouse's
// reports), and exits 1 when a median misses a goal: performance ≥ 90, accessibility ≥ 95, JavaScript on
// first load ≤ 250 kB compressed.
//   BENCH_RUNS=3             how many runs
//   CHROME_PATH=/usr/bin/chromium
// The stack uses the ports of `npm start` / `npm test`: in this workplace run it under flock /tmp/dmh/stack.lock.
import './bench-env';
import { execSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Stack } from '../scripts/stack/stack';
import { startTestStack, stopTestStack } from '../tests/integration/support/test-stack';
import { measuredCampaign, type MeasuredCampaign } from './lighthouse/campaign';
import { lighthouseRun, type RunFigures } from './lighthouse/run';
import { GOALS, summarise, summaryTable } from './lighthouse/summary';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const RESULTS = path.join(__dirname, 'results');

const log = (line: string) => console.log(`[lighthouse] ${line}`);

function git(args: string): string {
  try {
    return execSync(`git ${args}`, { cwd: __dirname, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<number> {
  const started = new Date();
  const stamp = started.toISOString().replace(/[:.]/g, '-');
  if (!fs.existsSync(path.join(__dirname, '..', 'h5-ionic', 'www', 'index.html'))) throw new Error('h5-ionic/www is not built: run bash scripts/bootstrap.sh');
  let stack: Stack | undefined;
  let campaign: MeasuredCampaign | undefined;
  try {
    log('starting the stack and the H5 server …');
    stack = await startTestStack();
    await stack.startH5();
    campaign = await measuredCampaign();
    const url = `${stack.urls.h5}${campaign.path}`;
    log(`measuring ${url} (banner ${campaign.bannerBytes} bytes), ${RUNS} runs`);
    const runs: RunFigures[] = [];
    fs.mkdirSync(RESULTS, { recursive: true });
    for (let i = 1; i <= RUNS; i++) {
      const { figures, report } = await lighthouseRun(url, CHROME_PATH);
      runs.push(figures);
      fs.writeFileSync(path.join(RESULTS, `lighthouse-${stamp}.run${i}.report.json`), JSON.stringify(report));
      log(`run ${i}: performance ${figures.performance}, accessibility ${figures.accessibility}, LCP ${Math.round(figures.lcpMs)} ms, TBT ${Math.round(figures.tbtMs)} ms, CLS ${figures.cls.toFixed(3)}, JavaScript ${(figures.scriptBytes / 1000).toFixed(1)} kB in ${figures.scriptRequests} requests`);
      for (const w of figures.warnings) log(`  warning: ${w}`);
    }
    const summary = summarise(runs);
    const last = runs[runs.length - 1]!;
    console.log(`\n${summaryTable(summary)}\n`);
    console.log(`LCP element: ${last.lcpElement ?? '—'}`);
    console.log('flagged by Lighthouse (last run):');
    for (const f of last.flagged) console.log(`  ${f.category} ${f.id} (score ${f.score}): ${f.value}`);
    console.log('scripts (last run, bytes on the wire / unpacked):');
    for (const s of last.scripts) console.log(`  ${s.transferBytes} / ${s.resourceBytes}  ${s.url.replace(stack.urls.h5!, '')}`);
    const file = path.join(RESULTS, `lighthouse-${stamp}.json`);
    const record = {
      started: started.toISOString(),
      commit: git('rev-parse --short HEAD'),
      dirty: git('status --porcelain -- h5-ionic/src h5-ionic/angular.json scripts/stack') !== '',
      page: campaign.path.replace(campaign.campaignId, '<campaignId>').replace(campaign.distributorId, '<distributorId>'),
      lighthouse: last.lighthouseVersion,
      chromium: CHROME_PATH,
      preset: 'Lighthouse default (mobile: moto g power screen, simulated slow 4G 150 ms RTT 1.6 Mbps, CPU 4× slower)',
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadavg: os.loadavg() },
      goals: GOALS,
      summary,
      runs,
    };
    fs.writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
    log(`${path.relative(process.cwd(), file)} written; goals ${summary.met ? 'met' : 'NOT met'}`);
    return summary.met ? 0 : 1;
  } finally {
    campaign?.imageHost.close();
    await stopTestStack(stack);
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(2);
  },
);
