import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { invalidTextFields } from './invalid-text';

describe('invalidTextFields', () => {
  it('accepts Chinese, emoji (surrogate pairs) and ordinary text', () => {
    assert.deepEqual(invalidTextFields({ name: '张三 😀', tags: ['a', 'b'], n: 3 }, 'body'), []);
  });

  it('names every field holding a lone surrogate or a NUL', () => {
    const fields = invalidTextFields({ name: 'a\uD800', nested: { x: ['ok', '\uDC00b'] }, z: 'nul\u0000' }, 'body').map((p) => p.field);
    assert.deepEqual(fields, ['body.name', 'body.nested.x.1', 'body.z']);
  });

  it('checks object keys too', () => {
    assert.equal(invalidTextFields({ ['k\uD801']: 1 }, 'body')[0]?.field, 'body');
  });
});
