import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mapOrder, mapReward } from '../../mapping/field-mapping';
import { aReward, anOrder, CRM_MAPPING, PAID_AT } from '../../mapping/sample-data';
import { sqlServerProbe, sqlServerSelectByKeys, sqlServerUpsert, sqlServerType } from './sqlserver.sql';

describe('SQL Server statements', () => {
  test('upsert: MERGE … WITH (HOLDLOCK), typed parameters, update only when the stored version is not newer', () => {
    const st = sqlServerUpsert(mapOrder(CRM_MAPPING, anOrder({ tradeNo: null })));
    assert.equal(
      st.sql,
      'MERGE INTO [CRM].[DMH_ORDERS] WITH (HOLDLOCK) AS t ' +
        'USING (VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6)) AS s ([DMH_ID], [ORDER_NO], [AMOUNT_FEN], [STATE], [PAID_TIME], [SOURCE], [DMH_VERSION]) ' +
        'ON t.[DMH_ID] = s.[DMH_ID] ' +
        'WHEN MATCHED AND (t.[DMH_VERSION] IS NULL OR t.[DMH_VERSION] <= s.[DMH_VERSION]) THEN UPDATE SET ' +
        't.[ORDER_NO] = s.[ORDER_NO], t.[AMOUNT_FEN] = s.[AMOUNT_FEN], t.[STATE] = s.[STATE], t.[PAID_TIME] = s.[PAID_TIME], t.[SOURCE] = s.[SOURCE], t.[DMH_VERSION] = s.[DMH_VERSION] ' +
        'WHEN NOT MATCHED BY TARGET THEN INSERT ([DMH_ID], [ORDER_NO], [AMOUNT_FEN], [STATE], [PAID_TIME], [SOURCE], [DMH_VERSION]) ' +
        'VALUES (s.[DMH_ID], s.[ORDER_NO], s.[AMOUNT_FEN], s.[STATE], s.[PAID_TIME], s.[SOURCE], s.[DMH_VERSION]);',
    );
    assert.deepEqual(st.binds, [
      { name: 'p0', type: 'NVarChar', value: '42' },
      { name: 'p1', type: 'NVarChar', value: 'DMH20261125000042' },
      { name: 'p2', type: 'BigInt', value: 9900 },
      { name: 'p3', type: 'NVarChar', value: 'P' },
      { name: 'p4', type: 'NVarChar', value: '2026-11-25 10:03:04' },
      { name: 'p5', type: 'NVarChar', value: 'DMH' },
      { name: 'p6', type: 'BigInt', value: 1764036184567 },
    ]);
  });

  test('reward upsert binds a native date as DateTime2', () => {
    const st = sqlServerUpsert(mapReward(CRM_MAPPING, aReward()));
    assert.deepEqual(st.binds.map((b) => [b.type, b.value]), [
      ['NVarChar', '501'], ['NVarChar', '42'], ['BigInt', 1], ['NVarChar', '10.50'], ['BigInt', 1], ['DateTime2', PAID_AT], ['BigInt', 1764036185000],
    ]);
  });

  test('parameter types', () => {
    assert.deepEqual([sqlServerType(null), sqlServerType(true), sqlServerType(1.5), sqlServerType(3), sqlServerType('x')], ['NVarChar', 'Bit', 'Float', 'BigInt', 'NVarChar']);
  });

  test('reconciliation: named parameters in the IN list; table probe with TOP 0', () => {
    const table = { table: 'dbo.DMH_ORDERS', keyColumn: 'DMH_ID', versionColumn: 'DMH_VERSION', columns: ['STATE'] };
    assert.deepEqual(sqlServerSelectByKeys(table, ['7', '8']), {
      sql: 'SELECT [DMH_ID], [DMH_VERSION], [STATE] FROM [dbo].[DMH_ORDERS] WHERE [DMH_ID] IN (@p0, @p1)',
      binds: [{ name: 'p0', type: 'NVarChar', value: '7' }, { name: 'p1', type: 'NVarChar', value: '8' }],
    });
    assert.equal(sqlServerProbe(table).sql, 'SELECT TOP 0 [DMH_ID], [DMH_VERSION], [STATE] FROM [dbo].[DMH_ORDERS]');
  });
});
