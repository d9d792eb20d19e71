import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { campaignImage, localAssetPath } from './poster-image';

const BASE = 'https://dmh.example.com';
const root = mkdtempSync(join(tmpdir(), 'dmh-assets-'));
mkdirSync(join(root, 'brand-7'));
writeFileSync(join(root, 'brand-7', 'cover.png'), Buffer.from('png bytes'));
writeFileSync(join(root, 'brand-7', 'empty.png'), Buffer.alloc(0));

test('asset URLs map to files under the asset root, by path or by the public base URL', () => {
  assert.equal(localAssetPath('/assets/brand-7/cover.png', BASE, root), join(root, 'brand-7', 'cover.png'));
  assert.equal(localAssetPath(`${BASE}/assets/brand-7/cover.png`, BASE, root), join(root, 'brand-7', 'cover.png'));
});

test('anything else is refused: other hosts, traversal, encoded or odd characters', () => {
  for (const url of [
    'http://169.254.169.254/latest/meta-data', 'https://evil.example.com/assets/x.png', 'file:///etc/passwd', '/etc/passwd',
    '/assets/../../etc/passwd', '/assets/brand-7/../../x', '/assets/%2e%2e/x', '/assets//x.png', '/assets/./x.png', '/assets/',
    `${BASE}.evil.com/assets/x.png`,
  ]) {
    assert.equal(localAssetPath(url, BASE, root), null, url);
  }
});

test('the image is read only when it is one of the brand assets, a file, and not empty', async () => {
  const asked: string[] = [];
  const registered = (urls: string[]) => async (url: string) => (asked.push(url), urls.includes(url));
  const cover = '/assets/brand-7/cover.png';
  assert.deepEqual(await campaignImage(cover, BASE, registered([cover]), root), Buffer.from('png bytes'));
  assert.equal(await campaignImage(cover, BASE, registered([]), root), null, 'not in the brand asset library');
  assert.equal(await campaignImage('/assets/brand-7/empty.png', BASE, registered(['/assets/brand-7/empty.png']), root), null);
  assert.equal(await campaignImage('/assets/brand-7/missing.png', BASE, registered(['/assets/brand-7/missing.png']), root), null);
  asked.length = 0;
  assert.equal(await campaignImage('http://10.0.0.1/x.png', BASE, registered(['http://10.0.0.1/x.png']), root), null);
  assert.deepEqual(asked, [], 'a remote URL is refused before any lookup, and never fetched');
  assert.equal(await campaignImage(null, BASE, registered([]), root), null);
});
