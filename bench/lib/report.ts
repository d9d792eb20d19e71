import { table } from './stats';

type Row = [string, string, string, string, string];

const ms = (v: number) => (Number.isNaN(v) ? '—' : `${v} ms`);
const met = (ok: boolean) => (ok ? 'yes' : 'NO');

/** The figures of a run side by side: phase, figure, value, goal, met? (goals of issue 5). */
export function report(phases: any[]): string {
  const rows: Row[] = [];
  for (const p of phases) {
    if (p.phase === 'idle') {
      rows.push([p.phase, 'CPU of the stack with no load', `${p.machinePct} % of the machine`, '', '']);
    } else if (p.phase.startsWith('spread')) {
      const atGoalRate = p.offeredRate === 200;
      const syncGoal = p.offeredRate <= 200;
      rows.push([p.phase, 'achieved rate (callbacks accepted/s)', `${p.achievedRate}/s (credited ${p.creditedRate}/s)`, `${p.offeredRate}/s`, met(p.achievedRate >= p.offeredRate * 0.97)]);
      rows.push([p.phase, 'refused at once: 503 + Retry-After (answer p99)', `${p.shed} of ${p.callbacks} (${ms(p.shedAnswerMs.p99)})`, atGoalRate ? '0' : '', atGoalRate ? met(p.shed === 0) : '']);
      rows.push([p.phase, 'accepted: sent → all rewards credited p50 / p95 / p99', `${ms(p.creditLatencyMs.p50)} / ${ms(p.creditLatencyMs.p95)} / ${ms(p.creditLatencyMs.p99)}`, atGoalRate ? 'p99 ≤ 200 ms' : '', atGoalRate ? met(p.creditLatencyMs.p99 <= 200) : '']);
      rows.push([p.phase, 'sync lag (sent → external row) p50 / p99', `${ms(p.syncLagMs.p50)} / ${ms(p.syncLagMs.p99)}`, syncGoal ? 'p99 ≤ 1000 ms' : '', syncGoal ? met(p.syncLagMs.p99 <= 1000) : '']);
      rows.push([p.phase, 'errors / incomplete / invariants', `${p.errors} / ${p.incomplete} / ${p.invariants}`, '0 / 0 / ok', met(p.errors === 0 && p.incomplete === 0 && p.invariants === 'ok')]);
    } else if (p.phase === 'hot key') {
      rows.push([p.phase, `end to end: paid callbacks (${p.orders}, ${p.concurrency} in flight)`, `${p.endToEnd.creditsPerSecond} credits/s, p99 ${ms(p.endToEnd.creditLatencyMs.p99)} (${p.endToEndOverBaseline}× baseline; ${p.endToEnd.resent} re-sent after a 503)`, '', '']);
      if (p.actor) {
        rows.push([p.phase, `actor path, credit step (${p.concurrency} in flight)`, `${p.actor.creditsPerSecond} credits/s (${p.actor.creditsPerCall} credits per turn${p.actor.replayed ? `, ${p.actor.replayed} replays of retried calls` : ''})`, '', '']);
        rows.push([p.phase, 'actor path, one turn per credit', `${p.actorUnbatched.creditsPerSecond} credits/s`, '', '']);
      }
      rows.push([p.phase, 'seed baseline (optimistic lock)', `${p.baseline.creditsPerSecond} credits/s, ${p.baseline.retries} retries (${p.baseline.retriesPerCredit}/credit)`, '', '']);
      rows.push([p.phase, 'raw single-row UPDATE (limit)', `${p.limit.updatesPerSecond} updates/s`, '', '']);
      rows.push([p.phase, 'actor / baseline', `${p.actorOverBaseline}×`, '≥ 3×', met(p.actorOverBaseline >= 3)]);
      rows.push([p.phase, 'actor / limit', `${Math.round(p.actorOverLimit * 1000) / 10} %`, '≥ 50 %', met(p.actorOverLimit >= 0.5)]);
      const errors = p.endToEnd.errors + (p.actor?.errors ?? 0) + (p.actorUnbatched?.errors ?? 0);
      rows.push([p.phase, 'errors / invariants', `${errors} / ${p.invariants}`, '0 / ok', met(errors === 0 && p.invariants === 'ok' && p.baseline.consistent && p.limit.consistent)]);
    } else if (p.phase === 'create-to-live') {
      rows.push([p.phase, `publish sent → public view 200 p50 / max (${p.trials} trials)`, `${ms(p.publishToServedMs.p50)} / ${ms(p.publishToServedMs.max)}`, '≤ 1000 ms', met(p.publishToServedMs.max <= 1000)]);
      rows.push([p.phase, 'publish sent → order accepted p50 / max', `${ms(p.publishToOrderAcceptedMs.p50)} / ${ms(p.publishToOrderAcceptedMs.max)}`, '≤ 1000 ms', met(p.publishToOrderAcceptedMs.max <= 1000)]);
      rows.push([p.phase, 'invariants', p.invariants, 'ok', met(p.invariants === 'ok')]);
    }
  }
  return table(['phase', 'figure', 'value', 'goal', 'met?'], rows);
}
