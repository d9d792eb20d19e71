// The dashboard's queries on one million orders (issue 11): `npm run build`, then, with MariaDB up
// (`node --import tsx scripts/stack/cli.ts infra`):  node --import tsx bench/dashboard.bench.ts
// Its own database, `dmh_dashboard_bench` (generated once, kept: BENCH_REGENERATE=1 makes it again).
import './dashboard/database-name';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import { runMigrations } from '@dmh/shared';
import type { Principal } from '../api/src/common/principal';
import { database, openDatabase } from '../api/src/common/database';
import { config } from '../api/src/config';
import type { DashboardService } from '../api/src/dashboard/dashboard.service';
import { DashboardRollup } from '../api/src/dashboard/rollup';
import { RANGES, assertChangesFoldedIn, assertSameAsLive, benchCallers, services } from './dashboard/compare';
import { BRANDS, generate } from './dashboard/generate';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const LIMIT_MS = 300;

type Calls = Record<string, () => Promise<unknown>>;

/** The four endpoints for one caller and range, answered by `service`. */
function callsOf(service: DashboardService, principal: Principal, from: Date, to: Date): Calls {
  const q = { from, to, tzOffsetMinutes: 480, limit: 10 };
  return {
    summary: () => service.summary(principal, q),
    trend: () => service.trend(principal, q),
    'trend +05:30': () => service.trend(principal, { ...q, tzOffsetMinutes: 330 }),
    funnel: () => service.funnel(principal, q),
    leaderboard: () => service.leaderboard(principal, q),
  };
}

async function timed(call: () => Promise<unknown>): Promise<number[]> {
  await call(); // warm
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    await call();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return times.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  const c = config();
  const options = { host: c.DB_HOST, port: c.DB_PORT, user: c.DB_USER, password: c.DB_PASSWORD, database: c.DB_NAME };
  if (process.env.BENCH_REGENERATE === '1') {
    const admin = await mysql.createConnection({ ...options, database: undefined });
    await admin.query(`DROP DATABASE IF EXISTS \`${c.DB_NAME}\``);
    await admin.end();
  }
  await runMigrations({ ...options, createDatabase: true });
  const db = await mysql.createConnection({ ...options, timezone: 'Z' });
  const [[{ n }]] = await db.query<any>("SELECT COUNT(*) AS n FROM orders WHERE order_no LIKE 'B%'");
  if (Number(n) < ORDERS) await generate(db, ORDERS);
  await openDatabase();

  // The roll-up from nothing (what a first deployment does), then an incremental run.
  await db.query('DELETE FROM dashboard_rollup_state');
  const rollup = new DashboardRollup();
  let t0 = Date.now();
  const first = await rollup.run();
  const firstMs = Date.now() - t0;
  t0 = Date.now();
  const next = await rollup.run();
  const nextMs = Date.now() - t0;
  console.log(`roll-up: first run ${firstMs} ms (${first?.hoursRebuilt} hours), next run ${nextMs} ms (${next?.hoursRebuilt} hours)`);

  const [[{ brandId }]] = await database().query("SELECT MIN(id) AS brandId FROM brands WHERE name LIKE 'Bench Brand%'").then((r: any) => [r]);
  const callers = benchCallers(String(brandId), BRANDS);
  const now = Date.now();
  await assertSameAsLive(callers, now, 'after the first roll-up');
  const notes = await assertChangesFoldedIn(db, rollup, callers, now);
  console.log(`every figure through the roll-up equals the live tables' figure; ${notes.join('; ')}`);
  await db.end();
  const service = services().rolled;

  const rows: string[] = [];
  let worst = 0;
  for (const [who, principal] of callers) {
    for (const [label, span] of Object.entries(RANGES)) {
      for (const [name, call] of Object.entries(callsOf(service, principal, new Date(now - span), new Date(now)))) {
        const times = await timed(call);
        worst = Math.max(worst, times[times.length - 1]);
        rows.push(`| ${who} | ${label} | ${name} | ${times[Math.floor(RUNS / 2)].toFixed(1)} | ${times[0].toFixed(1)}–${times[times.length - 1].toFixed(1)} |`);
      }
    }
  }
  const summary = [
    `# Dashboard bench, ${new Date(now).toISOString()}`,
    '',
    `${ORDERS} orders; roll-up first run ${firstMs} ms (${first?.hoursRebuilt} hours), incremental run ${nextMs} ms;`,
    `every figure through the roll-up checked equal to the live tables' (summary, trend at +08:00, UTC and +05:30, funnel, both callers, every range); ${notes.join('; ')}.`,
    `each figure ${RUNS} runs after one warm-up (ms): median and range.`,
    '',
    '| caller | range | endpoint | median | min–max |',
    '| --- | --- | --- | ---: | ---: |',
    ...rows,
    '',
    `worst ${worst.toFixed(1)} ms (limit ${LIMIT_MS} ms): ${worst <= LIMIT_MS ? 'OK' : 'OVER'}`,
  ].join('\n');
  console.log(`\n${summary}`);
  writeFileSync(join(__dirname, 'results', 'dashboard-summary.md'), `${summary}\n`);
  await database().destroy();
  process.exit(worst <= LIMIT_MS ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
