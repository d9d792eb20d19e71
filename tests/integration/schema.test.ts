import { compare } from 'bcrypt';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DataSource } from 'typeorm';
import { ALL_ENTITIES, BalanceLedgerEntry, type LedgerEntryType, Order, Reward, User, UserBalance } from '@dmh/shared/dist/entities';
import { createDataSource, isCheckViolation, isDuplicateKeyError } from '@dmh/shared/dist/db/data-source';
import type { DbOptions } from '@dmh/shared/dist/db/db-config';
import { dbOptionsFromEnv } from '@dmh/shared/dist/db/migrate.cli';
import { detectServerFlavor, runMigrations } from '@dmh/shared/dist/db/migrate';
import { ALL_MIGRATIONS } from '@dmh/shared/dist/db/migrations';
import { seedDemo } from '@dmh/shared/dist/db/seed';
import { connectToServer } from '@dmh/shared/dist/db/server';
import { Stack } from '../../scripts/stack/stack';

// Against the stack's MariaDB (started here if it is not running; DB_HOST/DB_PORT/DB_USER/DB_PASSWORD
// as for every process). The database is always a fresh uniquely named one, dropped at the end.
const infra = new Stack();
const opts: DbOptions = {
  ...dbOptionsFromEnv({ port: infra.cfg.db.port }),
  database: `dmh_schema_test_${process.pid}_${Date.now().toString(36)}`,
};

before(async () => {
  await infra.startInfra();
}, { timeout: 600_000 });
const MIGRATION_NAMES = ALL_MIGRATIONS.map((m) => new m().name);

let dataSource: DataSource | undefined;
/** A DataSource exactly as the processes create it (default flavor), opened once. */
async function db(): Promise<DataSource> {
  dataSource ??= await createDataSource(opts).initialize();
  return dataSource;
}

async function schemaDiff(): Promise<string[]> {
  const flavor = await detectServerFlavor(opts);
  const ds = await createDataSource({ ...opts, flavor }).initialize();
  try {
    const sql = await ds.driver.createSchemaBuilder().log();
    return sql.upQueries.map((q) => q.query);
  } finally {
    await ds.destroy();
  }
}

/** Awaits `work` and checks it failed with the expected constraint error (`isDuplicateKeyError`, …). */
async function failsWith(work: Promise<unknown>, matches: (error: unknown) => boolean): Promise<void> {
  await assert.rejects(work, (error: Error) => {
    assert.ok(matches(error), `unexpected error: ${error.message}`);
    return true;
  });
}
const duplicateOf = (key: string) => (error: unknown) => isDuplicateKeyError(error, key);
const violationOf = (check: string) => (error: unknown) => isCheckViolation(error, check);

let seq = 0;
function order(overrides: Partial<Order> = {}): Partial<Order> {
  // A fresh object each time: insert() writes the generated id back into the object it is given.
  seq += 1;
  const orderNo = `T${Date.now()}${seq}`;
  return { orderNo, campaignId: '1', brandId: '1', phone: '13800000001', formData: { name: '张三' }, amount: '99.00', ...overrides };
}

async function rowCounts(ds: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const entity of ALL_ENTITIES) {
    const table = ds.getMetadata(entity).tableName;
    const [row] = await ds.query(`SELECT COUNT(*) AS n FROM \`${table}\``);
    counts[table] = Number(row.n);
  }
  return counts;
}

after(async () => {
  await dataSource?.destroy();
  const connection = await connectToServer(opts);
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${opts.database}\``);
  } finally {
    await connection.end();
    await infra.stop();
  }
}, { timeout: 120_000 });

describe('migrations', () => {
  it('run every migration on an empty database, creating it', async () => {
    assert.deepEqual(await runMigrations(opts), MIGRATION_NAMES);
  });

  it('are a no-op when run again', async () => {
    assert.deepEqual(await runMigrations(opts), []);
  });

  it('produce exactly the schema the entities describe', async () => {
    assert.deepEqual(await schemaDiff(), []);
  });

  it('can be re-applied over an existing schema when the migrations table is lost', async () => {
    await (await db()).query('DELETE FROM `migrations`');
    assert.deepEqual(await runMigrations(opts), MIGRATION_NAMES);
    assert.deepEqual(await schemaDiff(), []);
  });
});

