import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checksum, mapOrder, mapReward } from './field-mapping';
import { aReward, anOrder, CRM_MAPPING, PAID_AT } from './sample-data';

describe('field mapping', () => {
  test('an order becomes its table, key, version and mapped columns in mapping order', () => {
    assert.deepEqual(mapOrder(CRM_MAPPING, anOrder({ status: 'refunded' })), {
      table: 'CRM.DMH_ORDERS', keyColumn: 'DMH_ID', key: '42', versionColumn: 'DMH_VERSION', version: 1764036184567,
      columns: ['ORDER_NO', 'AMOUNT_FEN', 'STATE', 'PAID_TIME', 'SOURCE'],
      values: ['DMH20261125000042', 9900, 'R', '2026-11-25 10:03:04', 'DMH'],
    });
  });

  test('a reward reads its own fields (amountCents derived from amount)', () => {
    const row = mapReward(CRM_MAPPING, aReward({ amount: '2.00', level: 3 }));
    assert.deepEqual(row.values, ['42', 3, '2.00', 1, PAID_AT]);
  });

  test('the checksum follows the written values', () => {
    const a = checksum(mapOrder(CRM_MAPPING, anOrder()));
    assert.match(a, /^[0-9a-f]{64}$/);
    assert.equal(checksum(mapOrder(CRM_MAPPING, anOrder())), a);
    assert.notEqual(checksum(mapOrder(CRM_MAPPING, anOrder({ status: 'refunded' }))), a);
  });
});
