import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sqlOutsideRepositories, writesOutsideWriters, type WriterMap } from './sql-rules';
import type { KnownSecondWriter } from './table-writers';

const at = (text: string) => [{ line: 7, text }];

test('SQL is refused outside repositories and the named exceptions', () => {
  const select = at('SELECT id FROM orders');
  assert.equal(sqlOutsideRepositories('api/src/orders/orders.service.ts', select).length, 1);
  assert.match(sqlOutsideRepositories('api/src/orders/orders.service.ts', select)[0].message, /SQL outside a repository/);
  for (const file of ['api/src/orders/orders.repository.ts', 'api/src/members/member-scope.sql.ts', 'api/src/orders/x.spec.ts', 'shared/src/db/migrations/1-x.ts', 'sync/src/targets/mysql.target.ts']) {
    assert.deepEqual(sqlOutsideRepositories(file, select), [], file);
  }
});

const map: WriterMap = {
  tables: {
    orders: [
      { kinds: ['insert'], writers: ['actors/src/campaign/'], why: 'creation by CampaignActor' },
      { kinds: ['update'], columns: ['status', 'paid_at'], writers: ['api/src/settlement/'], why: 'paid by settlement' },
      { kinds: ['update'], columns: ['sync_status'], writers: ['sync/src/jobs/'], why: 'sync outcomes' },
    ],
    user_balances: [{ writers: ['actors/src/balance/'], why: 'BalanceActor' }],
  },
  dynamic: { 'sync/src/jobs/out.repository.ts': ['orders'] },
  known: [],
};

test('each table and column group is written by its writers only; a second writer is named with the allowed one', () => {
  assert.deepEqual(writesOutsideWriters('actors/src/campaign/campaign.repository.ts', at('INSERT INTO orders (order_no) VALUES (?)'), map), []);
  assert.deepEqual(writesOutsideWriters('api/src/settlement/settlement.repository.ts', at("UPDATE orders SET status = 'paid', paid_at = ? WHERE id = ?"), map), []);
  const second = writesOutsideWriters('api/src/refunds/refunds.repository.ts', at("UPDATE orders SET status = 'refunded', sync_status = 'pending' WHERE id = ?"), map);
  assert.equal(second.length, 2);
  assert.match(second[0].message, /second writer: update on orders\.status, which only api\/src\/settlement\/ may update/);
  assert.match(second[1].message, /orders\.sync_status, which only sync\/src\/jobs\//);
  assert.equal(second[0].file, 'api/src/refunds/refunds.repository.ts');
  assert.equal(second[0].line, 7);
  assert.match(writesOutsideWriters('api/src/distributors/d.repository.ts', at('INSERT IGNORE INTO user_balances (user_id) VALUES (?)'), map)[0].message, /user_balances.*actors\/src\/balance\//);
});

test('a table missing from the map, or a run-time table name not declared, fails', () => {
  assert.match(writesOutsideWriters('api/src/x/x.repository.ts', at('DELETE FROM brand_new_table'), map)[0].message, /no writer in scripts\/layers\/table-writers\.ts/);
  assert.match(writesOutsideWriters('api/src/x/x.repository.ts', at('INSERT INTO ? (a) VALUES (?)'), map)[0].message, /DYNAMIC_TABLES/);
  assert.deepEqual(writesOutsideWriters('sync/src/jobs/out.repository.ts', at('UPDATE ? SET sync_status = 1'), map), []);
});

test('a known second writer passes and is counted as met; migrations and specs are not checked', () => {
  const known: KnownSecondWriter = { table: 'user_balances', file: 'api/src/distributors/d.repository.ts', why: 'reported' };
  const used = new Set<KnownSecondWriter>();
  assert.deepEqual(writesOutsideWriters('api/src/distributors/d.repository.ts', at('INSERT IGNORE INTO user_balances (user_id) VALUES (?)'), { ...map, known: [known] }, used), []);
  assert.ok(used.has(known));
  assert.deepEqual(writesOutsideWriters('shared/src/db/migrations/1-x.ts', at('UPDATE orders SET status = 1'), map), []);
  assert.deepEqual(writesOutsideWriters('api/src/x/x.spec.ts', at('UPDATE orders SET status = 1'), map), []);
});
