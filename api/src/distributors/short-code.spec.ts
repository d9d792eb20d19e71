import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SHORT_CODE_ALPHABET, SHORT_CODE_PATTERN, shortCode } from './short-code';

test('a code is 8 characters of the unambiguous alphabet and matches the URL pattern', () => {
  for (let i = 0; i < 200; i++) {
    const code = shortCode();
    assert.equal(code.length, 8);
    assert.ok([...code].every((c) => SHORT_CODE_ALPHABET.includes(c)), code);
    assert.match(code, SHORT_CODE_PATTERN);
    assert.doesNotMatch(code, /[0O1lI]/);
  }
});

test('codes do not repeat (random, not sequential)', () => {
  const codes = new Set(Array.from({ length: 5000 }, () => shortCode()));
  assert.equal(codes.size, 5000);
});

test('bytes beyond the last full multiple of the alphabet are skipped, so every character is equally likely', () => {
  const n = SHORT_CODE_ALPHABET.length; // 56: bytes 224..255 would favour the first 32 characters
  const feed = [255, 224, 0, n + 1, 2 * n + 2];
  const random = (size: number) => Buffer.from(Array.from({ length: size }, (_v, i) => feed[i % feed.length]));
  assert.equal(shortCode(3, random), `${SHORT_CODE_ALPHABET[0]}${SHORT_CODE_ALPHABET[1]}${SHORT_CODE_ALPHABET[2]}`);
});
