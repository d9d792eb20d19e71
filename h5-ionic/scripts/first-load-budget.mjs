// The production build's budget of issue #12, on what crosses the wire: the JavaScript index.html loads
// (its module scripts and modulepreloads), gzipped as the servers send it (level 6: scripts/stack/console-server.ts,
// deploy/nginx.conf), at most 250 kB. Angular's own budgets (angular.json) count raw bytes only.
// Run after `ng build` (npm run build does); exits 1 over budget. Lighthouse's figure (npm run bench:lighthouse
// at the root) also counts what the page imports after starting.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 250_000;
const www = join(import.meta.dirname, '..', 'www');
const html = readFileSync(join(www, 'index.html'), 'utf8');
const files = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]);
if (files.length === 0) {
  console.error('first-load budget: no script found in www/index.html');
  process.exit(1);
}
let total = 0;
for (const file of new Set(files)) total += gzipSync(readFileSync(join(www, file)), { level: 6 }).length;
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
const line = `first-load JavaScript: ${kb(total)} gzipped in ${new Set(files).size} files (budget ${kb(BUDGET_BYTES)})`;
if (total > BUDGET_BYTES) {
  console.error(`${line}: OVER BUDGET`);
  process.exit(1);
}
console.log(line);
