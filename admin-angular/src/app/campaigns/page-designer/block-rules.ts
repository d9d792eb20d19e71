import type { PropertyRule } from '@dmh/pages';
import type { Message } from '../../core/errors/error-messages';

/** The API's rule for a property, in words (`pageDesigner.rules.*`), shown beside the property. */
export function ruleHint(rule: PropertyRule): Message {
  const need = rule.required ? 'required' : 'optional';
  switch (rule.kind) {
    case 'text': return { key: `pageDesigner.rules.text.${need}`, params: { max: rule.max } };
    case 'url': return { key: `pageDesigner.rules.url.${need}`, params: { max: rule.max } };
    case 'html': return { key: 'pageDesigner.rules.html', params: { max: rule.max } };
    case 'choice': return { key: 'pageDesigner.rules.choice' };
    case 'int': return { key: 'pageDesigner.rules.int', params: { min: rule.min, max: rule.max } };
    case 'flag': return { key: 'pageDesigner.rules.flag' };
    case 'faq': return { key: 'pageDesigner.rules.faq', params: { min: rule.minItems, max: rule.maxItems, question: rule.questionMax, answer: rule.answerMax } };
  }
}

/** A problem in the designer's words; the schema's own sentence (with its place in a list) goes along. */
export function designProblemMessage(p: { code: string; message: string }): Message {
  const known = ['too_small', 'too_big', 'invalid_format', 'invalid_type', 'invalid_value', 'custom', 'empty_after_sanitize', 'too_long', 'unrecognized_keys'];
  return known.includes(p.code) ? { key: `pageDesigner.problems.${p.code}`, params: { detail: p.message } } : { key: 'pageDesigner.problems.other', params: { detail: p.message } };
}
