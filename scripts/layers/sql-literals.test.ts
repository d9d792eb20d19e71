import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSqlStatement, sqlLiterals, tableWrites } from './sql-literals';

test('statements are found in string, template and concatenated literals, with their line', () => {
  const source = [
    "const a = 'SELECT id FROM orders WHERE id = ?';",
    'const b = `UPDATE orders SET status = ${s} WHERE id = ?`;',
    "const c = 'DELETE FROM ' + table + ' WHERE id = ?';",
    "const d = 'START TRANSACTION';",
    "const e = 'Select a campaign from the list';",
    "const f = 'orders';",
    '// SELECT x FROM y in a comment is no literal',
    "const g = 'x' + run('SELECT a FROM b');",
  ].join('\n');
  assert.deepEqual(sqlLiterals('x.ts', source).map((l) => l.line), [1, 2, 3, 4, 8]);
  assert.equal(sqlLiterals('x.ts', source)[1].text, 'UPDATE orders SET status = ? WHERE id = ?');
});

test('plain words are not SQL; each kind of statement is', () => {
  for (const text of ['update the settings', 'Insert into the list', 'select', 'orders', 'FROM here on']) assert.equal(isSqlStatement(text), false, text);
  for (const text of ['SELECT 1', 'INSERT IGNORE INTO t (a) VALUES (?)', 'REPLACE INTO t VALUES (?)', 'DELETE FROM t', 'UPDATE t SET a = 1', 'COMMIT', "SET time_zone = '+00:00'"]) {
    assert.equal(isSqlStatement(text), true, text);
  }
});

test('writes: the table and columns of INSERT, UPDATE (with aliases and joins), upserts and DELETE; reads write nothing', () => {
  assert.deepEqual(tableWrites('INSERT INTO orders (order_no, amount) VALUES (?, ?)'), [{ table: 'orders', kind: 'insert', columns: ['order_no', 'amount'] }]);
  assert.deepEqual(tableWrites("UPDATE orders SET status = 'paid', paid_at = ? WHERE id = ?"), [{ table: 'orders', kind: 'update', columns: ['status', 'paid_at'] }]);
  assert.deepEqual(
    tableWrites('UPDATE distributors d JOIN rewards r ON r.distributor_id = d.id SET d.total_earnings = d.total_earnings + r.amount, r.status = ? WHERE r.id = ?'),
    [{ table: 'distributors', kind: 'update', columns: ['total_earnings'] }, { table: 'rewards', kind: 'update', columns: ['status'] }],
  );
  assert.deepEqual(
    tableWrites('INSERT INTO t (a, b) VALUES (?, ?) ON DUPLICATE KEY UPDATE b = VALUES(b), c = c + 1'),
    [{ table: 't', kind: 'insert', columns: ['a', 'b', 'c'] }],
  );
  assert.deepEqual(tableWrites('DELETE FROM member_tags WHERE id = ?'), [{ table: 'member_tags', kind: 'delete', columns: [] }]);
  assert.deepEqual(tableWrites('UPDATE t SET a = (SELECT MAX(x) FROM u WHERE u.id = t.id), b = IF(c, 1, 2) WHERE id = ?'), [{ table: 't', kind: 'update', columns: ['a', 'b'] }]);
  assert.deepEqual(tableWrites('SELECT a FROM t WHERE id = ? FOR UPDATE'), []);
  assert.deepEqual(tableWrites('INSERT INTO ? (a) VALUES (?)'), [{ table: '?', kind: 'insert', columns: ['a'] }]);
});
