import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type CanvasRenderingContext2D, createCanvas } from 'canvas';
import { POSTER_HEIGHT, POSTER_WIDTH, renderPoster, wrapText } from './poster.renderer';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const input = {
  title: '春季咖啡品鉴会：手冲、拉花与烘焙的一天（限 30 人）',
  brandName: '示例咖啡',
  price: '99.00',
  distributorName: '张三',
  url: 'http://127.0.0.1:8889/api/v1/distributor/l/abcd2345',
  image: null,
};

function pngSize(png: Buffer): { width: number; height: number } {
  assert.deepEqual(png.subarray(0, 8), PNG_SIGNATURE, 'PNG signature');
  assert.equal(png.subarray(12, 16).toString('ascii'), 'IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test('a poster without a campaign image is a 750×1334 PNG with the drawn banner', async () => {
  const png = await renderPoster(input);
  assert.deepEqual(pngSize(png), { width: POSTER_WIDTH, height: POSTER_HEIGHT });
  assert.ok(png.length > 20_000, `a poster with text and a QR code is not tiny (${png.length} bytes)`);
});

test('a campaign image is drawn; an unreadable one falls back to the banner instead of failing', async () => {
  const canvas = createCanvas(400, 300);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#0044aa';
  ctx.fillRect(0, 0, 400, 300);
  const withImage = await renderPoster({ ...input, image: canvas.toBuffer('image/png') });
  const withGarbage = await renderPoster({ ...input, image: Buffer.from('not an image') });
  const plain = await renderPoster(input);
  assert.deepEqual(pngSize(withImage), { width: POSTER_WIDTH, height: POSTER_HEIGHT });
  assert.notDeepEqual(withImage, plain, 'the image changes the poster');
  assert.deepEqual(withGarbage, plain, 'garbage bytes give the drawn banner');
});

test('the QR code and the name are part of the poster: another link or name, another image', async () => {
  const plain = await renderPoster(input);
  assert.notDeepEqual(await renderPoster({ ...input, url: `${input.url}x` }), plain);
  assert.notDeepEqual(await renderPoster({ ...input, distributorName: '李四' }), plain);
});

test('text wraps character by character and the last allowed line ends with an ellipsis', () => {
  const ctx = { measureText: (text: string) => ({ width: [...text].length * 10 }) as ReturnType<CanvasRenderingContext2D['measureText']> };
  assert.deepEqual(wrapText(ctx, '一二三四五六七', 30, 3), ['一二三', '四五六', '七']);
  assert.deepEqual(wrapText(ctx, '一二三四五六七', 30, 2), ['一二三', '四五…']);
  assert.deepEqual(wrapText(ctx, '短', 30, 1), ['短']);
  assert.deepEqual(wrapText(ctx, '', 30, 2), []);
});
