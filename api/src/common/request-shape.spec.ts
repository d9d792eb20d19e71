import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_REQUEST_DEPTH, requestShapeProblems } from './request-shape';

/** `depth` arrays (or objects keyed `a`) nested in one another, the innermost holding `leaf`. */
function nested(depth: number, kind: 'array' | 'object', leaf: unknown = 1): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { a: value };
  return value;
}

const fieldsOf = (value: unknown, part = 'body') => requestShapeProblems(value, part).map((p) => `${p.field}:${p.code}`);

describe('requestShapeProblems: depth', () => {
  it('takes 32 levels of nesting (the part itself is the first)', () => {
    assert.deepEqual(fieldsOf(nested(MAX_REQUEST_DEPTH, 'object')), []);
    assert.deepEqual(fieldsOf(nested(MAX_REQUEST_DEPTH, 'array')), []);
  });

  it('refuses the 33rd level, naming the container where it got too deep', () => {
    assert.deepEqual(fieldsOf(nested(MAX_REQUEST_DEPTH + 1, 'object')), [`body${'.a'.repeat(MAX_REQUEST_DEPTH)}:too_deep`]);
    assert.deepEqual(fieldsOf(nested(MAX_REQUEST_DEPTH + 1, 'array', [])), [`body${'.0'.repeat(MAX_REQUEST_DEPTH)}:too_deep`]);
    assert.deepEqual(fieldsOf({ ok: 1, deep: nested(40, 'array') }, 'query'), [`query.deep${'.0'.repeat(MAX_REQUEST_DEPTH - 1)}:too_deep`]);
  });

  it('walks 10 000 and 1 000 000 levels without recursion: one problem, no RangeError', () => {
    for (const depth of [10_000, 1_000_000]) {
      for (const kind of ['array', 'object'] as const) {
        const problems = requestShapeProblems(nested(depth, kind), 'body');
        assert.equal(problems.length, 1);
        assert.equal(problems[0].code, 'too_deep');
        assert.equal(problems[0].field.split('.').length, MAX_REQUEST_DEPTH + 1);
      }
    }
  });

  it('a wide body is walked, not refused: depth, not size, is bounded here', () => {
    const wide = { items: Array.from({ length: 5000 }, (_, i) => ({ id: i, tags: ['x', 'y'] })) };
    assert.deepEqual(fieldsOf(wide), []);
  });

  it('stops at maxProblems', () => {
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, nested(3, 'array')]));
    assert.equal(requestShapeProblems(many, 'body', { maxDepth: 2 }).length, 10);
    assert.equal(requestShapeProblems(many, 'body', { maxDepth: 2, maxProblems: 3 }).length, 3);
  });
});

describe('requestShapeProblems: text', () => {
  it('accepts Chinese, emoji (surrogate pairs) and ordinary text', () => {
    assert.deepEqual(fieldsOf({ name: '张三 😀', tags: ['a', 'b'], n: 3, none: null }), []);
  });

  it('names every value holding a lone surrogate or a NUL, in document order', () => {
    assert.deepEqual(fieldsOf({ name: 'a\uD800', nested: { x: ['ok', '\uDC00b'] }, z: 'nul\u0000' }), [
      'body.name:invalid_text', 'body.nested.x.1:invalid_text', 'body.z:invalid_text',
    ]);
  });

  it('names a key that is not valid text by its own path (as zod names an unknown key)', () => {
    assert.deepEqual(fieldsOf({ form: { ['k\uD801']: 1 } }), ['body.form.k\uD801:invalid_text']);
  });

  it('a request part that is a bare string is checked too', () => {
    assert.deepEqual(fieldsOf('x\u0000', 'params'), ['params:invalid_text']);
  });
});
