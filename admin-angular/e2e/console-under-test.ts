import type { Browser } from 'playwright-core';
import type { Stack } from '../../scripts/stack/stack';
import { startTestStack, stopTestStack } from '../../tests/integration/support/test-stack';
import { launchChromium } from './browser';

export interface ConsoleUnderTest {
  browser: Browser;
  stack: Stack;
  consoleUrl: string;
}

/**
 * What every console e2e file starts from: Debian's Chromium (first: a browser that cannot start fails the
 * suite in a second, not after the stack), the real test stack, and the console server on it; the H5 app's
 * server too when a journey crosses into it.
 */
export async function openConsole(options: { h5?: boolean } = {}): Promise<ConsoleUnderTest> {
  const browser = await launchChromium();
  const stack = await startTestStack();
  await stack.startConsole();
  if (options.h5) await stack.startH5();
  return { browser, stack, consoleUrl: stack.urls.console };
}

/** Closes what openConsole started, whatever of it did start. */
export async function closeConsole(browser: Browser | undefined, stack: Stack | undefined): Promise<void> {
  await browser?.close();
  await stopTestStack(stack);
}
