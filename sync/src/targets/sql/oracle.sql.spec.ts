import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mapOrder, mapReward } from '../../mapping/field-mapping';
import { aReward, anOrder, CRM_MAPPING, PAID_AT } from '../../mapping/sample-data';
import { oracleProbe, oracleSelectByKeys, oracleUpsert } from './oracle.sql';

describe('Oracle statements', () => {
  test('upsert: MERGE … USING (SELECT :n … FROM DUAL), update only when the stored version is not newer', () => {
    const st = oracleUpsert(mapOrder(CRM_MAPPING, anOrder()));
    assert.equal(
      st.sql,
      'MERGE INTO CRM.DMH_ORDERS t USING (SELECT :1 AS DMH_ID, :2 AS ORDER_NO, :3 AS AMOUNT_FEN, :4 AS STATE, :5 AS PAID_TIME, :6 AS SOURCE, :7 AS DMH_VERSION FROM DUAL) s ' +
        'ON (t.DMH_ID = s.DMH_ID) ' +
        'WHEN MATCHED THEN UPDATE SET t.ORDER_NO = s.ORDER_NO, t.AMOUNT_FEN = s.AMOUNT_FEN, t.STATE = s.STATE, t.PAID_TIME = s.PAID_TIME, t.SOURCE = s.SOURCE, t.DMH_VERSION = s.DMH_VERSION ' +
        'WHERE t.DMH_VERSION IS NULL OR t.DMH_VERSION <= s.DMH_VERSION ' +
        'WHEN NOT MATCHED THEN INSERT (DMH_ID, ORDER_NO, AMOUNT_FEN, STATE, PAID_TIME, SOURCE, DMH_VERSION) ' +
        'VALUES (s.DMH_ID, s.ORDER_NO, s.AMOUNT_FEN, s.STATE, s.PAID_TIME, s.SOURCE, s.DMH_VERSION)',
    );
    assert.deepEqual(st.binds, ['42', 'DMH20261125000042', 9900, 'P', '2026-11-25 10:03:04', 'DMH', 1764036184567]);
  });

  test('reward upsert: cents → yuan, enum map to numbers, native date bound as a Date', () => {
    const st = oracleUpsert(mapReward(CRM_MAPPING, aReward({ status: 'reversed', amount: '7.05' })));
    assert.match(st.sql, /^MERGE INTO CRM\.DMH_REWARDS t USING \(SELECT :1 AS DMH_ID, :2 AS ORDER_ID, :3 AS LVL, :4 AS AMOUNT_YUAN, :5 AS STATE, :6 AS SETTLED_AT, :7 AS DMH_VERSION FROM DUAL\) s/);
    assert.deepEqual(st.binds, ['501', '42', 1, '7.05', 9, PAID_AT, 1764036185000]);
  });

  test('no value is ever spliced into the SQL', () => {
    const st = oracleUpsert(mapOrder(CRM_MAPPING, anOrder({ orderNo: "X'; DROP TABLE t; --" })));
    assert.doesNotMatch(st.sql, /DROP/);
    assert.equal(st.binds[1], "X'; DROP TABLE t; --");
  });

  test('reconciliation: positional binds in the IN list; table probe selects nothing', () => {
    const table = { table: 'DMH_ORDERS', keyColumn: 'DMH_ID', versionColumn: 'DMH_VERSION', columns: ['STATE', 'AMOUNT_FEN'] };
    assert.deepEqual(oracleSelectByKeys(table, ['7', '8', '9']), {
      sql: 'SELECT DMH_ID, DMH_VERSION, STATE, AMOUNT_FEN FROM DMH_ORDERS WHERE DMH_ID IN (:1, :2, :3)',
      binds: ['7', '8', '9'],
    });
    assert.deepEqual(oracleProbe(table), { sql: 'SELECT DMH_ID, DMH_VERSION, STATE, AMOUNT_FEN FROM DMH_ORDERS WHERE 1 = 0', binds: [] });
  });
});
