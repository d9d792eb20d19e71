import type { AbstractControl, FormGroup } from '@angular/forms';
import { fieldMessages, type Message } from '../core/errors/error-messages';

/** The validation error under which a control carries the API's words about it. */
export const SERVER_ERROR = 'server';

/**
 * Puts the API's field errors on the form's controls (shown beside each field by <mat-error>); returns the
 * problems with fields the form does not show, for the form's banner.
 */
export function applyFieldErrors(form: FormGroup, err: unknown, apiFields: Readonly<Record<string, string>>): Message[] {
  const byControl = fieldMessages(err, apiFields);
  for (const [name, messages] of Object.entries(byControl)) {
    const control = name ? form.get(name) : null;
    if (!control) continue;
    control.setErrors({ ...control.errors, [SERVER_ERROR]: messages });
    control.markAsTouched();
  }
  return byControl[''] ?? [];
}

export function serverMessages(control: AbstractControl | null): Message[] {
  return (control?.errors?.[SERVER_ERROR] as Message[] | undefined) ?? [];
}
