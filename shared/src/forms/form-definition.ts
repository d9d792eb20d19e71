import { isCalendarDate } from './calendar-date';
import type { FieldProblem, FormField, FormFieldType } from './form-schema';
import { checkPattern, PATTERN_MAX_INPUT } from './safe-pattern';

type Constraint = 'options' | 'minLength' | 'maxLength' | 'pattern' | 'patternMessage' | 'min' | 'max' | 'minDate' | 'maxDate';

/** Which constraints each type takes; any other one on a field is refused rather than silently ignored. */
const APPLICABLE: Record<FormFieldType, Constraint[]> = {
  text: ['minLength', 'maxLength', 'pattern', 'patternMessage'],
  address: ['minLength', 'maxLength'],
  phone: [],
  number: ['min', 'max'],
  select: ['options'],
  radio: ['options'],
  checkbox: ['options', 'min', 'max'],
  date: ['minDate', 'maxDate'],
};
const CONSTRAINTS: Constraint[] = ['options', 'minLength', 'maxLength', 'pattern', 'patternMessage', 'min', 'max', 'minDate', 'maxDate'];

/**
 * Checks a form definition as a whole, beyond the shape its zod schema checks: unique keys, the
 * constraints that fit each type, options present (and distinct) for choices, ranges the right way round,
 * safe patterns. Each problem names `<path>.<index>.<property>`, `path` being where the definition sits in the
 * request (`body.formFields`). Pure.
 */
export function validateFormFields(fields: FormField[], path: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  fields.forEach((field, i) => {
    const at = (property: string, code: string, message: string) =>
      problems.push({ field: `${path}.${i}.${property}`, code, message });
    if (seen.has(field.key.toLowerCase())) at('key', 'duplicate', `the key ${field.key} is used by another field`);
    seen.add(field.key.toLowerCase());
    if (field.key === 'phone' && field.type !== 'phone') at('type', 'phone_key', 'the field keyed phone must be of type phone');

    for (const constraint of CONSTRAINTS) {
      if (field[constraint] !== undefined && !APPLICABLE[field.type].includes(constraint)) {
        at(constraint, 'not_applicable', `${constraint} does not apply to a ${field.type} field`);
      }
    }
    if (APPLICABLE[field.type].includes('options')) checkOptions(field, at);
    checkRanges(field, at);
    if (field.type === 'text' && field.pattern !== undefined) {
      const check = checkPattern(field.pattern);
      if (!check.ok) at('pattern', check.code, check.message);
      if (field.maxLength !== undefined && field.maxLength > PATTERN_MAX_INPUT) {
        at('maxLength', 'too_large', `a field with a pattern takes at most ${PATTERN_MAX_INPUT} characters`);
      }
    }
  });
  return problems;
}

type At = (property: string, code: string, message: string) => void;

function checkOptions(field: FormField, at: At): void {
  const options = field.options ?? [];
  if (options.length === 0) {
    at('options', 'required', `a ${field.type} field needs at least one option`);
    return;
  }
  const distinct = new Set(options.map((o) => o.trim()));
  if (distinct.size !== options.length) at('options', 'duplicate', 'options must be distinct');
  if (options.some((o) => o.trim() === '')) at('options', 'blank', 'an option may not be blank');
}

function checkRanges(field: FormField, at: At): void {
  if (field.minLength !== undefined && field.maxLength !== undefined && field.minLength > field.maxLength) {
    at('minLength', 'range', 'minLength is greater than maxLength');
  }
  if (field.min !== undefined && field.max !== undefined && field.min > field.max) at('min', 'range', 'min is greater than max');
  if (field.type === 'checkbox') {
    const count = field.options?.length ?? 0;
    for (const bound of ['min', 'max'] as const) {
      const value = field[bound];
      if (value !== undefined && (!Number.isInteger(value) || value < 0 || value > count)) {
        at(bound, 'invalid_count', `${bound} is a number of choices between 0 and ${count}`);
      }
    }
  }
  for (const bound of ['minDate', 'maxDate'] as const) {
    const value = field[bound];
    if (value !== undefined && !isCalendarDate(value)) at(bound, 'invalid_date', 'not a real date');
  }
  if (field.minDate !== undefined && field.maxDate !== undefined && field.minDate > field.maxDate) {
    at('minDate', 'range', 'minDate is after maxDate');
  }
  if (field.required && field.type === 'checkbox' && field.max === 0) at('max', 'range', 'a required checkbox must allow a choice');
}
