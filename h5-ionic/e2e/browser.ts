import AxeBuilder from '@axe-core/playwright';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Where the end-to-end run leaves a screenshot of every screen it visits (gitignored). */
export const SCREENS_DIR = path.resolve(__dirname, '..', 'test-artefacts', 'screens');

/** A phone: 375 × 812 CSS pixels (iPhone X-class), touch, Chinese. */
export const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' } as const;

/** Debian's Chromium, headless, as root: the flags it needs here (no sandbox, no network of its own). */
export async function launchChromium(): Promise<Browser> {
  fs.mkdirSync(SCREENS_DIR, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROME_BIN ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

export async function phonePage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return { context, page };
}

/** Serious and critical axe-core findings per screen, gathered as the screenshots are taken. */
export const accessibility = { screens: 0, findings: new Map<string, string[]>() };

/**
 * The screen as it settles, saved at phone width, and checked by axe-core (WCAG 2.1 A and AA). Ionic
 * scrolls inside ion-content, so a full-page shot would show only the viewport: the viewport is made as
 * tall as the content for the shot, then put back.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300); // Ionic's page transition
  const viewport = page.viewportSize() ?? PHONE.viewport;
  const content = page.locator('ion-router-outlet > .ion-page:not(.ion-page-hidden) ion-content').first();
  const contentHeight = await content
    .evaluate(async (el) => {
      const scroller = await (el as unknown as { getScrollElement(): Promise<{ scrollHeight: number }> }).getScrollElement();
      return scroller.scrollHeight + el.getBoundingClientRect().top;
    }, undefined, { timeout: 2_000 })
    .catch(() => 0);
  if (contentHeight > viewport.height) await page.setViewportSize({ width: viewport.width, height: Math.ceil(contentHeight) });
  await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`), animations: 'disabled' });
  await page.setViewportSize(viewport);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  accessibility.screens += 1;
  if (serious.length > 0) accessibility.findings.set(name, serious);
}
