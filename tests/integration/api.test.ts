import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before } from 'node:test';
import type { Stack } from '../../scripts/stack/stack';
import { setCurrentStack } from './support/suite';
import { startTestStack, stopTestStack } from './support/test-stack';

/**
 * The API suite: every endpoint of /api/v1 against one real stack, one scenario file per module under
 * ./api. `DMH_SCENARIOS=campaigns,members` runs only those files (while developing a module); the full
 * run (npm test) loads them all.
 */
let stack: Stack | undefined;

before(async () => {
  stack = await startTestStack();
  setCurrentStack(stack);
}, { timeout: 900_000 });

after(async () => {
  await stopTestStack(stack);
}, { timeout: 120_000 });

const only = (process.env.DMH_SCENARIOS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const dir = join(__dirname, 'api');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.scenarios.ts')).sort()) {
  if (only.length === 0 || only.includes(file.replace(/\.scenarios\.ts$/, ''))) require(join(dir, file));
}
