import assert from 'node:assert/strict';
import { test } from 'node:test';
import { logOffset, logSince } from '../../scripts/stack/dapr';
import type { Stack } from '../../scripts/stack/stack';
import { createOrder } from './support/api-client';
import { createBrand, createCampaign, nextPhone } from './support/factories';
import { startTestStack, stopTestStack } from './support/test-stack';

/**
 * The actor host killed and started again beside a daprd that stayed up: that daprd still lists the actors the
 * killed process held, and deactivates them (at the latest when it stops) in a process that never had them.
 * Every such deactivation must be answered, and none may be logged as an error: before actor-deactivation.ts the
 * JS SDK's route threw ACTOR_NOT_ACTIVATED for each, never answered, and the actor host logged an "unhandled
 * rejection" at error level per actor, on every rolling restart and every SIGKILL the replica and fault suites make.
 */
test('an actor host restarted beside its sidecar answers the deactivations of actors it never held, without an error line', { timeout: 600_000 }, async () => {
  let stack: Stack | undefined;
  let offset = 0;
  let sidecarOffset = 0;
  try {
    // At debug the actor host logs each deactivation it answers for an actor it never held: the test sees them arrive.
    stack = await startTestStack({ LOG_LEVEL: 'debug' });
    // Three CampaignActors active in the actor host (a sign-up takes its campaign's seat there).
    for (let i = 0; i < 3; i++) await createOrder(await createCampaign(await createBrand()), nextPhone());
    await stack.kill('actors', 'SIGKILL');
    offset = logOffset(stack.cfg, 'actors');
    sidecarOffset = logOffset(stack.cfg, 'actors-sidecar');
    await stack.restart('actors');
    // The restarted host takes turns as before (a new campaign's actor is activated in it).
    await createOrder(await createCampaign(await createBrand()), nextPhone());
  } finally {
    await stopTestStack(stack);
  }
  const cfg = stack!.cfg;
  const hostLog = logSince(cfg, 'actors', offset);
  const errors = hostLog.split('\n').filter((line) => /"level":\s*(50|60)\b/.test(line));
  assert.deepEqual(errors.map((line) => line.slice(0, 300)), [], 'the restarted actor host logged no error');
  assert.doesNotMatch(hostLog, /ACTOR_NOT_ACTIVATED/);
  // Not vacuous: the three actors the killed process held were deactivated in the new one, and answered.
  const answered = hostLog.split('\n').filter((line) => line.includes('deactivation of an actor not active in this process'));
  assert.ok(answered.length >= 3, `the restarted host answered ${answered.length} deactivations of actors it never held; the killed one held 3`);
  // daprd deactivated the killed process's actors in the new one when it stopped, and heard an answer each time.
  const sidecarLog = logSince(cfg, 'actors-sidecar', sidecarOffset);
  assert.doesNotMatch(sidecarLog, /failed to deactivate|error deactivating|deactivat\w* .*(timeout|deadline)/i, 'daprd had every deactivation answered');
});
