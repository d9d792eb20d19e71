/**
 * Patterns in form definitions come from brand admins and run against consumers' input on the public
 * sign-up path, so a pattern must not be able to stall the process (ReDoS). JavaScript's engine
 * backtracks, so instead of trusting patterns we accept only a shape that cannot blow up:
 *  - at most PATTERN_MAX_LENGTH characters, valid with the `u` flag;
 *  - no backreferences (`\1`, `\k<name>`), which no linear bound covers;
 *  - no repeated group that contains a variable quantifier or an alternation (`(a+)+`, `(a|aa)*`, `(\w+\s?)*`):
 *    the exponential cases;
 *  - at most MAX_WIDE_QUANTIFIERS unbounded or wide quantifiers, and the input tested is at most
 *    PATTERN_MAX_INPUT characters long, which bounds the polynomial cases (`\d*\d*\d*x`) to a few million steps.
 */
export const PATTERN_MAX_LENGTH = 200;
export const PATTERN_MAX_INPUT = 256;
export const MAX_WIDE_QUANTIFIERS = 3;
/** A quantifier whose range is wider than this counts as wide, like `*` and `+`. */
const WIDE_RANGE = 16;

export type PatternCheck = { ok: true } | { ok: false; code: string; message: string };

interface Group {
  /** Contains a quantifier that can match a varying number of times. */
  variable: boolean;
  alternation: boolean;
}

interface Quantifier {
  min: number;
  max: number;
  length: number;
}

/** Whether a brand admin's pattern is accepted (see above). Pure. */
export function checkPattern(pattern: string): PatternCheck {
  if (pattern.length > PATTERN_MAX_LENGTH) return fail('too_long', `at most ${PATTERN_MAX_LENGTH} characters`);
  try {
    new RegExp(`^(?:${pattern})$`, 'u');
  } catch {
    return fail('invalid_pattern', 'not a valid regular expression');
  }
  const stack: Group[] = [{ variable: false, alternation: false }];
  let last: 'atom' | Group | null = null;
  let wide = 0;
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') return fail('backreference', 'backreferences are not allowed');
      i = skipEscape(pattern, i);
      last = 'atom';
      continue;
    }
    if (c === '[') {
      i = skipClass(pattern, i);
      last = 'atom';
      continue;
    }
    if (c === '(') {
      stack.push({ variable: false, alternation: false });
      i = skipGroupPrefix(pattern, i);
      last = null;
      continue;
    }
    if (c === ')') {
      const group = stack.pop() as Group;
      const parent = stack[stack.length - 1];
      parent.variable ||= group.variable;
      parent.alternation ||= group.alternation;
      last = group;
      i += 1;
      continue;
    }
    if (c === '|') {
      stack[stack.length - 1].alternation = true;
      last = null;
      i += 1;
      continue;
    }
    const quantifier = readQuantifier(pattern, i);
    if (quantifier) {
      if (quantifier.max > 1 && last !== null && last !== 'atom' && (last.variable || last.alternation)) {
        return fail('nested_quantifier', 'a repeated group may not contain | or a variable quantifier (catastrophic backtracking)');
      }
      if (quantifier.max - quantifier.min > WIDE_RANGE) wide += 1;
      if (wide > MAX_WIDE_QUANTIFIERS) return fail('too_many_quantifiers', `at most ${MAX_WIDE_QUANTIFIERS} unbounded quantifiers`);
      if (quantifier.max > quantifier.min) stack[stack.length - 1].variable = true;
      i += quantifier.length;
      if (pattern[i] === '?') i += 1; // lazy
      last = 'atom';
      continue;
    }
    last = 'atom';
    i += 1;
  }
  return { ok: true };
}

const compiled = new Map<string, RegExp | null>();

/** The anchored, compiled form of an accepted pattern, or null if the pattern is not accepted. */
export function compilePattern(pattern: string): RegExp | null {
  let regex = compiled.get(pattern);
  if (regex === undefined) {
    regex = checkPattern(pattern).ok ? new RegExp(`^(?:${pattern})$`, 'u') : null;
    if (compiled.size > 1000) compiled.clear();
    compiled.set(pattern, regex);
  }
  return regex;
}

function fail(code: string, message: string): PatternCheck {
  return { ok: false, code, message };
}

function skipEscape(p: string, i: number): number {
  const kind = p[i + 1];
  if ((kind === 'u' || kind === 'p' || kind === 'P') && p[i + 2] === '{') {
    const end = p.indexOf('}', i + 3);
    return end === -1 ? p.length : end + 1;
  }
  return i + 2;
}

function skipClass(p: string, i: number): number {
  let j = i + 1;
  while (j < p.length && p[j] !== ']') j = p[j] === '\\' ? skipEscape(p, j) : j + 1;
  return j + 1;
}

function skipGroupPrefix(p: string, i: number): number {
  if (p[i + 1] !== '?') return i + 1;
  if (p[i + 2] === '<' && p[i + 3] !== '=' && p[i + 3] !== '!') {
    const end = p.indexOf('>', i + 3);
    return end + 1; // a named group
  }
  return i + (p[i + 2] === '<' ? 4 : 3); // (?: (?= (?! (?<= (?<!
}

function readQuantifier(p: string, i: number): Quantifier | null {
  const c = p[i];
  if (c === '*') return { min: 0, max: Infinity, length: 1 };
  if (c === '+') return { min: 1, max: Infinity, length: 1 };
  if (c === '?') return { min: 0, max: 1, length: 1 };
  if (c !== '{') return null;
  const match = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i));
  if (!match) return null;
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
  return { min, max, length: match[0].length };
}