describe('constraints', () => {
  it('refuse a second live order for the same campaign and phone, allow one after soft delete', async () => {
    const orders = (await db()).getRepository(Order);
    const first = await orders.save(orders.create(order({ phone: '13900000001' })));
    await failsWith(orders.insert(order({ phone: '13900000001' })), duplicateOf('uk_campaign_phone'));
    await orders.insert(order({ phone: '13900000001', campaignId: '2' })); // same phone, other campaign
    await orders.softDelete(first.id);
    const again = await orders.save(orders.create(order({ phone: '13900000001' })));
    const live = await orders.findOneByOrFail({ id: again.id });
    assert.equal(live.liveFlag, 1);
    await orders.save(Object.assign(live, { status: 'paid' as const })); // the generated column is never written
    assert.equal((await orders.findOneOrFail({ where: { id: first.id }, withDeleted: true })).liveFlag, null);
    await failsWith(orders.insert(order({ phone: '13900000001' })), duplicateOf('uk_campaign_phone'));
  });

  it('make order_no and trade_no unique', async () => {
    const orders = (await db()).getRepository(Order);
    await orders.insert(order({ orderNo: 'DUPNO', phone: '13900000011', tradeNo: 'WX1' }));
    await failsWith(orders.insert(order({ orderNo: 'DUPNO', phone: '13900000012' })), duplicateOf('uk_order_no'));
    await failsWith(orders.insert(order({ phone: '13900000013', tradeNo: 'WX1' })), duplicateOf('uk_trade_no'));
  });

  it('allow at most one reward per (order, level)', async () => {
    const rewards = (await db()).getRepository(Reward);
    const reward = (level: number, distributorId: string) =>
      ({ orderId: '7', campaignId: '1', brandId: '1', userId: '3', distributorId, level, amount: '10.00' });
    await rewards.insert(reward(1, '1'));
    await failsWith(rewards.insert(reward(1, '2')), duplicateOf('uk_order_level'));
    await rewards.insert(reward(2, '2'));
  });

  it('allow one ledger entry per (entry_type, ref_id)', async () => {
    const ledger = (await db()).getRepository(BalanceLedgerEntry);
    const entry = (entryType: LedgerEntryType, amount: string) =>
      ({ userId: '3', entryType, refId: '1', amount, balanceAfter: '10.00', frozenAfter: '0.00' });
    await ledger.insert(entry('reward_credit', '10.00'));
    await failsWith(ledger.insert(entry('reward_credit', '10.00')), duplicateOf('uk_entry_ref'));
    await ledger.insert(entry('reward_reversal', '-10.00'));
  });

  it('never let a balance or its frozen part go negative', async () => {
    const ds = await db();
    const balances = ds.getRepository(UserBalance);
    await balances.insert({ userId: '900', balance: '5.00' });
    const debit = 'UPDATE user_balances SET balance = balance - 5.01 WHERE user_id = 900';
    await failsWith(ds.query(debit), violationOf('chk_balance_non_negative'));
    await failsWith(ds.query('UPDATE user_balances SET frozen = -0.01 WHERE user_id = 900'), violationOf('chk_frozen_non_negative'));
    await ds.query('UPDATE user_balances SET balance = balance - 5.00 WHERE user_id = 900');
    const row = await balances.findOneByOrFail({ userId: '900' });
    assert.equal(row.balance, '0.00'); // DECIMAL as a string, never a float
    assert.equal(typeof row.id, 'string'); // BIGINT as a string
  });

  it('stamp server-side timestamps in UTC', async () => {
    const balances = (await db()).getRepository(UserBalance);
    await balances.insert({ userId: '901' });
    const row = await balances.findOneByOrFail({ userId: '901' });
    assert.ok(Math.abs(row.createdAt.getTime() - Date.now()) < 60_000, `created_at ${row.createdAt.toISOString()}`);
  });
});

