// The dashboard's queries on one million orders (issue 11): `npm run build`, then, with MariaDB up
// (`node --import tsx scripts/stack/cli.ts infra`):  node --import tsx bench/dashboard.bench.ts
// Its own database, `dmh_dashboard_bench` (generated once, kept: BENCH_REGENERATE=1 makes it again).
process.env.DB_NAME ??= 'dmh_dashboard_bench';
import mysql from 'mysql2/promise';
import { runMigrations } from '@dmh/shared';
import type { Principal } from '../api/src/auth/principal';
import { database, openDatabase } from '../api/src/common/database';
import { config } from '../api/src/config';
import { DashboardService } from '../api/src/dashboard/dashboard.service';
import { BRANDS, generate } from './dashboard/generate';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 1_000_000);
const RUNS = 7;
const LIMIT_MS = 300;

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
  await db.end();
  await openDatabase();
  const [[{ brandId }]] = await database().query("SELECT MIN(id) AS brandId FROM brands WHERE name LIKE 'Bench Brand%'").then((r: any) => [r]);
  const service = new DashboardService(undefined, { flushAll: async () => undefined });
  const platform = { userId: '1', roles: ['platform_admin'], brandIds: [], permissions: ['dashboard:read'] } as unknown as Principal;
  const brandAdmin = { userId: '2', roles: ['brand_admin'], brandIds: [String(brandId)], permissions: ['dashboard:read'] } as unknown as Principal;
  const now = Date.now();
  const day = 86_400_000;
  const ranges = { today: day, '7 days': 7 * day, '30 days': 30 * day, '365 days': 365 * day };
  const rows: string[] = [];
  let worst = 0;
  for (const [who, principal] of [[`brand admin (1 of ${BRANDS} brands)`, brandAdmin], ['platform admin (every brand)', platform]] as const) {
    for (const [label, span] of Object.entries(ranges)) {
      const q = { from: new Date(now - span), to: new Date(now), tzOffsetMinutes: 480, limit: 10 };
      const calls = {
        summary: () => service.summary(principal, q),
        trend: () => service.trend(principal, q),
        funnel: () => service.funnel(principal, q),
        leaderboard: () => service.leaderboard(principal, q),
      };
      for (const [name, call] of Object.entries(calls)) {
        await call(); // warm
        const times: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          const t0 = process.hrtime.bigint();
          await call();
          times.push(Number(process.hrtime.bigint() - t0) / 1e6);
        }
        times.sort((a, b) => a - b);
        worst = Math.max(worst, times[times.length - 1]);
        rows.push(`| ${who} | ${label} | ${name} | ${times[Math.floor(RUNS / 2)].toFixed(1)} | ${times[times.length - 1].toFixed(1)} |`);
      }
    }
  }
  console.log(`\n${ORDERS} orders; each figure ${RUNS} runs after one warm-up (ms)\n`);
  console.log('| caller | range | endpoint | median | max |\n| --- | --- | --- | ---: | ---: |');
  console.log(rows.join('\n'));
  console.log(`\nworst ${worst.toFixed(1)} ms (limit ${LIMIT_MS} ms): ${worst <= LIMIT_MS ? 'OK' : 'OVER'}`);
  await database().destroy();
  process.exit(worst <= LIMIT_MS ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
