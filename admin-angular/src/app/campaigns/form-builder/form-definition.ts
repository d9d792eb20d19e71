import { type FieldProblem, type FormField, type FormFieldType, formFieldsSchema, validateFormFields } from '@dmh/forms';

/** Where the definition sits in the API's request: every problem is named from here, as the API names it. */
export const DEFINITION_PATH = 'body.formFields';

/** The constraints the builder offers for each type: exactly those the API accepts (shared/src/forms). */
export const CONSTRAINTS_OF: Record<FormFieldType, readonly (keyof FormField)[]> = {
  text: ['minLength', 'maxLength', 'pattern', 'patternMessage'],
  address: ['minLength', 'maxLength'],
  phone: [],
  number: ['min', 'max'],
  select: ['options'],
  radio: ['options'],
  checkbox: ['options', 'min', 'max'],
  date: ['minDate', 'maxDate'],
};

export const CHOICE_TYPES: readonly FormFieldType[] = ['select', 'radio', 'checkbox'];

/**
 * Every problem the API would find in this definition, named as the API names it
 * (`body.formFields.2.options`): the shape by the same zod schema the API parses with, then the rules
 * across fields (unique keys, options, ranges, safe patterns) by the same function the API calls.
 */
export function definitionProblems(fields: readonly FormField[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const shape = formFieldsSchema.safeParse(fields);
  if (!shape.success) {
    for (const issue of shape.error.issues) {
      problems.push({ field: [DEFINITION_PATH, ...issue.path.map(String)].join('.'), code: issue.code, message: issue.message });
    }
  }
  // The cross-field rules read only keys, types and constraints, which the builder always gives a type.
  const seen = new Set(problems.map((p) => p.field));
  for (const p of validateFormFields(shape.success ? shape.data : [...fields], DEFINITION_PATH)) {
    if (!seen.has(p.field)) problems.push(p);
  }
  return problems;
}

/**
 * The field as the API takes it: only the constraints its type accepts, and none left empty (an empty
 * pattern or an unset bound is no constraint, not a blank one the API would refuse).
 */
export function cleanField(field: FormField): FormField {
  const out: FormField = { key: field.key.trim(), label: field.label.trim(), type: field.type, required: field.required ?? false };
  if (field.placeholder?.trim()) out.placeholder = field.placeholder.trim();
  for (const name of CONSTRAINTS_OF[field.type]) {
    const value = field[name];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'number' && !Number.isFinite(value)) continue;
    (out as unknown as Record<string, unknown>)[name] = name === 'options' ? [...(value as string[])] : value;
  }
  return out;
}
