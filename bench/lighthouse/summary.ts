// The three runs side by side, their median and range, against issue 12's goals.
import { table } from '../lib/stats';
import type { RunFigures } from './run';

export const GOALS = { performance: 90, accessibility: 95, scriptKb: 250 } as const;

const FIGURES = {
  performance: { label: 'performance score', goal: `≥ ${GOALS.performance}`, met: (v: number) => v >= GOALS.performance },
  accessibility: { label: 'accessibility score', goal: `≥ ${GOALS.accessibility}`, met: (v: number) => v >= GOALS.accessibility },
  lcpMs: { label: 'LCP (ms)', goal: '', met: null },
  tbtMs: { label: 'TBT (ms)', goal: '', met: null },
  cls: { label: 'CLS', goal: '', met: null },
  fcpMs: { label: 'FCP (ms)', goal: '', met: null },
  speedIndexMs: { label: 'Speed Index (ms)', goal: '', met: null },
  scriptKb: { label: 'JavaScript on first load (kB, compressed)', goal: `≤ ${GOALS.scriptKb}`, met: (v: number) => v <= GOALS.scriptKb },
} as const;
type Key = keyof typeof FIGURES;

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export interface Summary {
  runs: number;
  figures: Record<Key, Spread & { perRun: number[]; goal: string; met: boolean | null }>;
  met: boolean;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
/** kB as Lighthouse and Angular's budgets count them: 1 kB = 1000 bytes. */
const kb = (bytes: number) => round(bytes / 1000, 1);

export function summarise(runs: RunFigures[]): Summary {
  const values = (k: Key): number[] => runs.map((r) => (k === 'scriptKb' ? kb(r.scriptBytes) : k === 'cls' ? round(r[k], 3) : round(r[k], 0)));
  const figures = {} as Summary['figures'];
  for (const k of Object.keys(FIGURES) as Key[]) {
    const v = values(k);
    const m = median(v);
    const f = FIGURES[k];
    figures[k] = { median: k === 'cls' ? round(m, 3) : round(m, 1), min: Math.min(...v), max: Math.max(...v), perRun: v, goal: f.goal, met: f.met ? f.met(m) : null };
  }
  return { runs: runs.length, figures, met: Object.values(figures).every((f) => f.met !== false) };
}

export function summaryTable(s: Summary): string {
  const rows = (Object.keys(FIGURES) as Key[]).map((k) => {
    const f = s.figures[k];
    return [FIGURES[k].label, ...f.perRun.map(String), String(f.median), `${f.min}–${f.max}`, f.goal, f.met === null ? '' : f.met ? 'yes' : 'NO'];
  });
  return table(['figure', ...Array.from({ length: s.runs }, (_, i) => `run ${i + 1}`), 'median', 'range', 'goal', 'met?'], rows);
}
