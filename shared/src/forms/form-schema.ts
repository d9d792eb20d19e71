import { z } from 'zod';
import { DATE_TEXT } from './calendar-date';
import { PATTERN_MAX_LENGTH } from './safe-pattern';

/** The campaign's dynamic form, as stored in campaigns.form_fields and edited by brand admins. */
export const FORM_FIELD_TYPES = ['text', 'phone', 'number', 'select', 'radio', 'checkbox', 'date', 'address'] as const;
export type FormFieldType = (typeof FORM_FIELD_TYPES)[number];

/**
 * One field. Which constraints apply depends on the type (checked by `validateFormFields`):
 * text and address: minLength/maxLength (characters), text also pattern; number: min/max (value);
 * checkbox: min/max (how many choices); select, radio, checkbox: options; date: minDate/maxDate.
 */
export const formFieldSchema = z
  .object({
    key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/, 'key must be a letter then letters, digits or _'),
    label: z.string().min(1).max(100),
    type: z.enum(FORM_FIELD_TYPES),
    required: z.boolean().default(false),
    placeholder: z.string().max(200).optional(),
    minLength: z.number().int().min(0).max(2000).optional(),
    maxLength: z.number().int().min(1).max(2000).optional(),
    min: z.number().min(-1e12).max(1e12).optional(),
    max: z.number().min(-1e12).max(1e12).optional(),
    pattern: z.string().min(1).max(PATTERN_MAX_LENGTH).optional(),
    /** Shown to the consumer when the pattern does not match. */
    patternMessage: z.string().max(200).optional(),
    options: z.array(z.string().min(1).max(100)).max(100).optional(),
    minDate: z.string().regex(DATE_TEXT, 'YYYY-MM-DD').optional(),
    maxDate: z.string().regex(DATE_TEXT, 'YYYY-MM-DD').optional(),
  })
  .strict();

export type FormField = z.infer<typeof formFieldSchema>;
export const MAX_FORM_FIELDS = 50;
export const formFieldsSchema = z.array(formFieldSchema).max(MAX_FORM_FIELDS);

/**
 * A problem with submitted data or with a definition, naming the field by its full path from the request
 * part (`body.formData.city`, `body.formFields.2.options`): the caller says where the data sits.
 */
export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}
