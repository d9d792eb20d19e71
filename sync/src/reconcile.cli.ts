import { parseArgs } from 'node:util';
import { isId, RECONCILE_MAX_DAYS } from '@dmh/shared';
import { config } from './config';
import { buildWorker } from './worker';

/**
 * npm run sync:reconcile -- --brand 1 --from 2026-11-01 --to 2026-12-01 [--dry-run] [--json]
 * Compares the brand's orders paid in [from, to) and their rewards with its target, prints what is missing
 * or different, and (unless --dry-run) re-queues those orders: the running sync worker picks the new jobs up.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { brand: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } },
  });
  const brandId = values.brand ?? '';
  const from = new Date(values.from ?? '');
  const to = new Date(values.to ?? '');
  if (!isId(brandId) || Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from >= to) {
    process.stderr.write('usage: npm run sync:reconcile -- --brand <id> --from <ISO date/time> --to <ISO date/time> [--dry-run] [--json]\n');
    return 2;
  }
  if (to.getTime() - from.getTime() > RECONCILE_MAX_DAYS * 86_400_000) {
    process.stderr.write(`the range may span at most ${RECONCILE_MAX_DAYS} days\n`);
    return 2;
  }
  const worker = buildWorker(config());
  try {
    const report = await worker.reconcile.run(brandId, from, to);
    const jobIds = values['dry-run'] ? [] : await worker.jobs.requeue(brandId, report.orderIds, Date.now().toString(36));
    if (values.json) {
      process.stdout.write(JSON.stringify({ ...report, requeued: jobIds.length, jobIds }, null, 2) + '\n');
    } else {
      const line = (s: string) => process.stdout.write(s + '\n');
      line(`brand ${brandId}, target ${report.target} (${report.kind}), paid ${report.from} … ${report.to}`);
      line(`orders:  ${report.orders.checked} checked, ${report.orders.missing} missing, ${report.orders.different} different`);
      line(`rewards: ${report.rewards.checked} checked, ${report.rewards.missing} missing, ${report.rewards.different} different`);
      for (const i of report.items) line(`  ${i.problem.padEnd(9)} ${i.entityType} ${i.id} (order ${i.orderId})${i.columns.length ? ': ' + i.columns.join(', ') : ''}`);
      if (report.truncated) line('  … (more not listed)');
      line(values['dry-run'] ? `dry run: ${report.orderIds.length} orders would be re-queued` : `re-queued ${jobIds.length} orders`);
    }
    return 0;
  } finally {
    await worker.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`sync:reconcile failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
