import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FormField, formFieldsSchema, validateFormData } from './form-fields';

const fields: FormField[] = formFieldsSchema.parse([
  { key: 'name', label: '姓名', type: 'text', required: true, maxLength: 5 },
  { key: 'phone', label: '手机号', type: 'phone', required: true },
  { key: 'age', label: 'Age', type: 'number', min: 18, max: 99 },
  { key: 'city', label: 'City', type: 'select', options: ['上海', '北京'] },
  { key: 'likes', label: 'Likes', type: 'checkbox', options: ['a', 'b'] },
  { key: 'day', label: 'Day', type: 'date' },
  { key: 'code', label: 'Code', type: 'text', pattern: '[A-Z]{3}' },
]);
const fieldsOf = (data: Record<string, unknown>) => validateFormData(fields, data).map((p) => `${p.field}:${p.code}`);

test('a valid submission has no problems', () => {
  assert.deepEqual(fieldsOf({ name: '张三', phone: '13800138000', age: '30', city: '上海', likes: ['a'], day: '2026-01-31', code: 'ABC' }), []);
});

test('each rule names its field', () => {
  assert.deepEqual(fieldsOf({ phone: '12345' }), ['formData.name:required', 'formData.phone:invalid_phone']);
  assert.deepEqual(fieldsOf({ name: '一二三四五六', phone: '13800138000' }), ['formData.name:too_long']);
  assert.deepEqual(fieldsOf({ name: 'a', phone: '13800138000', age: 17 }), ['formData.age:too_small']);
  assert.deepEqual(fieldsOf({ name: 'a', phone: '13800138000', city: '广州' }), ['formData.city:invalid_option']);
  assert.deepEqual(fieldsOf({ name: 'a', phone: '13800138000', likes: ['a', 'a'] }), ['formData.likes:invalid_option']);
  assert.deepEqual(fieldsOf({ name: 'a', phone: '13800138000', day: '2026-13-45' }), ['formData.day:invalid_date']);
  assert.deepEqual(fieldsOf({ name: 'a', phone: '13800138000', code: 'ABCD' }), ['formData.code:pattern_mismatch']);
});

test('unknown keys are refused, never stored', () => {
  assert.deepEqual(fieldsOf({ name: 'a', phone: '13800138000', balance: '1000' }), ['formData.balance:unknown_field']);
});

test('the field schema refuses malformed definitions', () => {
  assert.throws(() => formFieldsSchema.parse([{ key: '1bad', label: 'x', type: 'text' }]));
  assert.throws(() => formFieldsSchema.parse([{ key: 'a', label: 'x', type: 'colour' }]));
});
