import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPattern, compilePattern, PATTERN_MAX_INPUT } from './safe-pattern';

const codeOf = (pattern: string) => {
  const check = checkPattern(pattern);
  return check.ok ? 'ok' : check.code;
};

test('ordinary form patterns are accepted', () => {
  for (const pattern of [
    '[A-Z]{3}', '\\d{6}', '[1-9]\\d{5}', '[^@\\s]+@[^@\\s]+\\.[a-z]{2,10}', '(?:\\d{3}-)?\\d{4}', '(\\d{3}-){2}\\d{4}',
    '[\\p{Script=Han}]{2,10}', '(?<year>\\d{4})-\\d{2}', 'ab|cd', '\\u{1F600}?', '[\\]\\\\]+', '(?:foo)?bar',
  ]) {
    assert.equal(codeOf(pattern), 'ok', pattern);
  }
});

test('catastrophic shapes are refused', () => {
  for (const pattern of ['(a+)+', '(a*)*b', '(a|aa)+', '(\\w+\\s?)*', '((ab)*c)+', '(?:a?){2,}', '(a|b){1,30}', '([a-z]+\\.)+com']) {
    assert.equal(codeOf(pattern), 'nested_quantifier', pattern);
  }
});

test('backreferences, invalid syntax and over-long patterns are refused', () => {
  assert.equal(codeOf('(a)\\1'), 'backreference');
  assert.equal(codeOf('(?<x>a)\\k<x>'), 'backreference');
  assert.equal(codeOf('[a-'), 'invalid_pattern');
  assert.equal(codeOf('a{2'), 'invalid_pattern', 'a lone brace is a syntax error in unicode mode');
  assert.equal(codeOf('x'.repeat(201)), 'too_long');
});

test('at most three wide quantifiers', () => {
  assert.equal(codeOf('\\d*\\d*\\d*x'), 'ok');
  assert.equal(codeOf('\\d*\\d*\\d*\\d*x'), 'too_many_quantifiers');
  assert.equal(codeOf('a{0,100}b{0,100}c{0,100}d{0,100}'), 'too_many_quantifiers', 'a wide {n,m} counts as unbounded');
  assert.equal(codeOf('a{2,4}b{2,4}c{2,4}d{2,4}e{2,4}'), 'ok', 'narrow ranges do not');
});

test('an accepted worst case runs to its answer on the longest allowed input', () => {
  // O(n^3) steps at most for n = 256: this returns (a catastrophic pattern would hang the runner instead).
  const regex = compilePattern('\\d*\\d*\\d*x');
  assert.ok(regex);
  assert.equal(regex.test('1'.repeat(PATTERN_MAX_INPUT)), false);
});

test('compilePattern anchors and refuses unsafe patterns', () => {
  assert.equal(compilePattern('[A-Z]{3}')?.test('ABC'), true);
  assert.equal(compilePattern('[A-Z]{3}')?.test('ABCD'), false);
  assert.equal(compilePattern('(a+)+'), null);
});
