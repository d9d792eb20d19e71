import type { FormField } from '@dmh/forms';
import { checkValues, emptyValues, EXTRA_PHONE_KEY, phoneFieldKey, serverFieldErrors, toFormData } from './form-model';

const field = (f: Partial<FormField> & Pick<FormField, 'key' | 'type'>): FormField => ({ label: f.key, required: false, ...f });

describe('sign-up form model', () => {
  const fields: FormField[] = [
    field({ key: 'name', label: '姓名', type: 'text', required: true, maxLength: 10 }),
    field({ key: 'phone', label: '手机号', type: 'phone', required: true }),
    field({ key: 'size', label: '尺码', type: 'select', options: ['S', 'M'] }),
    field({ key: 'tags', label: '兴趣', type: 'checkbox', options: ['a', 'b', 'c'], max: 2 }),
    field({ key: 'code', label: '邀请码', type: 'text', pattern: '^[A-Z]{4}$', patternMessage: '4 个大写字母' }),
    field({ key: 'session', label: '场次', type: 'radio', options: ['上午', '下午'], required: true }),
  ];

  it('applies the server rules: required, phone, options, pattern, counts', () => {
    const values = { ...emptyValues(fields), phone: '123', size: 'XL', tags: ['a', 'b', 'c'], code: 'ab' };
    const problems = checkValues(fields, values);
    expect(problems['name']).toBe('请填写姓名');
    expect(problems['phone']).toBe('请输入正确的 11 位手机号');
    expect(problems['size']).toBe('请从选项中选择尺码');
    expect(problems['tags']).toBe('兴趣最多选择 2 项');
    expect(problems['code']).toBe('4 个大写字母');
    expect(problems['session']).toBe('请选择场次');
  });

  it('has nothing to say about good values, and sends only non-empty answers, trimmed', () => {
    const values = { ...emptyValues(fields), name: ' 张三 ', phone: '13800138000', tags: ['a'], session: '上午' };
    expect(checkValues(fields, values)).toEqual({});
    expect(toFormData(fields, values)).toEqual({ name: '张三', phone: '13800138000', tags: ['a'], session: '上午' });
  });

  it('adds a phone input when the campaign asks for none, and requires it', () => {
    const noPhone = [field({ key: 'name', type: 'text' })];
    expect(phoneFieldKey(noPhone)).toBe(EXTRA_PHONE_KEY);
    expect(emptyValues(noPhone)[EXTRA_PHONE_KEY]).toBe('');
    expect(checkValues(noPhone, emptyValues(noPhone))[EXTRA_PHONE_KEY]).toBe('请填写手机号');
    expect(toFormData(noPhone, { name: 'x', [EXTRA_PHONE_KEY]: '13800138000' })).toEqual({ name: 'x' });
  });

  it("puts the API's field errors beside their fields, the rest above the button", () => {
    const errors = [
      { field: 'body.formData.name', code: 'too_long', message: 'at most 10 characters' },
      { field: 'body.phone', code: 'invalid_phone', message: 'bad' },
      { field: 'body.referrerId', code: 'invalid_string', message: 'must be a positive integer id' },
    ];
    expect(serverFieldErrors(fields, errors)).toEqual({ name: '姓名太长了，请精简', phone: '请输入正确的 11 位手机号', '': 'must be a positive integer id' });
  });
});
