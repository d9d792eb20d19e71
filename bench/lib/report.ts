import { table } from './stats';

const ms = (v: number) => (Number.isNaN(v) ? '—' : `${v} ms`);

/** One system's run, phase by phase: phase, figure, value. A phase whose client fell behind is marked BEHIND. */
export function report(phases: any[]): string {
  const rows: [string, string, string][] = [];
  for (const p of phases) {
    if (p.phase === 'idle') {
      rows.push([p.phase, 'CPU of the stack with no load', `${p.machinePct} % of the machine`]);
    } else if (p.phase === 'saturation') {
      for (const s of p.steps) {
        rows.push([`  step ${s.offeredRate}/s`, s.keptUp ? 'kept up' : 'NOT kept up', `refused ${s.shed}, errors ${s.errors}, credited ${s.creditedRate}/s, credit p99 ${ms(s.creditP99Ms)}, late p99 ${ms(s.clientLateP99Ms)}${s.clientBehind ? ' BEHIND' : ''}, ${s.cpuPerOrderMs} ms CPU/order, others ${s.otherBusyPct} %`]);
      }
      rows.push([p.phase, 'saturation rate (highest kept up with)', `${p.saturationRate}/s (next: ${p.firstNotKeptUp}/s; most credited in a step ${p.maxCreditedRate}/s)`]);
    } else if (p.offeredRate !== undefined) {
      const name = `${p.phase}${p.clientBehind ? ' BEHIND' : ''}`;
      rows.push([name, 'offered / sent / accepted / credited per s', `${p.offeredRate}/s / ${p.sentRate}/s / ${p.achievedRate}/s / ${p.creditedRate}/s`]);
      rows.push([name, 'client lateness (sent − due) p50 / p99 / max', `${ms(p.clientLateMs.p50)} / ${ms(p.clientLateMs.p99)} / ${ms(p.clientLateMs.max)}`]);
      rows.push([name, 'refused: 503 + Retry-After (due → answer p99)', `${p.shed} of ${p.callbacks} (${ms(p.shedAnswerMs.p99)})`]);
      rows.push([name, 'due → any answer p50 / p99 / max; within 1 s', `${ms(p.answerMs.p50)} / ${ms(p.answerMs.p99)} / ${ms(p.answerMs.max)}; ${p.answeredWithin1s} of ${p.callbacks}`]);
      rows.push([name, 'due → all rewards credited p50 / p95 / p99', `${ms(p.creditLatencyMs.p50)} / ${ms(p.creditLatencyMs.p95)} / ${ms(p.creditLatencyMs.p99)}`]);
      rows.push([name, 'sync lag (due → external row) p50 / p99', `${ms(p.syncLagMs.p50)} / ${ms(p.syncLagMs.p99)}`]);
      rows.push([name, 'CPU per order (stack, until settled; net of idle)', `${p.cpuPerOrderMs} ms; ${p.cpuPerOrderNetMs} ms (machine ${p.machineBusyPct} % busy while sending, ${p.otherBusyPct} % of it neither stack nor client)`]);
      rows.push([name, 'errors (timeouts, connection) / incomplete / invariants', `${p.errors} (${p.timeouts}, ${p.connectionErrors}) / ${p.incomplete} / ${p.invariants}`]);
    } else if (p.phase === 'hot key') {
      const e = p.endToEnd;
      rows.push([p.phase, `end to end: paid callbacks (${p.orders}, ${p.concurrency} in flight)`, `${e.creditsPerSecond} credits/s, p99 ${ms(e.creditLatencyMs.p99)} (${p.endToEndOverBaseline}× the seed's design; ${e.resent} re-sent after a 503)`]);
      if (p.actor) {
        rows.push([p.phase, 'credit step alone, actor path, batched', `${p.actor.creditsPerSecond} credits/s (${p.actor.creditsPerCall} credits per turn${p.actor.replayed ? `, ${p.actor.replayed} replays` : ''})`]);
        if (p.actorUnbatched) rows.push([p.phase, 'credit step alone, one turn per credit', `${p.actorUnbatched.creditsPerSecond} credits/s`]);
      }
      rows.push([p.phase, "the seed's design (optimistic lock)", `${p.baseline.creditsPerSecond} credits/s, ${p.baseline.retries} retries (${p.baseline.retriesPerCredit}/credit)`]);
      rows.push([p.phase, 'limit: single-row UPDATE, one per commit', `${p.limit.updatesPerSecond} updates/s`]);
      rows.push([p.phase, "limit: increments batched as the actor's turns", `${p.limit.batchedIncrementsPerSecond} increments/s (${p.limit.batchedTransactions} transactions)`]);
      const errors = e.errors + (p.actor?.errors ?? 0) + (p.actorUnbatched?.errors ?? 0);
      rows.push([p.phase, 'errors / invariants', `${errors} / ${p.invariants}${p.baseline.consistent && p.limit.consistent ? '' : ' (a yardstick did not add up)'}`]);
    } else if (p.phase === 'create-to-live') {
      rows.push([p.phase, `publish sent → public view 200 p50 / max (${p.trials} trials)`, `${ms(p.publishToServedMs.p50)} / ${ms(p.publishToServedMs.max)}`]);
      rows.push([p.phase, 'publish sent → order accepted p50 / max', `${ms(p.publishToOrderAcceptedMs.p50)} / ${ms(p.publishToOrderAcceptedMs.max)}`]);
      rows.push([p.phase, 'invariants', p.invariants]);
    }
  }
  return table(['phase', 'figure', 'value'], rows);
}
