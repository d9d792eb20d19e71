import type { SystemRun } from '../run-system';
import { median, round, table } from './stats';

/**
 * The headline figures of issue 13, read from one system's run. `behind` names the phase whose client fell
 * behind its schedule (the figure is then marked). Figures a run did not measure are absent.
 */
interface Figure {
  key: string;
  label: string;
  unit: string;
  /** Which way is better, for the reader (the ratio is always current / baseline). */
  better: 'lower' | 'higher';
  phase: (p: any) => boolean;
  value: (p: any) => number;
  /** Issue 13's goal for this figure: on the ratio (current / baseline of the medians) or on the current median. */
  goal?: { text: string; met: (ratio: number | null, current: number) => boolean };
}

const ratioAtMost = (r: number) => ({ text: `ratio ≤ ${r}`, met: (ratio: number | null) => ratio !== null && ratio <= r });
const ratioAtLeast = (r: number) => ({ text: `ratio ≥ ${r}`, met: (ratio: number | null) => ratio !== null && ratio >= r });
const atMost = (v: number, unit = '') => ({ text: `current ≤ ${v}${unit}`, met: (_: number | null, current: number) => current <= v });
const atLeast = (v: number, unit = '') => ({ text: `current ≥ ${v}${unit}`, met: (_: number | null, current: number) => current >= v });

const named = (prefix: string) => (p: any) => typeof p.phase === 'string' && p.phase.startsWith(prefix);
const hot = named('hot key');
const overloadAll = (p: any) => p.callbacks as number;

export const FIGURES: Figure[] = [
  { key: 'cpuRate', label: 'cpu phase: offered rate (half the baseline saturation)', unit: '/s', better: 'higher', phase: named('cpu'), value: (p) => p.offeredRate },
  { key: 'cpuPerOrderMs', label: 'CPU per paid 3-level order, all stack processes (cpu phase)', unit: 'ms', better: 'lower', phase: named('cpu'), value: (p) => p.cpuPerOrderMs, goal: ratioAtMost(0.45) },
  { key: 'cpuPerOrderNetMs', label: 'the same, less the idle stack\'s background CPU over that time', unit: 'ms', better: 'lower', phase: named('cpu'), value: (p) => p.cpuPerOrderNetMs },
  { key: 'cpuOthersPct', label: 'cpu phase: machine busy with neither the stack nor the client', unit: '%', better: 'lower', phase: named('cpu'), value: (p) => p.otherBusyPct },
  { key: 'saturationRate', label: 'saturation: paid orders credited per second (kept up)', unit: '/s', better: 'higher', phase: named('saturation'), value: (p) => p.saturationRate, goal: ratioAtLeast(2.2) },
  { key: 'cpuPerOrderMsAtSaturation', label: 'CPU per paid order at the saturation step', unit: 'ms', better: 'lower', phase: named('saturation'), value: (p) => p.cpuPerOrderMsAtSaturation },
  { key: 'maxCreditedRate', label: 'most credited per second in any saturation step', unit: '/s', better: 'higher', phase: named('saturation'), value: (p) => p.maxCreditedRate },
  { key: 'targetRate', label: 'target phase: offered rate (the baseline saturation)', unit: '/s', better: 'higher', phase: named('at the'), value: (p) => p.offeredRate },
  { key: 'targetRefused', label: 'target phase: refused (503) or failed', unit: '', better: 'lower', phase: named('at the'), value: (p) => p.shed + p.errors, goal: atMost(0) },
  { key: 'targetCreditP99', label: 'target phase: due → all rewards credited p99', unit: 'ms', better: 'lower', phase: named('at the'), value: (p) => p.creditLatencyMs.p99, goal: atMost(200, ' ms') },
  { key: 'targetSyncP99', label: 'target phase: sync lag p99', unit: 'ms', better: 'lower', phase: named('at the'), value: (p) => p.syncLagMs.p99, goal: atMost(1000, ' ms') },
  { key: 'overloadRate', label: 'overload phase: offered rate (2× own saturation)', unit: '/s', better: 'higher', phase: named('overload'), value: (p) => p.offeredRate },
  { key: 'overloadAnswerP99', label: 'overload phase: due → answer (any) p99', unit: 'ms', better: 'lower', phase: named('overload'), value: (p) => p.answerMs.p99, goal: atMost(1000, ' ms') },
  { key: 'overloadWithin1sPct', label: 'overload phase: answered within 1 s', unit: '%', better: 'higher', phase: named('overload'), value: (p) => round((p.answeredWithin1s / overloadAll(p)) * 100) },
  { key: 'overloadNoAnswer', label: 'overload phase: connection errors + timeouts', unit: '', better: 'lower', phase: named('overload'), value: (p) => p.connectionErrors + p.timeouts, goal: atMost(0) },
  { key: 'overloadRefused', label: 'overload phase: refused (503 + Retry-After)', unit: '', better: 'lower', phase: named('overload'), value: (p) => p.shed },
  { key: 'hotEndToEnd', label: 'hot key end to end: credits/s', unit: '/s', better: 'higher', phase: hot, value: (p) => p.endToEnd.creditsPerSecond },
  { key: 'hotEndToEndOverSeed', label: "hot key end to end / the seed's optimistic lock (same run)", unit: '×', better: 'higher', phase: hot, value: (p) => p.endToEndOverBaseline, goal: atLeast(10, '×') },
  { key: 'hotActorStep', label: 'hot key credit step alone (actor path, batched): credits/s', unit: '/s', better: 'higher', phase: hot, value: (p) => p.actor?.creditsPerSecond ?? Number.NaN },
  { key: 'hotActorPerTurn', label: 'hot key credit step: credits per actor turn', unit: '', better: 'higher', phase: hot, value: (p) => p.actor?.creditsPerCall ?? Number.NaN },
  { key: 'hotActorUnbatched', label: 'hot key credit step, one turn per credit: credits/s', unit: '/s', better: 'higher', phase: hot, value: (p) => p.actorUnbatched?.creditsPerSecond ?? Number.NaN },
  { key: 'hotSeed', label: "hot key, the seed's optimistic lock: credits/s", unit: '/s', better: 'higher', phase: hot, value: (p) => p.baseline.creditsPerSecond },
  { key: 'hotLimit', label: 'hot key limit: single-row UPDATE, one per commit', unit: '/s', better: 'higher', phase: hot, value: (p) => p.limit.updatesPerSecond },
  { key: 'hotLimitBatched', label: "hot key limit: increments batched as the actor's turns", unit: '/s', better: 'higher', phase: hot, value: (p) => p.limit.batchedIncrementsPerSecond },
];

