import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BLOCK_RULES, PAGE_BLOCK_TYPES, type PropertyRule } from './page-rules';
import { pageBlockSchema, pageConfigSchema, pageProblems } from './page-schema';

/** A block of `type` with every required property at a valid value. */
function minimal(type: string): Record<string, unknown> {
  const out: Record<string, unknown> = { id: 'b', type };
  for (const [name, rule] of Object.entries(BLOCK_RULES[type as keyof typeof BLOCK_RULES])) if (rule.required) out[name] = valid(rule);
  return out;
}

function valid(rule: PropertyRule): unknown {
  switch (rule.kind) {
    case 'text': return 'x'.repeat(rule.max);
    case 'html': return '<p>x</p>';
    case 'url': return `https://cdn.example.com/${'a'.repeat(rule.max - 'https://cdn.example.com/'.length)}`;
    case 'choice': return rule.values[0];
    case 'int': return rule.max;
    case 'flag': return true;
    case 'faq': return Array.from({ length: rule.maxItems }, () => ({ question: 'q'.repeat(rule.questionMax), answer: 'a'.repeat(rule.answerMax) }));
  }
}

/** Values past each limit the rule states. */
function invalid(rule: PropertyRule): unknown[] {
  switch (rule.kind) {
    case 'text': return ['x'.repeat(rule.max + 1), ...(rule.min > 0 ? [''] : [])];
    case 'html': return ['', 'x'.repeat(rule.max + 1)];
    case 'url': return ['javascript:alert(1)', 'not a url', `https://cdn.example.com/${'a'.repeat(rule.max)}`];
    case 'choice': return ['neither'];
    case 'int': return [rule.min - 1, rule.max + 1, rule.min + 0.5];
    case 'flag': return ['yes'];
    case 'faq': return [[], [{ question: '', answer: 'a' }], [{ question: 'q', answer: 'a'.repeat(rule.answerMax + 1) }], valid({ ...rule, maxItems: rule.maxItems + 1 })];
  }
}

const accepts = (b: unknown) => pageBlockSchema.safeParse(b).success;

test('every block type has rules, the palette offers each once, and the rules name exactly its properties', () => {
  assert.deepEqual([...PAGE_BLOCK_TYPES].sort(), Object.keys(BLOCK_RULES).sort());
  for (const option of pageBlockSchema.options) {
    const type = option.shape.type.value;
    const props = Object.keys(option.shape).filter((k) => k !== 'id' && k !== 'type').sort();
    assert.deepEqual(Object.keys(BLOCK_RULES[type]).sort(), props, type);
  }
});

test('each rule says what the schema enforces: valid at its limits, refused past them, required when it says so', () => {
  for (const type of PAGE_BLOCK_TYPES) {
    assert.ok(accepts(minimal(type)), `${type} with its required properties`);
    for (const [name, rule] of Object.entries(BLOCK_RULES[type])) {
      assert.ok(accepts({ ...minimal(type), [name]: valid(rule) }), `${type}.${name} at its limit`);
      for (const bad of invalid(rule)) assert.ok(!accepts({ ...minimal(type), [name]: bad }), `${type}.${name} refuses ${JSON.stringify(bad).slice(0, 40)}`);
      const without = { ...minimal(type) };
      delete without[name];
      assert.equal(accepts(without), !rule.required, `${type}.${name} required: ${rule.required}`);
    }
  }
});

test('problems are named as the API names them', () => {
  const page = { blocks: [{ id: 'a', type: 'faq', items: [] }, { id: 'a', type: 'share', title: '' }, { id: 'c', type: 'share', title: 'x' }] };
  assert.deepEqual(pageProblems(page).map((p) => `${p.field}:${p.code}`).sort(), [
    'body.blocks.0.items:too_small', 'body.blocks.1.id:custom', 'body.blocks.1.title:too_small', 'body.blocks.2.type:custom',
  ].sort());
  assert.deepEqual(pageProblems({ blocks: [] }).map((p) => p.field), ['body.blocks']);
  assert.deepEqual(pageProblems({ blocks: [minimal('priceQuota')], extra: 1 }).map((p) => `${p.field}:${p.code}`), ['body:unrecognized_keys']);
  assert.ok(pageConfigSchema.safeParse({ blocks: PAGE_BLOCK_TYPES.map((t, i) => ({ ...minimal(t), id: `b${i}` })) }).success);
});
