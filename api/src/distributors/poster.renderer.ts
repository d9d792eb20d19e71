import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type CanvasRenderingContext2D, createCanvas, type Image, loadImage, registerFont } from 'canvas';
import QRCode from 'qrcode';
import { logger } from '../common/logger';

export const POSTER_WIDTH = 750;
export const POSTER_HEIGHT = 1334;
export const POSTER_FONT = 'Noto Sans CJK SC';
/** Debian's fonts-noto-cjk (installed by scripts/system-deps.sh). */
const FONT_DIR = '/usr/share/fonts/opentype/noto';

export interface PosterInput {
  title: string;
  brandName: string;
  /** Yuan, "99.00". */
  price: string;
  distributorName: string;
  /** What the QR code opens: the share URL of the link. */
  url: string;
  /** The campaign image (already vetted: a local brand asset), or null for the drawn banner. */
  image: Buffer | null;
}

let fontsRegistered = false;

/** Registers the CJK font files once, before the first canvas (node-canvas requires that order). */
export function registerFonts(): void {
  if (fontsRegistered) return;
  fontsRegistered = true;
  for (const [file, weight] of [['NotoSansCJK-Regular.ttc', 'normal'], ['NotoSansCJK-Bold.ttc', 'bold']] as const) {
    const path = join(FONT_DIR, file);
    if (existsSync(path)) registerFont(path, { family: POSTER_FONT, weight });
    else logger.warn({ path }, 'CJK font missing: Chinese text on posters will fall back to another font (install fonts-noto-cjk)');
  }
}

export const font = (size: number, bold = false) => `${bold ? 'bold ' : ''}${size}px "${POSTER_FONT}"`;

/**
 * A share poster, PNG: the campaign image (or a drawn banner), the title in Chinese, the price, the QR code
 * of the referral link and the distributor's name. Nothing here touches the network.
 */
export async function renderPoster(input: PosterInput): Promise<Buffer> {
  registerFonts();
  const canvas = createCanvas(POSTER_WIDTH, POSTER_HEIGHT);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff8f0';
  ctx.fillRect(0, 0, POSTER_WIDTH, POSTER_HEIGHT);

  const banner = input.image ? await loadImage(input.image).catch(() => null) : null;
  if (banner) drawCover(ctx, banner, 0, 0, POSTER_WIDTH, 560);
  else drawBanner(ctx, input.brandName);

  ctx.fillStyle = '#222222';
  ctx.font = font(44, true);
  ctx.textBaseline = 'top';
  let y = 610;
  for (const line of wrapText(ctx, input.title, POSTER_WIDTH - 100, 3)) {
    ctx.fillText(line, 50, y);
    y += 62;
  }
  ctx.fillStyle = '#ff4d4f';
  ctx.font = font(40, true);
  ctx.fillText(`报名费 ¥${input.price}`, 50, y + 16);

  ctx.strokeStyle = '#eeddcc';
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(50, 930);
  ctx.lineTo(POSTER_WIDTH - 50, 930);
  ctx.stroke();

  const qr = await loadImage(await QRCode.toBuffer(input.url, { type: 'png', width: 280, margin: 1, errorCorrectionLevel: 'M' }));
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(40, 970, 300, 300);
  ctx.drawImage(qr, 50, 980, 280, 280);

  ctx.fillStyle = '#222222';
  ctx.font = font(34, true);
  ctx.fillText('长按识别二维码', 380, 1010);
  ctx.fillText('立即报名', 380, 1060);
  ctx.fillStyle = '#666666';
  ctx.font = font(30);
  for (const [i, line] of wrapText(ctx, `推荐人：${input.distributorName}`, POSTER_WIDTH - 420, 2).entries()) ctx.fillText(line, 380, 1140 + i * 44);
  ctx.font = font(24);
  ctx.fillStyle = '#999999';
  ctx.textAlign = 'center';
  ctx.fillText(input.brandName, POSTER_WIDTH / 2, 1290);
  return canvas.toBuffer('image/png');
}

/** The banner drawn when the campaign has no usable image: a gradient, shapes and the brand's name. */
function drawBanner(ctx: CanvasRenderingContext2D, brandName: string): void {
  const gradient = ctx.createLinearGradient(0, 0, POSTER_WIDTH, 560);
  gradient.addColorStop(0, '#ff9a44');
  gradient.addColorStop(1, '#fc6076');
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, POSTER_WIDTH, 560);
  ctx.fillStyle = 'rgba(255, 255, 255, 0.15)';
  for (const [x, y, r] of [[620, 80, 160], [90, 480, 120], [400, 300, 60]]) {
    ctx.beginPath();
    ctx.arc(x, y, r, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.fillStyle = '#ffffff';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.font = font(56, true);
  ctx.fillText(wrapText(ctx, brandName, POSTER_WIDTH - 120, 1)[0] ?? '', POSTER_WIDTH / 2, 250);
  ctx.font = font(32);
  ctx.fillText('限时报名 · 名额有限', POSTER_WIDTH / 2, 340);
  ctx.textAlign = 'left';
}

/** Draws an image to fill the box, cropping what overflows (CSS object-fit: cover). */
export function drawCover(ctx: CanvasRenderingContext2D, image: Image, x: number, y: number, w: number, h: number): void {
  const scale = Math.max(w / image.width, h / image.height);
  const sw = w / scale;
  const sh = h / scale;
  ctx.drawImage(image, (image.width - sw) / 2, (image.height - sh) / 2, sw, sh, x, y, w, h);
}

/**
 * Breaks text into at most `maxLines` lines no wider than `maxWidth`, character by character (Chinese has
 * no spaces); the last line ends with "…" when text is left over.
 */
export function wrapText(ctx: Pick<CanvasRenderingContext2D, 'measureText'>, text: string, maxWidth: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  for (let i = 0; i < chars.length; i++) {
    if (ctx.measureText(line + chars[i]).width <= maxWidth || line === '') {
      line += chars[i];
      continue;
    }
    if (lines.length === maxLines - 1) {
      while (line.length > 0 && ctx.measureText(`${line}…`).width > maxWidth) line = [...line].slice(0, -1).join('');
      lines.push(`${line}…`);
      return lines;
    }
    lines.push(line);
    line = chars[i];
  }
  if (line) lines.push(line);
  return lines;
}
