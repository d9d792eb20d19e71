import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formFieldsSchema, validateFormFields } from './form-fields';

const problemsOf = (fields: unknown[]) => validateFormFields(formFieldsSchema.parse(fields), 'body.formFields').map((p) => `${p.field}:${p.code}`);

test('a well-formed definition of every type has no problems', () => {
  assert.deepEqual(
    problemsOf([
      { key: 'name', label: '姓名', type: 'text', required: true, minLength: 2, maxLength: 20, pattern: '[\\p{Script=Han}A-Za-z ]+' },
      { key: 'phone', label: '手机号', type: 'phone', required: true },
      { key: 'age', label: 'Age', type: 'number', min: 0, max: 120 },
      { key: 'city', label: 'City', type: 'select', options: ['上海', '北京'] },
      { key: 'size', label: 'Size', type: 'radio', options: ['S', 'M'] },
      { key: 'likes', label: 'Likes', type: 'checkbox', options: ['a', 'b'], min: 1, max: 2 },
      { key: 'day', label: 'Day', type: 'date', minDate: '2026-01-01', maxDate: '2026-12-31' },
      { key: 'addr', label: 'Address', type: 'address', maxLength: 200 },
    ]),
    [],
  );
});

test('keys are unique (case-insensitively)', () => {
  assert.deepEqual(problemsOf([{ key: 'name', label: 'a', type: 'text' }, { key: 'Name', label: 'b', type: 'text' }]), ['body.formFields.1.key:duplicate']);
});

test('the phone key is reserved for a phone field (orders read the phone from it)', () => {
  assert.deepEqual(problemsOf([{ key: 'phone', label: 'a', type: 'text' }]), ['body.formFields.0.type:phone_key']);
});

test('choices need options, distinct and not blank', () => {
  assert.deepEqual(problemsOf([{ key: 's', label: 'a', type: 'select' }]), ['body.formFields.0.options:required']);
  assert.deepEqual(problemsOf([{ key: 'r', label: 'a', type: 'radio', options: [] }]), ['body.formFields.0.options:required']);
  assert.deepEqual(problemsOf([{ key: 'c', label: 'a', type: 'checkbox', options: ['x', 'x'] }]), ['body.formFields.0.options:duplicate']);
  assert.deepEqual(problemsOf([{ key: 'c', label: 'a', type: 'checkbox', options: ['x', ' '] }]), ['body.formFields.0.options:blank']);
});

test('a constraint that does not fit the type is refused, not ignored', () => {
  assert.deepEqual(problemsOf([{ key: 't', label: 'a', type: 'text', options: ['x'] }]), ['body.formFields.0.options:not_applicable']);
  assert.deepEqual(problemsOf([{ key: 't', label: 'a', type: 'text', min: 1 }]), ['body.formFields.0.min:not_applicable']);
  assert.deepEqual(problemsOf([{ key: 'n', label: 'a', type: 'number', maxLength: 3 }]), ['body.formFields.0.maxLength:not_applicable']);
  assert.deepEqual(problemsOf([{ key: 'a', label: 'a', type: 'address', pattern: 'x' }]), ['body.formFields.0.pattern:not_applicable']);
  assert.deepEqual(problemsOf([{ key: 'd', label: 'a', type: 'date', max: 3 }]), ['body.formFields.0.max:not_applicable']);
  assert.deepEqual(problemsOf([{ key: 'p', label: 'a', type: 'phone', minDate: '2026-01-01' }]), ['body.formFields.0.minDate:not_applicable']);
});

test('ranges the right way round', () => {
  assert.deepEqual(problemsOf([{ key: 't', label: 'a', type: 'text', minLength: 5, maxLength: 3 }]), ['body.formFields.0.minLength:range']);
  assert.deepEqual(problemsOf([{ key: 'n', label: 'a', type: 'number', min: 5, max: 3 }]), ['body.formFields.0.min:range']);
  assert.deepEqual(problemsOf([{ key: 'd', label: 'a', type: 'date', minDate: '2026-05-01', maxDate: '2026-04-01' }]), ['body.formFields.0.minDate:range']);
  assert.deepEqual(problemsOf([{ key: 'd', label: 'a', type: 'date', minDate: '2026-02-30' }]), ['body.formFields.0.minDate:invalid_date']);
});

test('checkbox counts are whole numbers within the options', () => {
  assert.deepEqual(problemsOf([{ key: 'c', label: 'a', type: 'checkbox', options: ['x', 'y'], max: 3 }]), ['body.formFields.0.max:invalid_count']);
  assert.deepEqual(problemsOf([{ key: 'c', label: 'a', type: 'checkbox', options: ['x', 'y'], min: 1.5 }]), ['body.formFields.0.min:invalid_count']);
  assert.deepEqual(problemsOf([{ key: 'c', label: 'a', type: 'checkbox', options: ['x'], required: true, max: 0 }]), ['body.formFields.0.max:range']);
});

test('patterns must be safe, and bound the input length', () => {
  assert.deepEqual(problemsOf([{ key: 't', label: 'a', type: 'text', pattern: '(a+)+$' }]), ['body.formFields.0.pattern:nested_quantifier']);
  assert.deepEqual(problemsOf([{ key: 't', label: 'a', type: 'text', pattern: '([a-z' }]), ['body.formFields.0.pattern:invalid_pattern']);
  assert.deepEqual(problemsOf([{ key: 't', label: 'a', type: 'text', pattern: 'a', maxLength: 1000 }]), ['body.formFields.0.maxLength:too_large']);
});
