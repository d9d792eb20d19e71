import { BLOCK_RULES, PAGE_BLOCK_TYPES } from '@dmh/pages';
import en from '../../../../public/i18n/page-designer/en.json';
import zh from '../../../../public/i18n/page-designer/zh-CN.json';
import { designProblemMessage, ruleHint } from './block-rules';

/** Every key of a translation file, as `a.b.c`. */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
const has = (file: unknown, key: string) => keys(file).includes(key.replace(/^pageDesigner\./, ''));

describe('page designer words', () => {
  it('has the same keys in Chinese and English', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });

  it('names every block type and property, and says every rule and value, in both languages', () => {
    for (const file of [zh, en]) {
      for (const type of PAGE_BLOCK_TYPES) {
        expect(has(file, `types.${type}`)).withContext(type).toBeTrue();
        for (const [name, rule] of Object.entries(BLOCK_RULES[type])) {
          expect(has(file, `prop.${type}.${name}`)).withContext(`${type}.${name}`).toBeTrue();
          expect(has(file, ruleHint(rule).key)).withContext(`${type}.${name} rule`).toBeTrue();
          if (rule.kind === 'choice') for (const v of rule.values) expect(has(file, `values.${type}.${name}.${v}`)).toBeTrue();
        }
      }
    }
  });

  it("states each rule's limits, from the shared rules", () => {
    expect(ruleHint(BLOCK_RULES.banner['title'])).toEqual({ key: 'pageDesigner.rules.text.optional', params: { max: 100 } });
    expect(ruleHint(BLOCK_RULES.share['title'])).toEqual({ key: 'pageDesigner.rules.text.required', params: { max: 100 } });
    expect(ruleHint(BLOCK_RULES.spacer['height'])).toEqual({ key: 'pageDesigner.rules.int', params: { min: 4, max: 400 } });
  });

  it('says a problem in words, naming the FAQ entry it is in', () => {
    expect(designProblemMessage({ code: 'invalid_format', message: 'Invalid URL' })).toEqual({ key: 'pageDesigner.problems.invalid_format' });
    expect(designProblemMessage({ code: 'too_small', message: '1.answer: Too small' })).toEqual({ key: 'pageDesigner.problems.item.answer', params: { n: 2 } });
    expect(designProblemMessage({ code: 'custom', message: 'at most one form block' })).toEqual({ key: 'pageDesigner.problems.custom', params: { detail: 'at most one form block' } });
    expect(designProblemMessage({ code: 'weird', message: 'x' })).toEqual({ key: 'pageDesigner.problems.other', params: { detail: 'x' } });
    for (const code of ['too_small', 'too_big', 'invalid_format', 'invalid_type', 'invalid_value', 'empty_after_sanitize', 'too_long', 'custom', 'unrecognized_keys', 'other']) {
      expect(has(zh, `problems.${code}`)).withContext(code).toBeTrue();
    }
  });
});
