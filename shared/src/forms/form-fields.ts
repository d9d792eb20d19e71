import { z } from 'zod';

/** The campaign's dynamic form, as stored in campaigns.form_fields and edited by brand admins. */
export const FORM_FIELD_TYPES = ['text', 'phone', 'number', 'select', 'radio', 'checkbox', 'date', 'address'] as const;

export const formFieldSchema = z
  .object({
    key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/, 'key must be a letter then letters, digits or _'),
    label: z.string().min(1).max(100),
    type: z.enum(FORM_FIELD_TYPES),
    required: z.boolean().default(false),
    minLength: z.number().int().min(0).optional(),
    maxLength: z.number().int().min(1).max(2000).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    pattern: z.string().max(200).optional(),
    options: z.array(z.string().min(1).max(100)).max(100).optional(),
  })
  .strict();

export type FormField = z.infer<typeof formFieldSchema>;
export const formFieldsSchema = z.array(formFieldSchema).max(50);

export const PHONE_PATTERN = /^1[3-9]\d{9}$/; // mainland China mobile numbers
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

type FormValue = unknown;

/**
 * Validates submitted form data against the campaign's fields. Unknown keys are refused (they are never
 * stored), every field is checked by its type and constraints, and each problem names `formData.<key>`.
 */
export function validateFormData(fields: FormField[], data: Record<string, FormValue>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const known = new Set(fields.map((f) => f.key));
  for (const key of Object.keys(data)) {
    if (!known.has(key)) problems.push({ field: `formData.${key}`, code: 'unknown_field', message: 'not a field of this form' });
  }
  for (const field of fields) {
    const value = data[field.key];
    const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
    if (empty) {
      if (field.required) problems.push({ field: `formData.${field.key}`, code: 'required', message: `${field.label} is required` });
      continue;
    }
    const problem = checkValue(field, value);
    if (problem) problems.push({ field: `formData.${field.key}`, code: problem[0], message: problem[1] });
  }
  return problems;
}

function checkValue(field: FormField, value: FormValue): [string, string] | null {
  switch (field.type) {
    case 'text':
    case 'address':
      return checkText(field, value);
    case 'phone':
      return typeof value === 'string' && PHONE_PATTERN.test(value) ? null : ['invalid_phone', 'not a valid mobile number'];
    case 'number':
      return checkNumber(field, value);
    case 'select':
    case 'radio':
      return typeof value === 'string' && (field.options ?? []).includes(value) ? null : ['invalid_option', 'not one of the options'];
    case 'checkbox':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && (field.options ?? []).includes(v)) && new Set(value).size === value.length
        ? null
        : ['invalid_option', 'each choice must be one of the options, once'];
    case 'date':
      return typeof value === 'string' && DATE_PATTERN.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
        ? null
        : ['invalid_date', 'date must be YYYY-MM-DD'];
  }
}

function checkText(field: FormField, value: FormValue): [string, string] | null {
  if (typeof value !== 'string') return ['invalid_type', 'must be text'];
  const length = [...value].length;
  if (field.minLength !== undefined && length < field.minLength) return ['too_short', `at least ${field.minLength} characters`];
  if (length > (field.maxLength ?? 500)) return ['too_long', `at most ${field.maxLength ?? 500} characters`];
  if (field.pattern && !safeRegex(field.pattern).test(value)) return ['pattern_mismatch', 'does not match the expected format'];
  return null;
}

function checkNumber(field: FormField, value: FormValue): [string, string] | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n)) return ['invalid_number', 'must be a number'];
  if (field.min !== undefined && n < field.min) return ['too_small', `at least ${field.min}`];
  if (field.max !== undefined && n > field.max) return ['too_large', `at most ${field.max}`];
  return null;
}

function safeRegex(pattern: string): RegExp {
  // Patterns come from brand admins: anchored so they describe the whole value.
  return new RegExp(`^(?:${pattern})$`, 'u');
}
