import { readFile, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';

/**
 * Where brand asset files live on the API's disk (`api/assets/<…>`, served as `/assets/<…>`). A poster
 * never fetches a URL: the campaign image is used only when it is one of the brand's assets AND a file
 * under this directory; anything else gets the drawn banner.
 */
export const ASSET_ROOT = resolve(__dirname, '..', '..', 'assets');
const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/** The local file behind an asset URL (`/assets/x.png` or `<public base>/assets/x.png`), or null. */
export function localAssetPath(url: string, publicBaseUrl: string, root = ASSET_ROOT): string | null {
  const prefixes = ['/assets/', `${publicBaseUrl.replace(/\/+$/, '')}/assets/`];
  const prefix = prefixes.find((p) => url.startsWith(p));
  if (!prefix) return null;
  const relative = url.slice(prefix.length);
  if (!/^[A-Za-z0-9_\-./]+$/.test(relative)) return null;
  if (relative.split('/').some((segment) => segment === '' || segment === '.' || segment === '..')) return null;
  const full = resolve(root, relative);
  return full.startsWith(root + sep) ? full : null;
}

/** The campaign image as bytes when it is a vetted local brand asset of a sane size; otherwise null. */
export async function campaignImage(
  coverImage: string | null,
  publicBaseUrl: string,
  isBrandAsset: (url: string) => Promise<boolean>,
  root = ASSET_ROOT,
): Promise<Buffer | null> {
  if (!coverImage) return null;
  const path = localAssetPath(coverImage, publicBaseUrl, root);
  if (!path || !(await isBrandAsset(coverImage))) return null;
  const info = await stat(path).catch(() => null);
  if (!info?.isFile() || info.size === 0 || info.size > MAX_IMAGE_BYTES) return null;
  return readFile(path).catch(() => null);
}
