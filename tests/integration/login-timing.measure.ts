import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { after, before, test } from 'node:test';
import { request } from './support/auth-client';
import { db } from './support/db';
import { startTestStack, stopTestStack } from './support/test-stack';
import type { Stack } from '../../scripts/stack/stack';

/**
 * A measurement, not a test (npm test does not run it): how long a failed login takes for an unknown
 * username and for a known one with a wrong password (and a locked one), on the real stack, interleaved,
 * `DMH_LOGIN_TRIES` each (90), after 10 warm-up tries each. The answers are identical; the times should be.
 *   DAPR_BIN_DIR=… flock /tmp/dmh/stack.lock node --import tsx --test tests/integration/login-timing.measure.ts
 */
const TRIES = Number(process.env.DMH_LOGIN_TRIES ?? 90);
let stack: Stack | undefined;
before(async () => {
  stack = await startTestStack();
}, { timeout: 900_000 });
after(() => stopTestStack(stack), { timeout: 120_000 });

test('failed login timing: unknown user vs known user with a wrong password', { timeout: 600_000 }, async () => {
  const name = () => `t_${randomBytes(6).toString('hex')}`;
  const known = name();
  const locked = name();
  for (const username of [known, locked]) {
    const registered = await request('POST', '/api/v1/auth/register', { body: { username, password: 'Coffee#2026x' } });
    if (registered.status !== 201) throw new Error(`register: ${registered.status}`);
  }
  await db().query('UPDATE users SET failed_login_count = 5, locked_until = ? WHERE username = ?', [new Date(Date.now() + 86_400_000), locked]);
  const time = async (username: string): Promise<number> => {
    const started = performance.now();
    const answer = await request('POST', '/api/v1/auth/login', { body: { username, password: 'Wrong#2026x' } });
    const ms = performance.now() - started;
    if (answer.status !== 401) throw new Error(`expected 401, got ${answer.status}`);
    return ms;
  };
  const samples: Record<'unknown' | 'wrong password' | 'locked', number[]> = { unknown: [], 'wrong password': [], locked: [] };
  for (let i = 0; i < TRIES + 10; i++) {
    // The known account is reset before each try, so every try is a counted wrong password, not a lock.
    await db().query('UPDATE users SET failed_login_count = 0, locked_until = NULL WHERE username = ?', [known]);
    const round: [keyof typeof samples, number][] = [
      ['unknown', await time(name())],
      ['wrong password', await time(known)],
      ['locked', await time(locked)],
    ];
    if (i >= 10) for (const [k, ms] of round) samples[k].push(ms);
  }
  const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
  for (const [k, xs] of Object.entries(samples)) {
    console.log(`${k.padEnd(15)} n=${xs.length} p25=${q(xs, 0.25).toFixed(1)} median=${q(xs, 0.5).toFixed(1)} p75=${q(xs, 0.75).toFixed(1)} ms`);
  }
  const diff = q(samples['wrong password'], 0.5) - q(samples.unknown, 0.5);
  console.log(`median(wrong password) - median(unknown) = ${diff.toFixed(1)} ms`);
});
