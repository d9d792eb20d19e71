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
import { startTestStack, stopTestStack } from './support/test-stack';
import { CONTRACT_ROLES, schemathesisConfig, type ContractAccount } from './support/schemathesis-config';

/**
 * Schemathesis (from PyPI) against the OpenAPI document the API serves, on the real stack with the demo data,
 * as every role: all checks, positive and negative data, and the stateful phase over the document's links.
 * Every operation is tested, logout, password change and session revocation included: each role runs on
 * accounts of its own, made for the run, and logs in again when the fuzzer ends its session, so the demo
 * accounts stay usable. `DMH_CONTRACT_ROLES=distributor,participant` runs some roles;
 * `DMH_SCHEMATHESIS_EXAMPLES` and `DMH_SCHEMATHESIS_STEPS` tune the volume.
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
  test(`schemathesis as ${role.name}: every check, positive, negative and stateful`, { timeout: 900_000 }, async () => {
    const bin = process.env.SCHEMATHESIS_BIN;
    assert.ok(bin, 'SCHEMATHESIS_BIN is set by scripts/test.sh (scripts/schemathesis-ensure.sh)');
    const account = await accountFor(role.key);
    await login(account.username, account.password); // the account works before the fuzzer starts
    const dir = mkdtempSync(join(tmpdir(), `dmh-schemathesis-${role.key}-`));
    const configFile = join(dir, 'schemathesis.toml');
    writeFileSync(configFile, schemathesisConfig(role, account));
    const args = [
      '--config-file', configFile,
      'run', `${API_URL}/api/v1/openapi.json`,
      '--url', API_URL,
      '--checks', 'all',
      '--mode', 'all',
      '--phases', 'examples,coverage,fuzzing,stateful',
      '--max-examples', process.env.DMH_SCHEMATHESIS_EXAMPLES ?? String(role.maxExamples),
      '--seed', process.env.DMH_SCHEMATHESIS_SEED ?? '20261203',
      '--workers', '1', // 2 workers once crashed inside hypothesis ("AST constructor recursion depth mismatch")
      '--request-timeout', '10',
      '--generation-database', 'none',
      '--no-color',
      '--report', 'junit', '--report-junit-path', join(dir, 'junit.xml'),
    ];
    const started = Date.now();
    const { code, output } = await run(bin!, args);
    const seconds = Math.round((Date.now() - started) / 1000);
    const summary = output.split('\n').filter((l) => /passed|failed|errored|Test cases|Operations|Scenarios|Stateful|seed/i.test(l)).slice(-14).join('\n');
    console.log(`# schemathesis as ${role.name} (account ${account.username}, ${seconds} s):\n${summary.replace(/^/gm, '#   ')}`);
    const junit = readFileSync(join(dir, 'junit.xml'), 'utf8');
    const tests = Number(/tests="(\d+)"/.exec(junit)?.[1] ?? 0);
    assert.ok(tests > 0, 'schemathesis tested at least one operation');
    assert.equal(code, 0, `schemathesis found problems:\n${output.slice(-30_000)}`);
  });
}

/** An account of the role, made for this run only (the demo accounts are never handed to the fuzzer). */
async function accountFor(key: (typeof CONTRACT_ROLES)[number]['key']): Promise<ContractAccount> {
  switch (key) {
    case 'platform-admin':
      return createUser('platform_admin', 'Contract@12345');
    case 'brand-admin':
      return createBrandAdmin('1');
    case 'distributor': {
      const [member] = await createDistributorChain('1', 1);
      return member!;
    }
    case 'participant':
      return createUser('participant');
  }
}

function run(bin: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
