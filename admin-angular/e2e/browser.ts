import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { seriousViolations } from './accessibility';

/** Where the end-to-end run leaves a screenshot of every screen it visits (gitignored). */
export const SCREENS_DIR = path.resolve(__dirname, '..', 'test-artefacts', 'screens');

/** Debian's Chromium, headless, as root: the flags it needs here (no sandbox, no network of its own). */
export async function launchChromium(): Promise<Browser> {
  fs.mkdirSync(SCREENS_DIR, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROME_BIN ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      '--disable-dev-shm-usage',
    ], // and a fresh profile: Playwright gives every launch its own temporary user data directory
  });
}

/**
 * The page as it settles: menus that were closing gone, every finite animation ended (axe must not judge a
 * half-faded hint or dialog: a fading element fails contrast); a skeleton's or spinner's endless animation is
 * not waited for.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.locator('.mat-mdc-menu-panel').waitFor({ state: 'detached', timeout: 5_000 }).catch(() => undefined);
  // Two frames first, so that a transition the last input set off has started and is among the animations.
  // Strings: the e2e suite is compiled without the DOM's types.
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
  await page.waitForFunction(
    "document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity)",
  );
  await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`), fullPage: true, animations: 'disabled' });
  // A snack bar closes itself on a timer (≤ 8 s in the console): judged while its exit fades it, it fails contrast
  // (seen once in CI). Axe judges the page once every notice has gone, and every animation that set off has ended.
  await page.locator('.mat-mdc-snack-bar-container').last().waitFor({ state: 'detached', timeout: 12_000 });
  await page.waitForFunction(
    "document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity)",
  );
  const violations = await seriousViolations(page);
  accessibility.screens += 1;
  if (violations.length > 0) accessibility.findings.set(name, violations);
}

/** Serious and critical axe-core findings per screen, gathered as the screenshots are taken. */
export const accessibility = { screens: 0, findings: new Map<string, string[]>() };
