import { MAX_FORM_FIELDS } from '@dmh/forms';
import { FormBuilderStore } from './form-builder.store';

const copy = (label: string) => ({ label, options: ['A', 'B'] });

function storeWith(...types: Parameters<FormBuilderStore['add']>[0][]): FormBuilderStore {
  const store = new FormBuilderStore();
  for (const type of types) store.add(type, copy(type));
  return store;
}

const codes = (store: FormBuilderStore) => store.problems().map((p) => `${p.field}:${p.code}`);

describe('FormBuilderStore', () => {
  it('adds a field with a free key, at the end or where it was dropped, and selects it', () => {
    const store = storeWith('text', 'text');
    expect(store.fields().map((f) => f.key)).toEqual(['text_1', 'text_2']);
    const dropped = store.add('number', copy('年龄'), 1);
    expect(store.fields().map((f) => f.key)).toEqual(['text_1', 'number_1', 'text_2']);
    expect(store.selected()?.uid).toBe(dropped?.uid);
  });

  it('gives a phone field the key orders read the phone from, required, and a second one another key', () => {
    const store = storeWith('phone', 'phone');
    expect(store.definition().map((f) => [f.key, f.required])).toEqual([['phone', true], ['phone_1', true]]);
  });

  it('starts a choice field with options, and a valid definition has no problems', () => {
    const store = storeWith('text', 'phone', 'select', 'radio', 'checkbox', 'number', 'date', 'address');
    expect(store.definition()[2].options).toEqual(['A', 'B']);
    expect(store.problems()).toEqual([]);
    expect(store.valid()).toBeTrue();
  });

  it('moves a field, and ignores a move from outside the list', () => {
    const store = storeWith('text', 'phone', 'select');
    store.move(2, 0);
    expect(store.fields().map((f) => f.type)).toEqual(['select', 'text', 'phone']);
    store.move(5, 0);
    expect(store.fields().map((f) => f.type)).toEqual(['select', 'text', 'phone']);
  });

  it('configures a field; the definition keeps only the constraints its type accepts, none left empty', () => {
    const store = storeWith('text');
    const uid = store.fields()[0].uid;
    store.configure(uid, { label: '姓名', key: 'name', required: true, maxLength: 20, pattern: '', min: 3 });
    expect(store.definition()).toEqual([{ key: 'name', label: '姓名', type: 'text', required: true, maxLength: 20 }]);
  });

  it('refuses duplicate keys (whatever the case), as the API does, naming the later field', () => {
    const store = storeWith('text', 'text');
    store.configure(store.fields()[1].uid, { key: 'TEXT_1' });
    expect(codes(store)).toEqual(['body.formFields.1.key:duplicate']);
    expect(store.problemsOf(store.fields()[1].uid)['key'][0].code).toBe('duplicate');
    expect(store.problemsOf(store.fields()[0].uid)).toEqual({});
  });

  it('refuses a choice without options, and blank or repeated options', () => {
    const store = storeWith('select');
    const uid = store.fields()[0].uid;
    store.configure(uid, { options: [] });
    expect(codes(store)).toEqual(['body.formFields.0.options:required']);
    store.configure(uid, { options: ['A', 'A'] });
    expect(codes(store)).toEqual(['body.formFields.0.options:duplicate']);
    store.configure(uid, { options: ['A', ' '] });
    expect(codes(store)).toContain('body.formFields.0.options:blank');
  });

  it('refuses a key the API would refuse, with the schema its own message', () => {
    const store = storeWith('text');
    store.configure(store.fields()[0].uid, { key: '1st' });
    expect(store.problems()[0]).toEqual(jasmine.objectContaining({ field: 'body.formFields.0.key', message: 'key must be a letter then letters, digits or _' }));
  });

  it('refuses ranges the wrong way round and unsafe patterns', () => {
    const store = storeWith('text', 'number');
    store.configure(store.fields()[0].uid, { minLength: 5, maxLength: 2 });
    store.configure(store.fields()[1].uid, { min: 10, max: 1 });
    expect(codes(store)).toEqual(['body.formFields.0.minLength:range', 'body.formFields.1.min:range']);
    store.configure(store.fields()[0].uid, { minLength: undefined, pattern: '(a+)+$' });
    expect(codes(store)).toContain('body.formFields.0.pattern:nested_quantifier');
  });

  it('refuses a text field keyed phone (orders read the phone from that key)', () => {
    const store = storeWith('text');
    store.configure(store.fields()[0].uid, { key: 'phone' });
    expect(codes(store)).toEqual(['body.formFields.0.type:phone_key']);
  });

  it('removes a field, and its selection with it', () => {
    const store = storeWith('text', 'phone');
    const phone = store.fields()[1];
    expect(store.selected()?.uid).toBe(phone.uid);
    store.remove(phone.uid);
    expect(store.fields().map((f) => f.type)).toEqual(['text']);
    expect(store.selected()).toBeNull();
  });

  it('adds no field past the API maximum', () => {
    const store = new FormBuilderStore();
    for (let i = 0; i < MAX_FORM_FIELDS; i++) store.add('text', copy('t'));
    expect(store.add('text', copy('t'))).toBeNull();
    expect(store.fields().length).toBe(MAX_FORM_FIELDS);
  });

  it("keeps the API's answer about the definition until the next change", () => {
    const store = storeWith('text');
    store.setServerProblems([
      { field: 'body.formFields.0.label', code: 'too_big', message: 'too long' },
      { field: 'body.price', code: 'too_small', message: 'not mine' },
    ]);
    expect(codes(store)).toEqual(['body.formFields.0.label:too_big']);
    store.configure(store.fields()[0].uid, { label: 'short' });
    expect(store.problems()).toEqual([]);
  });

  it('loads a saved definition as it was', () => {
    const store = new FormBuilderStore();
    const saved = [{ key: 'city', label: '城市', type: 'radio' as const, required: true, options: ['上海', '北京'] }];
    store.load(saved);
    expect(store.definition()).toEqual(saved);
    expect(store.selected()).toBeNull();
  });
});
