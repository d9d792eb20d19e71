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

/**
 * A problem in the designer's words. The rule is already shown beside the property, so the common codes
 * need no detail; a problem inside a FAQ entry (`0.question: …`) names the entry; anything else carries
 * the schema's (or the API's) own sentence.
 */
export function designProblemMessage(p: { code: string; message: string }): Message {
  const item = /^(\d+)\.(question|answer): /.exec(p.message);
  if (item) return { key: `pageDesigner.problems.item.${item[2]}`, params: { n: Number(item[1]) + 1 } };
  const plain = ['too_small', 'too_big', 'invalid_format', 'invalid_type', 'invalid_value', 'empty_after_sanitize', 'too_long'];
  if (plain.includes(p.code)) return { key: `pageDesigner.problems.${p.code}` };
  return { key: p.code === 'custom' || p.code === 'unrecognized_keys' ? `pageDesigner.problems.${p.code}` : 'pageDesigner.problems.other', params: { detail: p.message } };
}
