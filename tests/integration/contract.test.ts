import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Stack } from '../../scripts/stack/stack';
import { API_URL, login } from './support/api-client';
import { closeDb } from './support/db';
import { createBrandAdmin, createDistributorChain, createUser } from './support/factories';
import {
  CONTRACT_ROLES, type ContractAccount, type ContractRole, SESSION_ENDING, SESSION_RUN, SESSION_RUN_VOLUME, schemathesisConfig,
} from './support/schemathesis-config';
import { failureReport } from './support/schemathesis-report';
import { startTestStack, stopTestStack } from './support/test-stack';

/**
 * Schemathesis (from PyPI) against the OpenAPI document the API serves, on the real stack with the demo data,
 * as every role: all checks, positive and negative data, and the stateful phase over the document's links.
 * Every operation is tested. Each role runs on accounts made for the run (never the demo accounts): one
 * token for everything but the operations that end the caller's session, and a second account, logging in
 * again after each 401, for those (schemathesis-config.ts says why). `DMH_CONTRACT_ROLES=distributor,…`
 * runs some roles; `DMH_SCHEMATHESIS_EXAMPLES` overrides the volume.
 */
let stack: Stack | undefined;

before(async () => {
  stack = await startTestStack();
}, { timeout: 900_000 });

after(async () => {
  await closeDb();
  await stopTestStack(stack);
}, { timeout: 120_000 });

const only = process.env.DMH_CONTRACT_ROLES?.split(',').map((r) => r.trim());

for (const role of CONTRACT_ROLES.filter((r) => !only || only.includes(r.key))) {
  test(`schemathesis as ${role.name}: every check, positive, negative and stateful, every operation`, { timeout: 900_000 }, async () => {
    // The session run first: the main run of a platform admin may change the password policy.
    const sessions = await accountFor(role.key);
    const main = await accountFor(role.key);
    const token = await login(main.username, main.password);
    await fuzz(role, 'sessions', ['--include-operation-id-regex', SESSION_RUN], schemathesisConfig(SESSION_RUN_VOLUME, sessions));
    await fuzz(role, 'main', ['-H', `Authorization: Bearer ${token}`, '--exclude-operation-id-regex', SESSION_ENDING], schemathesisConfig(role.volume, null));
  });
}

async function fuzz(role: ContractRole, run: string, args: string[], config: string): Promise<void> {
  const bin = process.env.SCHEMATHESIS_BIN;
  assert.ok(bin, 'SCHEMATHESIS_BIN is set by scripts/test.sh (scripts/schemathesis-ensure.sh)');
  const dir = mkdtempSync(join(tmpdir(), `dmh-schemathesis-${role.key}-${run}-`));
  writeFileSync(join(dir, 'schemathesis.toml'), config);
  const started = Date.now();
  const { code, output } = await spawnAndWait(bin!, [
    '--config-file', join(dir, 'schemathesis.toml'),
    'run', `${API_URL}/api/v1/openapi.json`,
    '--url', API_URL,
    '--checks', 'all',
    '--mode', 'all', // positive and negative data
    '--phases', 'examples,coverage,fuzzing,stateful',
    ...(process.env.DMH_SCHEMATHESIS_EXAMPLES ? ['--max-examples', process.env.DMH_SCHEMATHESIS_EXAMPLES] : []), // else the config's volume
    '--seed', process.env.DMH_SCHEMATHESIS_SEED ?? '20261203',
    '--workers', '1', // 2 workers once crashed inside hypothesis ("AST constructor recursion depth mismatch")
    '--request-timeout', '10',
    '--generation-database', 'none',
    // The document says text is valid Unicode without NUL (400 invalid_text otherwise): generate such text.
    '--generation-allow-x00', 'false',
    '--generation-codec', 'utf-8',
    '--no-color',
    '--report', 'junit', '--report-junit-path', join(dir, 'junit.xml'),
    ...args,
  ]);
  const seconds = Math.round((Date.now() - started) / 1000);
  const summary = output.split('\n').filter((l) => /^\s*(Tested:|Scenarios:|API Links:)|generated,|Re-authenticated/.test(l)).join('\n');
  console.log(`# schemathesis as ${role.name}, ${run} run (${seconds} s):\n${summary.replace(/^/gm, '#   ')}`);
  const junit = readFileSync(join(dir, 'junit.xml'), 'utf8');
  assert.ok(Number(/tests="(\d+)"/.exec(junit)?.[1] ?? 0) > 0, 'schemathesis tested at least one operation');
  assert.equal(code, 0, `schemathesis found problems as ${role.name} (${run} run):\n${failureReport(output)}`);
}

/** An account of the role, made for this run only. */
async function accountFor(key: ContractRole['key']): Promise<ContractAccount> {
  switch (key) {
    case 'platform-admin':
      return createUser('platform_admin', 'Contract@12345');
    case 'brand-admin':
      return createBrandAdmin('1');
    case 'distributor':
      return (await createDistributorChain('1', 1))[0]!;
    case 'participant':
      return createUser('participant');
  }
}

function spawnAndWait(bin: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
