import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyTransform, formatDate, MappingError } from './transforms';

describe('field transforms', () => {
  test('rename (or none) passes the value through', () => {
    assert.equal(applyTransform('paid', undefined, 'status'), 'paid');
    assert.equal(applyTransform('paid', { type: 'rename' }, 'status'), 'paid');
  });

  test('constant ignores the field', () => {
    assert.equal(applyTransform('anything', { type: 'constant', value: 'DMH' }, 'source'), 'DMH');
    assert.equal(applyTransform(null, { type: 'constant', value: 0 }, 'flag'), 0);
  });

  test('yuan → cents and cents → yuan are exact (no floating point)', () => {
    assert.equal(applyTransform('99.00', { type: 'yuanToCents' }, 'amount'), 9900);
    assert.equal(applyTransform('0.29', { type: 'yuanToCents' }, 'amount'), 29);
    assert.equal(applyTransform('19.99', { type: 'yuanToCents' }, 'amount'), 1999);
    assert.equal(applyTransform(1999, { type: 'centsToYuan' }, 'amountCents'), '19.99');
    assert.equal(applyTransform(5, { type: 'centsToYuan' }, 'amountCents'), '0.05');
    assert.equal(applyTransform(null, { type: 'yuanToCents' }, 'amount'), null);
  });

  test('enum map, with and without a fallback', () => {
    const t = { type: 'enumMap' as const, map: { paid: 'P', refunded: 'R' } };
    assert.equal(applyTransform('refunded', t, 'status'), 'R');
    assert.throws(() => applyTransform('cancelled', t, 'status'), (e: Error) => e instanceof MappingError && /no enumMap entry for 'cancelled'/.test(e.message));
    assert.equal(applyTransform('cancelled', { ...t, fallback: 'X' }, 'status'), 'X');
    assert.equal(applyTransform(2, { type: 'enumMap', map: { '2': 'L2' } }, 'level'), 'L2');
    assert.throws(() => applyTransform('toString', t, 'status'), MappingError, 'inherited keys are not entries');
  });

  test('date format at a fixed offset, with every token', () => {
    const d = new Date('2026-12-31T18:04:05.006Z');
    assert.equal(formatDate(d, 'YYYY-MM-DD HH:mm:ss.SSS', '+08:00'), '2027-01-01 02:04:05.006');
    assert.equal(formatDate(d, 'YYYYMMDD', '+00:00'), '20261231');
    assert.equal(formatDate(d, 'DD/MM/YYYY HH:mm', '-05:30'), '31/12/2026 12:34');
    assert.equal(applyTransform(d, { type: 'dateFormat', format: 'YYYY-MM-DDTHH:mm:ss' }, 'paidAt'), '2026-12-31T18:04:05');
    assert.equal(applyTransform(null, { type: 'dateFormat', format: 'YYYY' }, 'paidAt'), null);
  });
});
