import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mapOrder, mapReward } from '../../mapping/field-mapping';
import { aReward, anOrder, CRM_MAPPING, PAID_AT } from '../../mapping/sample-data';
import { DEFAULT_MAPPING } from '../default-target';
import { mysqlProbe, mysqlSelectByKeys, mysqlUpsert, mysqlUpsertStatements } from './mysql.sql';

describe('MySQL statements', () => {
  test('upsert: INSERT … ON DUPLICATE KEY UPDATE keyed by the DMH id, columns guarded by the version, version last', () => {
    const st = mysqlUpsert(mapOrder(CRM_MAPPING, anOrder()));
    const newer = '(`DMH_VERSION` IS NULL OR `DMH_VERSION` <= VALUES(`DMH_VERSION`))';
    assert.equal(
      st.sql,
      'INSERT INTO `CRM`.`DMH_ORDERS` (`DMH_ID`, `ORDER_NO`, `AMOUNT_FEN`, `STATE`, `PAID_TIME`, `SOURCE`, `DMH_VERSION`) VALUES (?, ?, ?, ?, ?, ?, ?) ' +
        'ON DUPLICATE KEY UPDATE ' +
        ['ORDER_NO', 'AMOUNT_FEN', 'STATE', 'PAID_TIME', 'SOURCE', 'DMH_VERSION'].map((c) => `\`${c}\` = IF(${newer}, VALUES(\`${c}\`), \`${c}\`)`).join(', '),
    );
    assert.deepEqual(st.binds, ['42', 'DMH20261125000042', 9900, 'P', '2026-11-25 10:03:04', 'DMH', 1764036184567]);
  });

  test('upsert with the default mapping: native dates are bound as Date, money as DECIMAL text', () => {
    const st = mysqlUpsert(mapReward(DEFAULT_MAPPING, aReward()));
    assert.match(st.sql, /^INSERT INTO `crm_rewards` \(`dmh_reward_id`, `dmh_order_id`, `user_id`, `distributor_id`, `level`, `amount`, `status`, `settled_at`, `dmh_version`\)/);
    assert.deepEqual(st.binds, ['501', '42', '11', '5', 1, '10.50', 'settled', PAID_AT, 1764036185000]);
  });

  test("a transaction's rows: one multi-row upsert per table, tables in the order of their first row, rows in theirs", () => {
    const order = (id: string) => mapOrder(DEFAULT_MAPPING, anOrder({ id }));
    const reward = (id: string, orderId: string) => mapReward(DEFAULT_MAPPING, aReward({ id, orderId }));
    const rows = [order('41'), reward('501', '41'), reward('502', '41'), order('42'), reward('503', '42')];
    const statements = mysqlUpsertStatements(rows);
    assert.equal(statements.length, 2);
    const [orders, rewards] = statements as [typeof statements[0], typeof statements[0]];
    assert.match(orders.sql, /^INSERT INTO `crm_orders` \(`dmh_order_id`, [^)]*\) VALUES \((\?, )+\?\), \((\?, )+\?\) ON DUPLICATE KEY UPDATE /);
    assert.match(rewards.sql, /^INSERT INTO `crm_rewards` .* VALUES (\((\?, )+\?\), ){2}\((\?, )+\?\) ON DUPLICATE KEY UPDATE /);
    assert.deepEqual(orders.binds, [...mysqlUpsert(rows[0]!).binds, ...mysqlUpsert(rows[3]!).binds]);
    assert.deepEqual(rewards.binds, [rows[1]!, rows[2]!, rows[4]!].flatMap((r) => mysqlUpsert(r).binds));
    assert.equal((orders.sql.match(/\?/g) ?? []).length, orders.binds.length);
    assert.equal((rewards.sql.match(/\?/g) ?? []).length, rewards.binds.length);
    assert.equal(mysqlUpsertStatements([rows[0]!])[0]!.sql, mysqlUpsert(rows[0]!).sql, 'one row: the single-row statement');
  });

  test('reconciliation reads key, version and the mapped columns by key', () => {
    const table = { table: 'CRM.DMH_ORDERS', keyColumn: 'DMH_ID', versionColumn: 'DMH_VERSION', columns: ['ORDER_NO', 'STATE'] };
    assert.deepEqual(mysqlSelectByKeys(table, ['1', '2']), {
      sql: 'SELECT `DMH_ID`, `DMH_VERSION`, `ORDER_NO`, `STATE` FROM `CRM`.`DMH_ORDERS` WHERE `DMH_ID` IN (?, ?)',
      binds: ['1', '2'],
    });
    assert.equal(mysqlProbe(table).sql, 'SELECT `DMH_ID`, `DMH_VERSION`, `ORDER_NO`, `STATE` FROM `CRM`.`DMH_ORDERS` WHERE 1 = 0');
  });
});
