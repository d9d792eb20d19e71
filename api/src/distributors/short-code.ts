import { randomBytes } from 'node:crypto';

/** Letters and digits that cannot be confused when read aloud or typed from a poster (no 0/O, 1/l/I). */
export const SHORT_CODE_ALPHABET = '23456789abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
export const SHORT_CODE_LENGTH = 8;

/** What a link's code looks like in a URL (generated codes are 8 of the alphabet; the column holds 16). */
export const SHORT_CODE_PATTERN = /^[A-Za-z0-9]{4,16}$/;

/**
 * A random short code, uniform over the alphabet (rejection sampling: no modulo bias), from a CSPRNG so
 * codes cannot be guessed from one another. 56^8 ≈ 9.7e13 codes; the unique key catches the rare clash.
 */
export function shortCode(length = SHORT_CODE_LENGTH, random: (size: number) => Buffer = randomBytes): string {
  const n = SHORT_CODE_ALPHABET.length;
  const limit = 256 - (256 % n);
  let code = '';
  while (code.length < length) {
    for (const byte of random(length * 2)) {
      if (byte >= limit) continue;
      code += SHORT_CODE_ALPHABET[byte % n];
      if (code.length === length) break;
    }
  }
  return code;
}
