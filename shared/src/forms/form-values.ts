import { isCalendarDate } from './calendar-date';
import type { FieldProblem, FormField } from './form-schema';
import { compilePattern, PATTERN_MAX_INPUT } from './safe-pattern';

/**
 * The value checks of the forms feature, apart from the zod definitions (form-schema) so that a browser app
 * (h5-ionic) can run the server's own rules without bundling zod: only types come from form-schema.
 */
export type { FieldProblem, FormField } from './form-schema';

export const PHONE_PATTERN = /^1[3-9]\d{9}$/; // mainland China mobile numbers
/** Text and address values are at most this long unless the field says less. */
export const DEFAULT_MAX_LENGTH = 500;
const NUMBER_TEXT = /^-?\d{1,15}(\.\d{1,6})?$/;
const ADDRESS_PARTS = ['province', 'city', 'district', 'detail'] as const;

type Problem = [code: string, message: string] | null;

/**
 * Validates submitted form data against the campaign's fields. Unknown keys are refused (they are never
 * stored), every field is checked by its type and constraints, and each problem names `<at>.<key>`: `at`
 * is where the data sits in the request (`body.formData` for the API), so the name is the full path.
 */
export function validateFormData(fields: FormField[], data: Record<string, unknown>, at: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const known = new Set(fields.map((f) => f.key));
  for (const key of Object.keys(data)) {
    if (!known.has(key)) problems.push({ field: `${at}.${key}`, code: 'unknown_field', message: 'not a field of this form' });
  }
  for (const field of fields) {
    const value = Object.hasOwn(data, field.key) ? data[field.key] : undefined;
    const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
    if (empty) {
      if (field.required) problems.push({ field: `${at}.${field.key}`, code: 'required', message: `${field.label} is required` });
      continue;
    }
    const problem = checkValue(field, value);
    if (problem) problems.push({ field: `${at}.${field.key}`, code: problem[0], message: problem[1] });
  }
  return problems;
}

function checkValue(field: FormField, value: unknown): Problem {
  switch (field.type) {
    case 'text':
      return checkText(field, value);
    case 'address':
      return checkAddress(field, value);
    case 'phone':
      return typeof value === 'string' && PHONE_PATTERN.test(value) ? null : ['invalid_phone', 'not a valid mobile number'];
    case 'number':
      return checkNumber(field, value);
    case 'select':
    case 'radio':
      return typeof value === 'string' && (field.options ?? []).includes(value) ? null : ['invalid_option', 'not one of the options'];
    case 'checkbox':
      return checkCheckbox(field, value);
    case 'date':
      return checkDate(field, value);
  }
}

function checkText(field: FormField, value: unknown): Problem {
  if (typeof value !== 'string') return ['invalid_type', 'must be text'];
  const length = [...value].length;
  const max = field.pattern ? Math.min(field.maxLength ?? PATTERN_MAX_INPUT, PATTERN_MAX_INPUT) : (field.maxLength ?? DEFAULT_MAX_LENGTH);
  if (field.minLength !== undefined && length < field.minLength) return ['too_short', `at least ${field.minLength} characters`];
  if (length > max) return ['too_long', `at most ${max} characters`];
  if (field.pattern) {
    const regex = compilePattern(field.pattern);
    if (!regex || !regex.test(value)) return ['pattern_mismatch', field.patternMessage ?? 'does not match the expected format'];
  }
  return null;
}

/** An address is free text, or the parts of a region picker: province, city, optional district, detail. */
function checkAddress(field: FormField, value: unknown): Problem {
  if (typeof value === 'string') return checkText({ ...field, pattern: undefined }, value);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['invalid_type', 'must be text or {province, city, district, detail}'];
  const parts = value as Record<string, unknown>;
  if (Object.keys(parts).some((k) => !(ADDRESS_PARTS as readonly string[]).includes(k))) return ['invalid_address', 'only province, city, district and detail'];
  for (const part of ADDRESS_PARTS) {
    const text = parts[part];
    if (text === undefined && part === 'district') continue;
    if (typeof text !== 'string' || text.trim() === '') return ['invalid_address', `${part} is required`];
    if (part !== 'detail' && [...text].length > 50) return ['invalid_address', `${part} is at most 50 characters`];
  }
  return checkText({ ...field, pattern: undefined }, parts['detail']);
}

function checkNumber(field: FormField, value: unknown): Problem {
  const n = typeof value === 'number' ? value : typeof value === 'string' && NUMBER_TEXT.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isFinite(n)) return ['invalid_number', 'must be a number'];
  if (field.min !== undefined && n < field.min) return ['too_small', `at least ${field.min}`];
  if (field.max !== undefined && n > field.max) return ['too_large', `at most ${field.max}`];
  return null;
}

function checkCheckbox(field: FormField, value: unknown): Problem {
  const options = field.options ?? [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && options.includes(v)) || new Set(value).size !== value.length) {
    return ['invalid_option', 'each choice must be one of the options, once'];
  }
  if (field.min !== undefined && value.length < field.min) return ['too_few', `choose at least ${field.min}`];
  if (field.max !== undefined && value.length > field.max) return ['too_many', `choose at most ${field.max}`];
  return null;
}

function checkDate(field: FormField, value: unknown): Problem {
  if (!isCalendarDate(value)) return ['invalid_date', 'date must be a real YYYY-MM-DD date'];
  if (field.minDate !== undefined && value < field.minDate) return ['too_early', `on or after ${field.minDate}`];
  if (field.maxDate !== undefined && value > field.maxDate) return ['too_late', `on or before ${field.maxDate}`];
  return null;
}
