import type { Message } from '../core/errors/error-messages';
import { KNOWN_FIELD_CODES } from '../core/errors/error-messages';
import type { MappingIssue } from './mapping-rules';

/**
 * A mapping problem in the admin's words. The API (and the shared rules the console runs before sending)
 * say them in English with a zod code; each known sentence has its words in `sync.mapping.problems`,
 * anything else falls back to the field-error words with the API's own sentence.
 */
const SENTENCES: ReadonlyArray<[RegExp, string, (m: RegExpMatchArray) => Record<string, string | number>]> = [
  [/^longer than (\d+) characters$/, 'tooLong', (m) => ({ max: Number(m[1]) })],
  [/^must differ from the key column$/, 'differsFromKey', () => ({})],
  [/^column (\S+) is already mapped \((key|version|columns\.(\d+))\)$/, 'duplicate', (m) => ({ column: m[1], other: m[3] ?? m[2] })],
  [/^a constant reads no field$/, 'constantNoField', () => ({})],
  [/^required unless the transform is a constant$/, 'fromRequired', () => ({})],
  [/^unknown field; one of (.*)$/, 'unknownField', (m) => ({ fields: m[1] })],
  [/^(\w+) does not apply to (\w+) \((\w+)\)$/, 'transformMismatch', (m) => ({ transform: m[1], field: m[2], type: m[3] })],
  [/^orders and rewards need different tables$/, 'sameTable', () => ({})],
  [/^a letter, then letters, digits or _$/, 'identifier', () => ({})],
  [/^table or schema\.table/, 'tableName', () => ({})],
  [/^tokens YYYY/, 'dateFormat', () => ({})],
  [/^\+HH:MM$/, 'utcOffset', () => ({})],
  [/^each entry key=value$/, 'enumEntry', () => ({})],
];

export function issueWords(issue: Pick<MappingIssue, 'code' | 'message'>): Message {
  for (const [pattern, key, params] of SENTENCES) {
    const m = issue.message.match(pattern);
    if (m) return withOther({ key: `sync.mapping.problems.${key}`, params: params(m) });
  }
  // A string that must not be empty (zod: too_small, minimum 1), e.g. a column left blank.
  if (issue.code === 'too_small' && /(>=|at least )1\b/.test(issue.message) && /string|character/.test(issue.message)) {
    return { key: 'sync.mapping.problems.blank' };
  }
  if (issue.code === 'too_small' && /array|item/.test(issue.message)) return { key: 'sync.mapping.problems.noRows' };
  if (issue.code === 'too_big' && /array|item/.test(issue.message)) return { key: 'sync.mapping.problems.tooManyRows' };
  const known = (KNOWN_FIELD_CODES as readonly string[]).includes(issue.code);
  return { key: known ? `fieldErrors.${issue.code}` : 'fieldErrors.other', params: { detail: issue.message } };
}

/** "(columns.2)" names another row: said as its row number (1-based), as the table shows it. */
function withOther(message: Message): Message {
  const other = message.params?.['other'];
  if (typeof other !== 'string') return message;
  const row = /^\d+$/.test(other) ? Number(other) + 1 : null;
  return { ...message, key: row === null ? `${message.key}.${other}` : `${message.key}.row`, params: { ...message.params, row: row ?? '' } };
}
