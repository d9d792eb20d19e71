import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { targetConfigInputSchema } from './target-config';

const valid = () => ({
  kind: 'oracle',
  host: 'crm-db.example.cn',
  port: 1521,
  database: 'CRMPDB1',
  username: 'dmh_sync',
  password: 'S3cret!',
  options: { connectTimeoutMs: 5000 },
  mapping: {
    orders: {
      table: 'CRM.DMH_ORDERS', key: 'DMH_ID', version: 'DMH_VERSION',
      columns: [
        { column: 'ORDER_NO', from: 'orderNo' },
        { column: 'AMOUNT_FEN', from: 'amount', transform: { type: 'yuanToCents' } },
        { column: 'STATE', from: 'status', transform: { type: 'enumMap', map: { paid: 'P' }, fallback: 'X' } },
        { column: 'PAID_TIME', from: 'paidAt', transform: { type: 'dateFormat', format: 'YYYY-MM-DD HH:mm:ss', utcOffset: '+08:00' } },
        { column: 'SOURCE', transform: { type: 'constant', value: 'DMH' } },
      ],
    },
    rewards: {
      table: 'CRM.DMH_REWARDS', key: 'DMH_ID', version: 'DMH_VERSION',
      columns: [{ column: 'AMOUNT_YUAN', from: 'amountCents', transform: { type: 'centsToYuan' } }, { column: 'LVL', from: 'level' }],
    },
  },
});

/** The paths and messages of the problems, as the API reports them (`body.<path>`). */
function problems(config: unknown): string[] {
  const r = targetConfigInputSchema.safeParse(config);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('sync target configuration', () => {
  test('a complete configuration with every transform is valid', () => {
    assert.deepEqual(problems(valid()), []);
  });

  test('unknown fields are refused, naming them', () => {
    assert.match(problems({ ...valid(), brandId: '1' }).join(), /brandId|Unrecognized key/);
  });

  test('identifiers are plain (no quoting or injection)', () => {
    const c = valid();
    c.mapping.orders.table = 'CRM_ORDERS; DROP TABLE X';
    c.mapping.orders.columns[0].column = 'ORDER"NO';
    const p = problems(c);
    assert.ok(p.some((m) => m.startsWith('mapping.orders.table:')));
    assert.ok(p.some((m) => m.startsWith('mapping.orders.columns.0.column:')));
  });

  test('transforms must fit their field; from is required unless constant', () => {
    const c = valid();
    c.mapping.orders.columns[0] = { column: 'ORDER_NO', from: 'orderNo', transform: { type: 'dateFormat', format: 'YYYY' } } as never;
    c.mapping.rewards.columns[0] = { column: 'AMOUNT_YUAN', from: 'amount', transform: { type: 'centsToYuan' } } as never;
    c.mapping.rewards.columns[1] = { column: 'LVL' } as never;
    assert.deepEqual(problems(c), [
      'mapping.orders.columns.0.transform: dateFormat does not apply to orderNo (string)',
      'mapping.rewards.columns.0.transform: centsToYuan does not apply to amount (money)',
      'mapping.rewards.columns.1.from: required unless the transform is a constant',
    ]);
  });

  test('unknown DMH fields, duplicate columns, key = version, one table for both', () => {
    const c = valid();
    c.mapping.orders.columns[0] = { column: 'ORDER_NO', from: 'balance' } as never;
    c.mapping.orders.columns[1].column = 'order_no';
    c.mapping.rewards.version = 'dmh_id';
    c.mapping.rewards.table = 'crm.dmh_orders';
    const p = problems(c);
    assert.ok(p.some((m) => /^mapping\.orders\.columns\.0\.from: unknown field/.test(m)), p.join('\n'));
    assert.ok(p.includes('mapping.orders.columns.1.column: column order_no is already mapped (columns.0)'), p.join('\n'));
    assert.ok(p.includes('mapping.rewards.version: must differ from the key column'), p.join('\n'));
    assert.ok(p.includes('mapping.rewards.table: orders and rewards need different tables'), p.join('\n'));
  });

  test('identifier length per database: 64 for MySQL, 128 for Oracle', () => {
    const c = valid();
    c.mapping.orders.key = `K${'x'.repeat(99)}`;
    assert.deepEqual(problems(c), []);
    assert.deepEqual(problems({ ...c, kind: 'mysql' }), ['mapping.orders.key: longer than 64 characters']);
  });

  test('connection fields: port range, host name, date format tokens, offset', () => {
    const c = valid();
    c.port = 70000;
    c.host = 'bad host';
    (c.mapping.orders.columns[3].transform as { format: string }).format = 'YYYY-%m';
    (c.mapping.orders.columns[3].transform as { utcOffset: string }).utcOffset = '8';
    const paths = problems(c).map((m) => m.split(':')[0]);
    assert.deepEqual(paths.sort(), ['host', 'mapping.orders.columns.3.transform.format', 'mapping.orders.columns.3.transform.utcOffset', 'port']);
  });
});
