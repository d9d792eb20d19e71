import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type FieldProblem, formFieldsSchema, validateFormData } from '@dmh/shared';
import { signupPhone } from './signup-phone';

const withPhone = formFieldsSchema.parse([{ key: 'name', label: '姓名', type: 'text', required: true }, { key: 'phone', label: '手机', type: 'phone', required: true }]);
const withoutPhone = formFieldsSchema.parse([{ key: 'name', label: '姓名', type: 'text', required: true }]);

/** What POST /orders answers for a body: the phone used and every problem, `field:code`. */
function signUp(body: { phone?: string; formData: Record<string, unknown> }, fields = withPhone) {
  const problems: FieldProblem[] = validateFormData(fields, body.formData, 'body.formData');
  const phone = signupPhone(body, fields, problems);
  return { phone, problems: problems.map((p) => `${p.field}:${p.code}`) };
}

test('the phone comes from body.phone, else from the form', () => {
  assert.deepEqual(signUp({ phone: '13800000001', formData: { name: 'a', phone: '13800000001' } }), { phone: '13800000001', problems: [] });
  assert.deepEqual(signUp({ formData: { name: 'a', phone: '13800000002' } }), { phone: '13800000002', problems: [] });
  assert.deepEqual(signUp({ phone: '13800000003', formData: { name: 'a' } }, withoutPhone), { phone: '13800000003', problems: [] });
});

test('a wrong number in the form is one problem, named body.formData.phone (not body.phone as well)', () => {
  assert.deepEqual(signUp({ formData: { name: 'a', phone: '123' } }).problems, ['body.formData.phone:invalid_phone']);
  assert.deepEqual(signUp({ formData: { name: 'a' } }).problems, ['body.formData.phone:required']);
  assert.deepEqual(signUp({ formData: { name: 'a', phone: '13800000004' } }, withoutPhone).problems, ['body.formData.phone:unknown_field']);
});

test('no phone anywhere, on a form without one: body.phone is required', () => {
  assert.deepEqual(signUp({ formData: { name: 'a' } }, withoutPhone).problems, ['body.phone:required']);
});

test('body.phone is checked where it was sent; the form copy must agree with it', () => {
  assert.deepEqual(signUp({ phone: '123', formData: { name: 'a', phone: '13800000005' } }).problems, ['body.phone:invalid_phone']);
  assert.deepEqual(signUp({ phone: '13800000006', formData: { name: 'a', phone: '13800000007' } }).problems, ['body.formData.phone:mismatch']);
  assert.deepEqual(signUp({ phone: '123', formData: { phone: '123', balance: '1' } }).problems.sort(), [
    'body.formData.balance:unknown_field', 'body.formData.name:required', 'body.formData.phone:invalid_phone', 'body.phone:invalid_phone',
  ]);
});
