import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FormField, formFieldsSchema, isCalendarDate, validateFormData } from './form-fields';

const fields: FormField[] = formFieldsSchema.parse([
  { key: 'name', label: '姓名', type: 'text', required: true, maxLength: 5 },
  { key: 'phone', label: '手机号', type: 'phone', required: true },
  { key: 'age', label: 'Age', type: 'number', min: 18, max: 99 },
  { key: 'city', label: 'City', type: 'select', options: ['上海', '北京'] },
  { key: 'size', label: 'Size', type: 'radio', options: ['S', 'M'] },
  { key: 'likes', label: 'Likes', type: 'checkbox', options: ['a', 'b', 'c'], min: 1, max: 2 },
  { key: 'day', label: 'Day', type: 'date', minDate: '2026-01-01', maxDate: '2026-12-31' },
  { key: 'code', label: 'Code', type: 'text', pattern: '[A-Z]{3}', patternMessage: '三个大写字母' },
  { key: 'nick', label: 'Nick', type: 'text', minLength: 2 },
  { key: 'addr', label: 'Address', type: 'address', maxLength: 20 },
]);
const base = { name: 'a', phone: '13800138000' };
const problemsOf = (data: Record<string, unknown>) => validateFormData(fields, { ...base, ...data }, 'body.formData').map((p) => `${p.field}:${p.code}`);

test('a valid submission has no problems', () => {
  const data = {
    name: '张三', phone: '13800138000', age: '30', city: '上海', size: 'M', likes: ['a', 'c'], day: '2026-01-31', code: 'ABC', nick: 'zz',
    addr: { province: '上海市', city: '上海市', district: '徐汇区', detail: '漕溪北路 1 号' },
  };
  assert.deepEqual(validateFormData(fields, data, 'body.formData'), []);
});

test('required: missing, null, empty text and empty choice list are all missing', () => {
  const required = formFieldsSchema.parse([
    { key: 't', label: 'T', type: 'text', required: true },
    { key: 'c', label: 'C', type: 'checkbox', required: true, options: ['x'] },
  ]);
  const codes = (data: Record<string, unknown>) => validateFormData(required, data, 'body.formData').map((p) => `${p.field}:${p.code}`);
  assert.deepEqual(codes({}), ['body.formData.t:required', 'body.formData.c:required']);
  assert.deepEqual(codes({ t: '', c: [] }), ['body.formData.t:required', 'body.formData.c:required']);
  assert.deepEqual(codes({ t: null, c: null }), ['body.formData.t:required', 'body.formData.c:required']);
  assert.deepEqual(validateFormData(fields, { name: 'a', phone: '13800138000' }, 'body.formData'), [], 'optional fields may be left out');
});

test('text: type, minLength, maxLength in characters (not bytes)', () => {
  assert.deepEqual(problemsOf({ name: 12 }), ['body.formData.name:invalid_type']);
  assert.deepEqual(problemsOf({ name: '一二三四五' }), [], '5 CJK characters fit maxLength 5');
  assert.deepEqual(problemsOf({ name: '一二三四五六' }), ['body.formData.name:too_long']);
  assert.deepEqual(problemsOf({ nick: 'z' }), ['body.formData.nick:too_short']);
  const unbounded = formFieldsSchema.parse([{ key: 'note', label: 'Note', type: 'text' }]);
  assert.deepEqual(validateFormData(unbounded, { note: 'x'.repeat(500) }, 'body.formData'), []);
  assert.equal(validateFormData(unbounded, { note: 'x'.repeat(501) }, 'body.formData')[0].code, 'too_long', 'text is capped at 500 by default');
});

test('text pattern: anchored to the whole value, with the field message', () => {
  assert.deepEqual(problemsOf({ code: 'ABCD' }), ['body.formData.code:pattern_mismatch']);
  assert.deepEqual(problemsOf({ code: 'xABC' }), ['body.formData.code:pattern_mismatch']);
  assert.equal(validateFormData(fields, { ...base, code: 'abc' }, 'body.formData')[0].message, '三个大写字母');
  const long = formFieldsSchema.parse([{ key: 'x', label: 'X', type: 'text', pattern: 'a*' }]);
  assert.equal(validateFormData(long, { x: 'a'.repeat(257) }, 'body.formData')[0].code, 'too_long', 'a patterned value is at most 256 characters');
  const unsafe = formFieldsSchema.parse([{ key: 'x', label: 'X', type: 'text', pattern: '(a+)+b' }]);
  assert.equal(validateFormData(unsafe, { x: 'a'.repeat(40) }, 'body.formData')[0].code, 'pattern_mismatch', 'an unsafe stored pattern is never run');
});

test('phone: mainland mobile numbers only', () => {
  assert.deepEqual(problemsOf({ phone: '12345' }), ['body.formData.phone:invalid_phone']);
  assert.deepEqual(problemsOf({ phone: '12800138000' }), ['body.formData.phone:invalid_phone']);
  assert.deepEqual(problemsOf({ phone: 13800138000 }), ['body.formData.phone:invalid_phone'], 'a number is not a phone text');
});

