import { after, before } from 'node:test';
import type { Stack } from '../../scripts/stack/stack';
import { setCurrentStack } from './support/suite';
import { startTestStack, stopTestStack } from './support/test-stack';

/**
 * The payment watch suite: active query, expiry and close on the real stack (Dapr's scheduler firing the
 * jobs, CampaignActor closing and re-seating, the sandbox answering query and close). Its own stack, because
 * it runs with short windows that would close the other suites' orders under them: a 20 s pay window, the
 * first query 1 s after the prepay, at most 2 s apart, and the expiry sweep every 2 s.
 */
export const WATCH_TEST_ENV = {
  ORDER_PAY_WINDOW_SECONDS: '20',
  PAYMENT_QUERY_DELAY_SECONDS: '1',
  PAYMENT_QUERY_MAX_INTERVAL_SECONDS: '2',
  PAYMENT_EXPIRY_MARGIN_SECONDS: '1',
  ORDER_EXPIRY_SWEEP_SECONDS: '2',
};

let stack: Stack | undefined;

before(async () => {
  stack = await startTestStack(WATCH_TEST_ENV);
  setCurrentStack(stack);
}, { timeout: 900_000 });

after(async () => {
  await stopTestStack(stack);
}, { timeout: 120_000 });

import './payment-watch.scenarios';
