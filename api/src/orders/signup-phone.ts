import { type FieldProblem, type FormField, PHONE_PATTERN } from '@dmh/shared';
import type { CreateOrderBody } from './orders.schemas';

/**
 * The sign-up's phone: `body.phone` if sent (and then the form's phone, if sent too, must be the same),
 * else the form's phone field. A problem is added naming the field the phone was taken from, and only when
 * the form's own rules have not already named that field: one wrong number is one problem.
 */
export function signupPhone(body: Pick<CreateOrderBody, 'phone' | 'formData'>, formFields: readonly FormField[], problems: FieldProblem[]): string {
  const fromForm = body.formData.phone;
  if (body.phone !== undefined) {
    if (!PHONE_PATTERN.test(body.phone)) problems.unshift({ field: 'body.phone', code: 'invalid_phone', message: 'a valid mobile number is required' });
    else if (fromForm !== undefined && fromForm !== body.phone) problems.push({ field: 'body.formData.phone', code: 'mismatch', message: 'differs from phone' });
    return body.phone;
  }
  if (typeof fromForm === 'string' && PHONE_PATTERN.test(fromForm)) return fromForm;
  const field = fromForm !== undefined || formFields.some((f) => f.key === 'phone') ? 'body.formData.phone' : 'body.phone';
  if (!problems.some((p) => p.field === field)) {
    problems.unshift({ field, code: fromForm === undefined ? 'required' : 'invalid_phone', message: 'a valid mobile number is required' });
  }
  return '';
}
