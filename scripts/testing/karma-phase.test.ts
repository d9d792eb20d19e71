import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO, run, tempDir } from './support';

/** How the console's Karma phase reads Karma's summary (scripts/testing/phases.sh: karma_counts). */
const PHASES = path.join(REPO, 'scripts', 'testing', 'phases.sh');

async function counts(log: string): Promise<string> {
  const file = path.join(tempDir('karma-log'), 'karma.log');
  fs.writeFileSync(file, log);
  return (await run('bash', ['-c', `source '${PHASES}'; karma_counts '${file}'`])).stdout;
}

const line = (text: string) => `\x1b[1A\x1b[2KChrome Headless 156.0.0.0 (Linux 0.0.0): ${text}\n`;

test('a passing run: the last progress line counts, colours and cursor moves stripped', async () => {
  const log = line('Executed 1 of 31 \x1b[32mSUCCESS\x1b[39m (0 secs)') + line('Executed 31 of 31 \x1b[32mSUCCESS\x1b[39m (0.5 secs)') + '\x1b[32mTOTAL: 31 SUCCESS\x1b[39m\n';
  assert.equal(await counts(log), 'executed 31\nskipped 0\nfailed 0\n');
});

test('skipped and failed specs are counted', async () => {
  const log = line('Executed 29 of 31 (skipped 2) (1 FAILED) (0.5 secs)') + 'TOTAL: 1 FAILED, 28 SUCCESS\n';
  assert.equal(await counts(log), 'executed 29\nskipped 2\nfailed 1\n');
});

test('a run with no spec, or no summary at all, gives nothing to pass on', async () => {
  assert.equal(await counts(line('Executed 0 of 0 ERROR (0.001 secs)') + 'TOTAL: 0 SUCCESS\n'), 'executed 0\nskipped 0\nfailed 0\n');
  assert.equal(await counts('Error: Cannot start ChromeHeadless\n'), '');
});

test('the Karma phase fails when no spec ran', async () => {
  const dir = tempDir('karma-phase');
  fs.mkdirSync(path.join(dir, 'admin-angular'));
  fs.writeFileSync(path.join(dir, 'npx'), `#!/bin/sh\nprintf 'Executed 0 of 2 (skipped 2) SUCCESS (0 secs)\\nTOTAL: 0 SUCCESS\\n'\n`, { mode: 0o755 });
  const ran = await run('bash', ['-c', `cd '${dir}' && source '${PHASES}' && run_karma_phase 'console: Karma specs'`], {
    env: { PATH: `${dir}:${process.env.PATH}` },
  });
  assert.notEqual(ran.code, 0);
  assert.match(ran.stderr, /console: Karma specs ran no spec \(skipped 2\)/);
});
