// One Lighthouse run: a fresh Debian Chromium (its own profile, so a cold cache), Lighthouse's default mobile
// preset (a Moto G Power's screen, simulated slow 4G and a 4× slower CPU), performance and accessibility.
import * as fs from 'node:fs';

/** What each run reports; all times in ms, transfer sizes in bytes as they crossed the wire (compressed). */
export interface RunFigures {
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  scriptBytes: number;
  scriptRequests: number;
  totalBytes: number;
  lcpElement: string | null;
  scripts: { url: string; transferBytes: number; resourceBytes: number }[];
  /** Scored audits of either category that did not pass, with what they say (for the report and for fixing). */
  flagged: { category: string; id: string; score: number | null; value: string }[];
  warnings: string[];
  benchmarkIndex: number;
  lighthouseVersion: string;
}

/** The browser flags this machine needs (root, no GPU, no network of its own): /work/shared/ENVIRONMENT.md. */
export const CHROMIUM_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
];

export async function lighthouseRun(url: string, chromePath: string): Promise<{ figures: RunFigures; report: unknown }> {
  if (!fs.existsSync(chromePath)) throw new Error(`no Chromium at ${chromePath} (set CHROME_PATH)`);
  // Both packages are ES modules only.
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
    if (!result) throw new Error('Lighthouse returned no result');
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    return { figures: figuresOf(lhr), report: lhr };
  } finally {
    await chrome.kill();
  }
}

type Lhr = import('lighthouse', { with: { 'resolution-mode': 'import' } }).Result;

function figuresOf(lhr: Lhr): RunFigures {
  const audit = (id: string) => lhr.audits[id];
  const value = (id: string) => Number(audit(id)?.numericValue ?? Number.NaN);
  const summary = (audit('resource-summary')?.details as { items?: { resourceType: string; transferSize: number; requestCount: number }[] } | undefined)?.items ?? [];
  const script = summary.find((i) => i.resourceType === 'script');
  const total = summary.find((i) => i.resourceType === 'total');
  const requests = (audit('network-requests')?.details as { items?: { url: string; resourceType?: string; transferSize?: number; resourceSize?: number }[] } | undefined)?.items ?? [];
  const lcpItems = (audit('largest-contentful-paint-element')?.details as { items?: { items?: { node?: { snippet?: string } }[] }[] } | undefined)?.items ?? [];
  const flagged: RunFigures['flagged'] = [];
  for (const category of ['performance', 'accessibility'] as const) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const a = audit(ref.id);
      if (!a || a.score === null || a.score >= 0.9 || a.scoreDisplayMode === 'notApplicable' || a.scoreDisplayMode === 'informative') continue;
      flagged.push({ category, id: ref.id, score: a.score, value: a.displayValue ?? a.title });
    }
  }
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    fcpMs: value('first-contentful-paint'),
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    speedIndexMs: value('speed-index'),
    scriptBytes: script?.transferSize ?? 0,
    scriptRequests: script?.requestCount ?? 0,
    totalBytes: total?.transferSize ?? 0,
    lcpElement: lcpItems[0]?.items?.[0]?.node?.snippet ?? null,
    scripts: requests
      .filter((r) => r.resourceType === 'Script')
      .map((r) => ({ url: r.url, transferBytes: r.transferSize ?? 0, resourceBytes: r.resourceSize ?? 0 })),
    flagged,
    warnings: lhr.runWarnings,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    lighthouseVersion: lhr.lighthouseVersion,
  };
}
