import type { FieldError } from '@dmh/api-client';
import { type FormField, PHONE_PATTERN, validateFormData } from '@dmh/forms';

/** A value as the form holds it: text for inputs, a list for checkboxes. */
export type FieldValue = string | string[];
export type FormValues = Record<string, FieldValue>;
/** The key under which the form shows the sign-up phone when the campaign asks for none. */
export const EXTRA_PHONE_KEY = '__phone';

/**
 * Where the sign-up's mobile number comes from: the campaign's own field `phone`, else its first phone-type
 * field, else an extra input the app adds (the API requires a number, in `phone` or in `formData.phone`).
 */
export function phoneFieldKey(fields: readonly FormField[]): string {
  return fields.find((f) => f.key === 'phone')?.key ?? fields.find((f) => f.type === 'phone')?.key ?? EXTRA_PHONE_KEY;
}

export function emptyValues(fields: readonly FormField[]): FormValues {
  const values: FormValues = {};
  for (const f of fields) values[f.key] = f.type === 'checkbox' ? [] : '';
  if (phoneFieldKey(fields) === EXTRA_PHONE_KEY) values[EXTRA_PHONE_KEY] = '';
  return values;
}

/** The body's formData: the campaign's fields only, trimmed text, empty answers left out (the server's rule). */
export function toFormData(fields: readonly FormField[], values: FormValues): Record<string, string | string[]> {
  const data: Record<string, string | string[]> = {};
  for (const f of fields) {
    const v = values[f.key];
    if (Array.isArray(v)) {
      if (v.length > 0) data[f.key] = v;
    } else if (typeof v === 'string' && v.trim() !== '') {
      data[f.key] = v.trim();
    }
  }
  return data;
}

export function phoneOf(fields: readonly FormField[], values: FormValues): string {
  const v = values[phoneFieldKey(fields)];
  return typeof v === 'string' ? v.trim() : '';
}

const CHOICE_TYPES = new Set<FormField['type']>(['select', 'radio', 'checkbox', 'date']);

/** Messages by the server's problem codes (shared/src/forms), in Chinese, naming the field. */
export function problemText(code: string, field: Pick<FormField, 'type' | 'label' | 'minLength' | 'maxLength' | 'min' | 'max' | 'minDate' | 'maxDate' | 'patternMessage'> | null, fallback: string): string {
  const label = field?.label ?? '该项';
  switch (code) {
    case 'required': return field && CHOICE_TYPES.has(field.type) ? `请选择${label}` : `请填写${label}`;
    case 'invalid_phone': return '请输入正确的 11 位手机号';
    case 'too_short': return `${label}至少 ${field?.minLength ?? ''} 个字`;
    case 'too_long': return `${label}太长了，请精简`;
    case 'pattern_mismatch': return field?.patternMessage ?? `${label}格式不正确`;
    case 'invalid_number': return `${label}请填写数字`;
    case 'too_small': return `${label}不能小于 ${field?.min ?? ''}`;
    case 'too_large': return `${label}不能大于 ${field?.max ?? ''}`;
    case 'invalid_option': return `请从选项中选择${label}`;
    case 'too_few': return `${label}至少选择 ${field?.min ?? ''} 项`;
    case 'too_many': return `${label}最多选择 ${field?.max ?? ''} 项`;
    case 'invalid_date': return `${label}请选择有效日期`;
    case 'too_early': return `${label}不能早于 ${field?.minDate ?? ''}`;
    case 'too_late': return `${label}不能晚于 ${field?.maxDate ?? ''}`;
    default: return fallback;
  }
}

/** Checks the values with the server's own rules (validateFormData) before sending: field key → message. */
export function checkValues(fields: readonly FormField[], values: FormValues): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of validateFormData([...fields], toFormData(fields, values), 'formData')) {
    const key = p.field.slice('formData.'.length);
    out[key] ??= problemText(p.code, fields.find((f) => f.key === key) ?? null, p.message);
  }
  const phoneKey = phoneFieldKey(fields);
  const phone = phoneOf(fields, values);
  if (!out[phoneKey]) {
    if (phone === '') out[phoneKey] = '请填写手机号';
    else if (!PHONE_PATTERN.test(phone)) out[phoneKey] = problemText('invalid_phone', null, '');
  }
  return out;
}

/**
 * The API's field errors (`body.formData.city`, `body.phone`) as field key → message, so each shows beside
 * its input; what names no field of the form comes back under '' (shown above the button).
 */
export function serverFieldErrors(fields: readonly FormField[], errors: readonly FieldError[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) {
    let key = '';
    if (e.field.startsWith('body.formData.')) key = e.field.slice('body.formData.'.length).split('.')[0] ?? '';
    else if (e.field === 'body.phone') key = phoneFieldKey(fields);
    const field = fields.find((f) => f.key === key) ?? null;
    const known = key === EXTRA_PHONE_KEY || field !== null;
    out[known ? key : ''] ??= problemText(e.code, field, e.message);
  }
  return out;
}
