import { after, before } from 'node:test';
import type { Stack } from '../../scripts/stack/stack';
import { setCurrentStack } from './support/suite';
import { startTestStack, stopTestStack } from './support/test-stack';
import { SYNC_TEST_ENV } from './sync/sync-helpers';

/**
 * The sync suite: its own real stack (with the second MariaDB, `external-db`, as the brands' database),
 * short retry and circuit-breaker timings so an outage plays out in seconds. Scenarios run in order; the
 * outage one stops and restarts external-db, so it comes last.
 */
let stack: Stack | undefined;
// The test process reads the external database where this suite's stack runs it.
process.env.EXTERNAL_DB_PORT = SYNC_TEST_ENV.EXTERNAL_DB_PORT;

before(async () => {
  stack = await startTestStack(SYNC_TEST_ENV);
  setCurrentStack(stack);
}, { timeout: 900_000 });

after(async () => {
  await stopTestStack(stack);
}, { timeout: 120_000 });

import './sync/delivery.scenarios';
import './sync/targets.scenarios';
import './sync/reconcile.scenarios';
import './sync/driver-failures.scenarios';
import './sync/outage.scenarios';
