import type { FormGroup } from '@angular/forms';
import type { FieldError } from '@dmh/api-client';
import type { Message } from '../../core/errors/error-messages';
import { SERVER_ERROR } from '../../shared/form-errors';

/** The problem codes this feature has its own words for (`campaignEditor.problems.<code>`). */
const KNOWN = [
  'required', 'too_small', 'too_big', 'invalid_format', 'timeRange', 'boundRange', 'in_the_past', 'reward_rule', 'below_seats_taken', 'duplicate', 'phone_key',
  'blank', 'not_applicable', 'invalid_count', 'invalid_date', 'nested_quantifier', 'invalid_pattern', 'backreference', 'too_many_quantifiers',
  'too_long', 'too_large', 'invalid_string', 'unknown',
];

/** A problem in the user's words; the API's (or the shared rules') own sentence goes along as the detail. */
export function problemMessage(p: FieldError): Message {
  const code = p.code === 'range' ? (p.field.startsWith('body.formFields') ? 'boundRange' : 'timeRange') : p.code;
  return KNOWN.includes(code)
    ? { key: `campaignEditor.problems.${code}`, params: { detail: p.message } }
    : { key: 'fieldErrors.other', params: { detail: p.message } };
}

/**
 * Puts problems named as the API names them (`body.price`, `body.rewardLevels.0.amount`) on the editor's
 * controls, shown beside each by <mat-error> until the value changes. `controlOf` maps an API field to a
 * control path. Returns the problems no control shows.
 */
export function placeProblems(form: FormGroup, problems: readonly FieldError[], controlOf: (apiField: string) => string | null): FieldError[] {
  const byControl = new Map<string, Message[]>();
  const unplaced: FieldError[] = [];
  for (const p of problems) {
    const path = controlOf(p.field);
    if (path === null || !form.get(path)) {
      unplaced.push(p);
      continue;
    }
    byControl.set(path, [...(byControl.get(path) ?? []), problemMessage(p)]);
  }
  for (const [path, messages] of byControl) {
    const control = form.get(path);
    control?.setErrors({ ...control.errors, [SERVER_ERROR]: messages });
    control?.markAsTouched();
  }
  return unplaced;
}
