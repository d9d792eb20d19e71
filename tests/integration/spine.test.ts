import { after, before } from 'node:test';
import type { Stack } from '../../scripts/stack/stack';
import { setCurrentStack } from './support/suite';
import { startTestStack, stopTestStack } from './support/test-stack';

/**
 * The spine suite: one real stack (MariaDB, Redis, RabbitMQ, placement, scheduler, three apps with their
 * daprd sidecars, the WeChat Pay sandbox) for every scenario below, so the crash scenarios can kill and
 * restart its parts. Scenarios run in order, each checking the invariants once the system has settled.
 */
let stack: Stack | undefined;

before(async () => {
  stack = await startTestStack();
  setCurrentStack(stack);
}, { timeout: 900_000 });

after(async () => {
  await stopTestStack(stack);
}, { timeout: 120_000 });

import './paid-path.scenarios';
import './callback-security.scenarios';
import './crash-recovery.scenarios';
