import { after, before } from 'node:test';
import type { Stack } from '../../scripts/stack/stack';
import { WATCH_TEST_ENV } from './payment-watch.scenarios';
import { setCurrentStack } from './support/suite';
import { startTestStack, stopTestStack } from './support/test-stack';

/**
 * The payment watch suite: active query, expiry and close on the real stack (Dapr's scheduler firing the
 * jobs, CampaignActor closing and re-seating, the sandbox answering query and close). Its own stack, because
 * it runs with short windows (WATCH_TEST_ENV) that would close the other suites' orders under them.
 */
let stack: Stack | undefined;

before(async () => {
  stack = await startTestStack(WATCH_TEST_ENV);
  setCurrentStack(stack);
}, { timeout: 900_000 });

after(async () => {
  // The scheduler's jobs outlive the stack (its etcd is in the state folder): the 2 s sweep would otherwise
  // keep firing at the next suite's API until that one re-schedules it at its own interval.
  if (stack) await fetch(`${stack.urls.apiSidecar}/v1.0/jobs/orders-expiry.sweep`, { method: 'DELETE' }).catch(() => undefined);
  await stopTestStack(stack);
}, { timeout: 120_000 });

