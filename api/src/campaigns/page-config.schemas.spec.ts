import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageConfigSchema } from './page-config.schemas';
import { sanitizePageConfig, sanitizeRichText } from './rich-text';

const valid = {
  title: '春季品鉴会',
  theme: { primaryColor: '#aa3300', backgroundColor: '#ffffff' },
  blocks: [
    { id: 'banner', type: 'banner', imageUrl: 'https://cdn.example.com/b.jpg', title: '春季', linkUrl: 'https://example.com' },
    { id: 'intro', type: 'richText', html: '<p>三款<strong>手冲</strong></p>' },
    { id: 'count', type: 'countdown', target: 'end', label: '距结束' },
    { id: 'form', type: 'form', title: '报名', submitText: '立即报名' },
    { id: 'share', type: 'share', title: '一起来', imageUrl: 'https://cdn.example.com/s.jpg' },
    { id: 'img', type: 'image', url: 'https://cdn.example.com/i.png', alt: 'x' },
    { id: 'vid', type: 'video', url: 'https://cdn.example.com/v.mp4' },
    { id: 'gap', type: 'spacer', height: 24 },
  ],
};

/** The problems of a config as `path:code`, the way the API names them (body.blocks.1.html). */
function problemsOf(config: unknown): string[] {
  const result = pageConfigSchema.safeParse(config);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.code}`);
}
const withBlock = (b: Record<string, unknown>) => ({ blocks: [{ id: 'b1', ...b }] });

test('a page with every block type is valid, in order', () => {
  assert.deepEqual(problemsOf(valid), []);
  assert.deepEqual(pageConfigSchema.parse(valid).blocks.map((b) => b.type), ['banner', 'richText', 'countdown', 'form', 'share', 'image', 'video', 'spacer']);
});

test('an unknown block type or an unknown property is refused, naming it', () => {
  assert.deepEqual(problemsOf(withBlock({ type: 'marquee', text: 'x' })), ['blocks.0.type:invalid_union']);
  assert.deepEqual(problemsOf(withBlock({ type: 'form', onSubmit: 'alert(1)' })), ['blocks.0:unrecognized_keys']);
  assert.deepEqual(problemsOf({ ...valid, script: 'x' }), [':unrecognized_keys']);
});

test('each block checks its own fields', () => {
  assert.deepEqual(problemsOf(withBlock({ type: 'banner' })), ['blocks.0.imageUrl:invalid_type']);
  assert.deepEqual(problemsOf(withBlock({ type: 'countdown', target: 'tomorrow' })), ['blocks.0.target:invalid_value']);
  assert.deepEqual(problemsOf(withBlock({ type: 'spacer', height: 1000 })), ['blocks.0.height:too_big']);
  assert.deepEqual(problemsOf(withBlock({ type: 'share', title: '' })), ['blocks.0.title:too_small']);
  assert.deepEqual(problemsOf(withBlock({ type: 'richText', html: 'x'.repeat(50_001) })), ['blocks.0.html:too_big']);
  assert.deepEqual(problemsOf({ blocks: [] }), ['blocks:too_small']);
  assert.deepEqual(problemsOf({ theme: { primaryColor: 'red' }, blocks: valid.blocks }), ['theme.primaryColor:invalid_format']);
});

test('links and images are http(s) only', () => {
  assert.deepEqual(problemsOf(withBlock({ type: 'image', url: 'javascript:alert(1)' })), ['blocks.0.url:invalid_format']);
  assert.deepEqual(problemsOf(withBlock({ type: 'image', url: 'data:image/png;base64,AAAA' })), ['blocks.0.url:invalid_format']);
  assert.deepEqual(problemsOf(withBlock({ type: 'banner', imageUrl: 'https://x.example/a.png', linkUrl: 'javascript:alert(1)' })), ['blocks.0.linkUrl:invalid_format']);
});

test('block ids are unique; at most one form and one share block', () => {
  const twice = { blocks: [{ id: 'a', type: 'spacer', height: 8 }, { id: 'a', type: 'spacer', height: 8 }] };
  assert.deepEqual(problemsOf(twice), ['blocks.1.id:custom']);
  const forms = { blocks: [{ id: 'a', type: 'form' }, { id: 'b', type: 'form' }] };
  assert.deepEqual(problemsOf(forms), ['blocks.1.type:custom']);
  const shares = { blocks: [{ id: 'a', type: 'share', title: 'x' }, { id: 'b', type: 'share', title: 'y' }] };
  assert.deepEqual(problemsOf(shares), ['blocks.1.type:custom']);
});

test('rich text keeps formatting and loses scripts, handlers and unsafe URLs', () => {
  assert.equal(sanitizeRichText('<p>好<strong>喝</strong></p>'), '<p>好<strong>喝</strong></p>');
  assert.equal(sanitizeRichText('<p onclick="steal()">x<script>alert(1)</script></p>'), '<p>x</p>');
  assert.equal(sanitizeRichText('<a href="javascript:alert(1)">x</a>'), '<a>x</a>');
  assert.equal(sanitizeRichText('<img src="data:image/png;base64,AAAA" onerror="x()">'), '<img />');
  assert.equal(sanitizeRichText('<iframe src="https://evil.example"></iframe><form><input></form>ok'), 'ok');
  assert.equal(sanitizeRichText('<svg><script>alert(1)</script></svg>'), '');
  assert.equal(sanitizeRichText('<a href="https://example.com" target="_blank">x</a>'), '<a href="https://example.com" target="_blank" rel="noopener noreferrer">x</a>');
  assert.equal(sanitizeRichText('<span style="color:#ff0000;position:fixed">x</span>'), '<span style="color:#ff0000">x</span>');
});

test('sanitizing a page config changes only rich text, and names a block left empty', () => {
  const { config, problems } = sanitizePageConfig(pageConfigSchema.parse({
    blocks: [{ id: 'a', type: 'richText', html: '<p>hi</p><script>x</script>' }, { id: 'b', type: 'spacer', height: 8 }],
  }));
  assert.deepEqual(problems, []);
  assert.deepEqual(config.blocks, [{ id: 'a', type: 'richText', html: '<p>hi</p>' }, { id: 'b', type: 'spacer', height: 8 }]);
  const empty = sanitizePageConfig(pageConfigSchema.parse({ blocks: [{ id: 'a', type: 'richText', html: '<script>x</script>' }] }));
  assert.deepEqual(empty.problems.map((p) => `${p.field}:${p.code}`), ['body.blocks.0.html:empty_after_sanitize']);
  const escaped = sanitizePageConfig(pageConfigSchema.parse({ blocks: [{ id: 'a', type: 'richText', html: '<'.repeat(20_000) }] }));
  assert.deepEqual(escaped.problems.map((p) => p.code), ['too_long'], 'escaping may not grow past the limit');
});
