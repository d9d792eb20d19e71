import './support/fresh-database-name';
import { after, before, test } from 'node:test';
import mysql from 'mysql2/promise';
import { runMigrations } from '@dmh/shared/dist/db/migrate';
import { dbOptionsFromEnv } from '@dmh/shared/dist/db/migrate.cli';
import { Stack } from '../../scripts/stack/stack';
import { assertChangesFoldedIn, assertSameAsLive, benchCallers } from '../../bench/dashboard/compare';
import { BRANDS, generate } from '../../bench/dashboard/generate';
import { database, openDatabase } from '../../api/src/common/database';
import { DashboardRollup } from '../../api/src/dashboard/rollup';
import { config } from '../../api/src/config';

// The dashboard's roll-up against the stack's MariaDB, in a fresh database (named by the first import, dropped at the end):
// the bench's data set at 20 000 orders, rolled up from nothing; every figure read through the roll-up must equal
// the figure read from the live tables alone, before and after facts of long-closed hours change.
const infra = new Stack();
const opts = dbOptionsFromEnv({ port: infra.cfg.db.port });
let db: mysql.Connection | undefined;

before(async () => {
  await infra.startInfra();
  await runMigrations({ ...opts, createDatabase: true });
  db = await mysql.createConnection({ host: opts.host, port: opts.port, user: opts.user, password: opts.password, database: opts.database, timezone: 'Z' });
  await generate(db, 20_000, Date.now(), () => undefined);
  await openDatabase();
}, { timeout: 600_000 });

after(async () => {
  await database().destroy().catch(() => undefined);
  await db?.query(`DROP DATABASE IF EXISTS \`${opts.database}\``);
  await db?.end();
  await infra.stop();
});

test('the roll-up answers exactly what the live tables answer, and folds in changes to closed hours on its next run', async () => {
  const rollup = new DashboardRollup();
  const first = await rollup.run();
  // From the hour of the first fact: the data set's facts are spread at random over 365 days (about 55 orders a
  // day), so the first one falls inside the first day, not at its very start.
  if (!first || first.hoursRebuilt < 364 * 24) throw new Error(`the first run rolls up about a year: ${JSON.stringify(first)}`);
  if (config().DB_NAME !== opts.database) throw new Error(`the API's modules use ${config().DB_NAME}, not the test's database`);
  const [[brand]] = await db!.query<any>("SELECT MIN(id) AS id FROM brands WHERE name LIKE 'Bench Brand%'");
  const callers = benchCallers(String(brand.id), BRANDS);
  const now = Date.now();
  await assertSameAsLive(callers, now, 'after the first roll-up');
  await assertChangesFoldedIn(db!, rollup, callers, now);
});