test('number: numeric text or number, min and max by value', () => {
  assert.deepEqual(problemsOf({ age: 18 }), []);
  assert.deepEqual(problemsOf({ age: '99' }), []);
  assert.deepEqual(problemsOf({ age: 17 }), ['body.formData.age:too_small']);
  assert.deepEqual(problemsOf({ age: '100' }), ['body.formData.age:too_large']);
  assert.deepEqual(problemsOf({ age: 'abc' }), ['body.formData.age:invalid_number']);
  assert.deepEqual(problemsOf({ age: '0x20' }), ['body.formData.age:invalid_number'], 'no hex, exponents or other JS number syntax');
  assert.deepEqual(problemsOf({ age: '1e2' }), ['body.formData.age:invalid_number']);
  assert.deepEqual(problemsOf({ age: [30] }), ['body.formData.age:invalid_number']);
});

test('select and radio: exactly one of the options', () => {
  assert.deepEqual(problemsOf({ city: '广州' }), ['body.formData.city:invalid_option']);
  assert.deepEqual(problemsOf({ city: ['上海'] }), ['body.formData.city:invalid_option']);
  assert.deepEqual(problemsOf({ size: 'L' }), ['body.formData.size:invalid_option']);
});

test('checkbox: options, once each, min and max by count', () => {
  assert.deepEqual(problemsOf({ likes: ['a', 'a'] }), ['body.formData.likes:invalid_option']);
  assert.deepEqual(problemsOf({ likes: ['z'] }), ['body.formData.likes:invalid_option']);
  assert.deepEqual(problemsOf({ likes: 'a' }), ['body.formData.likes:invalid_option']);
  assert.deepEqual(problemsOf({ likes: ['a', 'b', 'c'] }), ['body.formData.likes:too_many']);
  const atLeastTwo = formFieldsSchema.parse([{ key: 'k', label: 'K', type: 'checkbox', options: ['a', 'b', 'c'], min: 2 }]);
  assert.deepEqual(validateFormData(atLeastTwo, { k: ['a'] }, 'body.formData').map((p) => p.code), ['too_few']);
});

test('date: a real calendar day within minDate..maxDate', () => {
  assert.deepEqual(problemsOf({ day: '2026-13-45' }), ['body.formData.day:invalid_date']);
  assert.deepEqual(problemsOf({ day: '2026-02-30' }), ['body.formData.day:invalid_date']);
  assert.deepEqual(problemsOf({ day: '2026-1-5' }), ['body.formData.day:invalid_date']);
  assert.deepEqual(problemsOf({ day: '2025-12-31' }), ['body.formData.day:too_early']);
  assert.deepEqual(problemsOf({ day: '2027-01-01' }), ['body.formData.day:too_late']);
  assert.equal(isCalendarDate('2028-02-29'), true);
  assert.equal(isCalendarDate('2027-02-29'), false);
});

test('address: free text or the region picker parts', () => {
  assert.deepEqual(problemsOf({ addr: '上海市徐汇区漕溪北路1号' }), []);
  assert.deepEqual(problemsOf({ addr: 'x'.repeat(21) }), ['body.formData.addr:too_long']);
  assert.deepEqual(problemsOf({ addr: { province: '上海市', city: '上海市', detail: '1 号' } }), [], 'district is optional');
  assert.deepEqual(problemsOf({ addr: { province: '上海市', detail: '1 号' } }), ['body.formData.addr:invalid_address']);
  assert.deepEqual(problemsOf({ addr: { province: 'a', city: 'b', detail: 'c', zip: '1' } }), ['body.formData.addr:invalid_address']);
  assert.deepEqual(problemsOf({ addr: { province: 'a', city: 'b', detail: 'x'.repeat(21) } }), ['body.formData.addr:too_long']);
  assert.deepEqual(problemsOf({ addr: ['上海'] }), ['body.formData.addr:invalid_type']);
});

test('unknown keys are refused, never stored', () => {
  assert.deepEqual(problemsOf({ balance: '1000' }), ['body.formData.balance:unknown_field']);
  assert.deepEqual(problemsOf({ ['__proto__']: 'x', constructor: 'y' }), ['body.formData.__proto__:unknown_field', 'body.formData.constructor:unknown_field']);
});

test('the field schema refuses malformed definitions', () => {
  assert.throws(() => formFieldsSchema.parse([{ key: '1bad', label: 'x', type: 'text' }]));
  assert.throws(() => formFieldsSchema.parse([{ key: 'a', label: 'x', type: 'colour' }]));
  assert.throws(() => formFieldsSchema.parse([{ key: 'a', label: 'x', type: 'text', soldCount: 1 }]), 'unknown properties');
  assert.throws(() => formFieldsSchema.parse([{ key: 'a', label: 'x', type: 'text', pattern: 'x'.repeat(201) }]));
  assert.throws(() => formFieldsSchema.parse(Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, label: 'x', type: 'text' }))));
});