export interface Headline {
  value: number;
  /** The phase's client fell behind its schedule (p99 lateness over the threshold). */
  behind: boolean;
}

export function headlines(run: SystemRun): Record<string, Headline> {
  const out: Record<string, Headline> = {};
  for (const f of FIGURES) {
    const p = run.phases.find(f.phase);
    if (!p) continue;
    const value = f.value(p);
    if (typeof value === 'number' && !Number.isNaN(value)) out[f.key] = { value, behind: p.clientBehind === true };
  }
  return out;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number[];
  /** How many of the runs' phases had a client that fell behind. */
  behind: number;
}

function spreadOf(values: Headline[]): Spread | null {
  if (values.length === 0) return null;
  const v = values.map((h) => h.value);
  return { median: round(median(v), 2), min: Math.min(...v), max: Math.max(...v), runs: v, behind: values.filter((h) => h.behind).length };
}

/** Per figure: each system's median (min–max over the repeats) and the ratio current / baseline of the medians. */
export function combine(runs: SystemRun[]) {
  // A run that failed part-way still measured the phases before the failure: those figures count.
  const by = (label: string) => runs.filter((r) => r.label === label).map(headlines);
  const [base, cur] = [by('baseline'), by('current')];
  return FIGURES.map((f) => {
    const baseline = spreadOf(base.map((h) => h[f.key]).filter(Boolean));
    const current = spreadOf(cur.map((h) => h[f.key]).filter(Boolean));
    const ratio = baseline && current && baseline.median !== 0 ? round(current.median / baseline.median, 3) : null;
    const goal = f.goal && current ? { text: f.goal.text, met: f.goal.met(ratio, current.median) } : undefined;
    return { key: f.key, label: f.label, unit: f.unit, better: f.better, baseline, current, ratio, goal };
  }).filter((row) => row.baseline || row.current);
}

const show = (s: Spread | null, unit: string) => {
  if (!s) return '—';
  const u = unit === 'ms' ? ' ms' : unit;
  const range = s.runs.length > 1 ? ` (${s.min}–${s.max})` : '';
  return `${s.median}${u}${range}${s.behind > 0 ? ` [client behind in ${s.behind}]` : ''}`;
};

export function comparisonTable(rows: ReturnType<typeof combine>, withBaseline: boolean): string {
  const goal = (r: (typeof rows)[number]) => (r.goal ? [r.goal.text, r.goal.met ? 'yes' : 'NO'] : ['', '']);
  const header = withBaseline
    ? ['figure', 'baseline: median (min–max)', 'current: median (min–max)', 'current / baseline', 'better', 'goal (issue 13)', 'met?']
    : ['figure', 'median (min–max)', 'better', 'goal (issue 13)', 'met?'];
  return table(header, rows.map((r) => (withBaseline
    ? [r.label, show(r.baseline, r.unit), show(r.current, r.unit), r.ratio === null ? '—' : `${r.ratio}`, r.better, ...goal(r)]
    : [r.label, show(r.current, r.unit), r.better, ...goal(r)])));
}
