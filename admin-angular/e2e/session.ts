import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

export interface Credentials {
  username: string;
  password: string;
}

/** Fills the console's login form and submits it; where the browser goes next is the caller's to wait for. */
export async function submitLogin(page: Page, consoleUrl: string, user: Credentials): Promise<void> {
  await page.goto(`${consoleUrl}/login`);
  await page.getByTestId('login-username').fill(user.username);
  await page.getByTestId('login-password').fill(user.password);
  await page.getByTestId('login-submit').click();
}

/** A fresh browser context, signed in: an admin lands on the dashboard, the first menu with a screen. */
export async function signedIn(
  browser: Browser,
  consoleUrl: string,
  user: Credentials,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN', ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await submitLogin(page, consoleUrl, user);
  await page.waitForURL('**/dashboard');
  return { context, page };
}

/** Opens a screen from the side navigation, as a user would, and waits for its address. */
export async function openFromMenu(page: Page, menuCode: string, urlGlob: string): Promise<void> {
  await page.locator(`[data-menu="${menuCode}"]`).click();
  await page.waitForURL(urlGlob);
}
