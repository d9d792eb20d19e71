import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mapOrder } from '../mapping/field-mapping';
import { anOrder, CRM_MAPPING } from '../mapping/sample-data';
import { compareRow, normalise } from './compare';

const expected = mapOrder(CRM_MAPPING, anOrder());
const stored = (values: unknown[], version: number | null = expected.version) => ({ key: '42', version, values });

describe('reconciliation compare', () => {
  test('missing when the target has no row', () => {
    assert.deepEqual(compareRow(expected, undefined), { problem: 'missing', columns: [] });
  });

  test('equal across driver representations: numbers as text or numbers, padded CHAR, decimals', () => {
    assert.equal(compareRow(expected, stored(['DMH20261125000042 ', '9900', 'P', '2026-11-25 10:03:04', 'DMH'])), null);
    assert.equal(compareRow(expected, stored(['DMH20261125000042', 9900, 'P', '2026-11-25 10:03:04', 'DMH'])), null);
  });

  test('different columns are named; an older stored version names the version column', () => {
    assert.deepEqual(compareRow(expected, stored(['DMH20261125000042', 9900, 'R', '2026-11-25 10:03:04', 'DMH'], expected.version - 1)), {
      problem: 'different', columns: ['STATE', 'DMH_VERSION'],
    });
    assert.deepEqual(compareRow(expected, stored(['DMH20261125000042', 9900, 'P', '2026-11-25 10:03:04', 'DMH'], null))?.columns, ['DMH_VERSION']);
    assert.equal(compareRow(expected, stored(['DMH20261125000042', 9900, 'P', '2026-11-25 10:03:04', 'DMH'], expected.version + 5)), null, 'a newer stored version is not a difference');
  });

  test('normalisation', () => {
    assert.deepEqual(['10.00', 10, '10', '010.0'].map(normalise), ['10', '10', '10', '10']);
    assert.deepEqual(['10.50', 10.5, '-0.00', '0', ''].map(normalise), ['10.5', '10.5', '0', '0', null]);
    assert.equal(normalise(null), null);
    assert.equal(normalise(true), '1');
    assert.equal(normalise('  paid '), 'paid');
    assert.equal(normalise('9007199254740993'), '9007199254740993', 'big ids stay exact');
  });
});
