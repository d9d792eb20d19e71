import { createCanvas, loadImage } from 'canvas';
import QRCode from 'qrcode';
import { drawCover, font, registerFonts, wrapText } from './poster.renderer';
import { POSTER_H, POSTER_W, type PosterTemplateSpec } from './poster-template.schemas';

export interface TemplatePosterInput {
  nickname: string;
  /** The distributor's avatar (a vetted local file), or null: a circle with the nickname's first character. */
  avatar: Buffer | null;
  /** What the QR code opens. */
  url: string;
  /** The template's background image (a vetted brand asset), or null: the colour only. */
  background: Buffer | null;
}

/** A share poster laid out by a brand's template: background, avatar, nickname and QR code where the template puts them. */
export async function renderTemplatePoster(template: PosterTemplateSpec, input: TemplatePosterInput): Promise<Buffer> {
  registerFonts();
  const canvas = createCanvas(POSTER_W, POSTER_H);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = template.background.color;
  ctx.fillRect(0, 0, POSTER_W, POSTER_H);
  const background = input.background ? await loadImage(input.background).catch(() => null) : null;
  if (background) drawCover(ctx, background, 0, 0, POSTER_W, POSTER_H);

  const { avatar, nickname, qr } = template;
  if (avatar.visible) {
    const r = avatar.size / 2;
    const image = input.avatar ? await loadImage(input.avatar).catch(() => null) : null;
    ctx.save();
    ctx.beginPath();
    ctx.arc(avatar.x + r, avatar.y + r, r, 0, Math.PI * 2);
    ctx.closePath();
    ctx.clip();
    if (image) drawCover(ctx, image, avatar.x, avatar.y, avatar.size, avatar.size);
    else {
      ctx.fillStyle = '#c2410c';
      ctx.fillRect(avatar.x, avatar.y, avatar.size, avatar.size);
      ctx.fillStyle = '#ffffff';
      ctx.font = font(Math.round(avatar.size * 0.45), true);
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText([...input.nickname.trim()][0] ?? '?', avatar.x + r, avatar.y + r);
    }
    ctx.restore();
  }
  if (nickname.visible) {
    ctx.fillStyle = nickname.color;
    ctx.font = font(nickname.fontSize, true);
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    const [line] = wrapText(ctx, input.nickname, POSTER_W - nickname.x - 20, 1);
    ctx.fillText(line ?? '', nickname.x, nickname.y);
  }
  const code = await loadImage(await QRCode.toBuffer(input.url, { type: 'png', width: qr.size, margin: 1, errorCorrectionLevel: 'M' }));
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(qr.x, qr.y, qr.size, qr.size);
  ctx.drawImage(code, qr.x, qr.y, qr.size, qr.size);
  return canvas.toBuffer('image/png');
}