describe('the settlement v2 repair (earnings counted with the credit)', () => {
  it('counts settled rewards the old design left uncounted, takes back reversed ones still counted, and does it once', async () => {
    const ds = await db();
    const [{ insertId: distributorId }] = [await ds.query("INSERT INTO distributors (user_id, brand_id, level, status, total_earnings, order_count) VALUES (990, 990, 1, 'active', '5.00', 0)")];
    const reward = async (orderId: number, level: number, amount: string, status: string) =>
      (await ds.query('INSERT INTO rewards (order_id, campaign_id, brand_id, user_id, distributor_id, level, amount, status) VALUES (?, 990, 990, 990, ?, ?, ?, ?)', [
        orderId, distributorId, level, amount, status,
      ])).insertId;
    const uncounted = await reward(99001, 1, '10.00', 'settled'); // credited, the crash came before DistributorActor counted it
    const stillCounted = await reward(99002, 2, '5.00', 'reversed'); // clawed back, the crash came before the count was taken back
    await ds.query("INSERT INTO distributor_rewards (distributor_id, reward_id, order_id, level, amount, status) VALUES (?, ?, 99002, 2, '5.00', 'settled')", [distributorId, stillCounted]);

    const repair = ALL_MIGRATIONS.find((m) => new m().name === 'EarningsCountedWithCredit1732500099000');
    assert.ok(repair, 'the repair is one of the migrations');
    const runner = ds.createQueryRunner();
    try {
      for (let run = 0; run < 2; run++) {
        await new repair().up(runner);
        const [d] = await ds.query('SELECT total_earnings, order_count FROM distributors WHERE id = ?', [distributorId]);
        assert.deepEqual([d.total_earnings, Number(d.order_count)], ['10.00', 1], `run ${run + 1}: the figures are the settled rewards`);
        const counted = await ds.query('SELECT reward_id, status FROM distributor_rewards WHERE distributor_id = ? ORDER BY reward_id', [distributorId]);
        assert.deepEqual(counted.map((c: any) => [String(c.reward_id), c.status]), [[String(uncounted), 'settled'], [String(stillCounted), 'reversed']]);
      }
    } finally {
      await runner.release();
      // The seed's test below reads every distributor: leave none of these behind.
      await ds.query('DELETE FROM distributor_rewards WHERE distributor_id = ?', [distributorId]);
      await ds.query('DELETE FROM rewards WHERE distributor_id = ?', [distributorId]);
      await ds.query('DELETE FROM distributors WHERE id = ?', [distributorId]);
    }
  });
});

describe('seedDemo', () => {
  it('seeds the demo data once: a second run returns the same ids and adds no rows', async () => {
    const ds = await db();
    const first = await seedDemo(ds);
    const counts = await rowCounts(ds);
    const second = await seedDemo(ds);
    assert.deepEqual(second, first);
    assert.deepEqual(await rowCounts(ds), counts);
    assert.deepEqual(
      first.distributors.map((d) => d.level),
      [1, 2, 3],
    );
    const admin = await ds.getRepository(User).findOneByOrFail({ id: first.adminUserId });
    assert.ok(await compare('Admin@12345', admin.passwordHash));
    const chain = await ds.query('SELECT id, parent_id AS parentId FROM distributors ORDER BY level');
    assert.deepEqual(
      chain.map((d: { parentId: string | null }) => d.parentId),
      [null, first.distributors[0].distributorId, first.distributors[1].distributorId],
    );
  });
});

describe('down migrations', () => {
  it('remove every table they created', async () => {
    const ds = await db();
    for (let i = 0; i < ALL_MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    const tables: Array<{ name: string }> = await ds.query(
      'SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME',
    );
    assert.deepEqual(tables.map((t) => t.name), ['migrations', 'typeorm_metadata']);
    assert.deepEqual(await ds.query('SELECT * FROM `typeorm_metadata`'), []);
  });
});
