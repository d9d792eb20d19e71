import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createCanvas, loadImage } from 'canvas';
import { renderTemplatePoster } from './poster-template.renderer';
import { DEFAULT_POSTER_TEMPLATE, type PosterTemplateSpec, posterTemplateSchema } from './poster-template.schemas';

const input = { nickname: '张三', avatar: null, url: 'http://127.0.0.1:8889/api/v1/distributor/l/abcd2345', background: null };
const red: PosterTemplateSpec = { ...DEFAULT_POSTER_TEMPLATE, background: { color: '#ff0000', image: null } };

/** The colour of one pixel of a PNG, as #rrggbb. */
async function pixel(png: Buffer, x: number, y: number): Promise<string> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const [r, g, b] = ctx.getImageData(x, y, 1, 1).data;
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

test('the template places the avatar and the QR code where it says, on its background colour', async () => {
  const png = await renderTemplatePoster(red, input);
  assert.equal(await pixel(png, 5, 5), '#ff0000', 'the background colour');
  const { avatar, qr } = red;
  assert.equal(await pixel(png, avatar.x + 20, avatar.y + avatar.size / 2), '#c2410c', 'no avatar image: the drawn circle');
  assert.equal(await pixel(png, qr.x + 1, qr.y + 1), '#ffffff', 'the QR code’s white margin');
  const moved = await renderTemplatePoster({ ...red, qr: { ...qr, x: 40, y: 40 } }, input);
  assert.equal(await pixel(moved, qr.x + 1, qr.y + 1), '#ff0000', 'the QR code moved away from there');
  assert.equal(await pixel(moved, 41, 41), '#ffffff');
  const hidden = await renderTemplatePoster({ ...red, avatar: { ...avatar, visible: false } }, input);
  assert.equal(await pixel(hidden, avatar.x + 20, avatar.y + avatar.size / 2), '#ff0000', 'a hidden avatar is not drawn');
});

test('the nickname is drawn, a background image covers the colour', async () => {
  const plain = await renderTemplatePoster(red, input);
  assert.notDeepEqual(await renderTemplatePoster(red, { ...input, nickname: '李四' }), plain);
  const blue = createCanvas(60, 40);
  const ctx = blue.getContext('2d');
  ctx.fillStyle = '#0044aa';
  ctx.fillRect(0, 0, 60, 40);
  const covered = await renderTemplatePoster(red, { ...input, background: blue.toBuffer('image/png') });
  assert.equal(await pixel(covered, 5, 5), '#0044aa');
});

test('a box that leaves the poster is refused, naming the coordinate at fault', () => {
  const bad = posterTemplateSchema.safeParse({ ...DEFAULT_POSTER_TEMPLATE, qr: { x: 600, y: 1200, size: 240 } });
  assert.equal(bad.success, false);
  assert.deepEqual(bad.error?.issues.map((i) => i.path.join('.')), ['qr.x', 'qr.y']);
  assert.equal(posterTemplateSchema.safeParse({ ...DEFAULT_POSTER_TEMPLATE, nickname: { ...DEFAULT_POSTER_TEMPLATE.nickname, color: 'red' } }).success, false);
  assert.equal(posterTemplateSchema.safeParse(DEFAULT_POSTER_TEMPLATE).success, true);
});
