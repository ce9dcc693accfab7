import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = process.env.LINLI_CHROMIUM ?? '/usr/bin/chromium';

/** Debian's Chromium, headless; a missing browser is a failure, never a skip. */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function signIn(page: Page, baseUrl: string, username: string, password = 'linli-demo') {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, locale: 'zh-CN' };
const DESK = { viewport: { width: 1366, height: 900 }, locale: 'zh-CN' };

/** One browser for a spec file, and the pages it opens as phones and desks; all closed after the file. */
export function useBrowser(baseUrl: string) {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
  });
  async function blank(kind: 'phone' | 'desk'): Promise<Page> {
    if (!browser) throw new Error('useBrowser: the browser starts in beforeAll');
    const context = await browser.newContext(kind === 'phone' ? PHONE : DESK);
    contexts.push(context);
    return context.newPage();
  }
  async function signedIn(kind: 'phone' | 'desk', username: string): Promise<Page> {
    const page = await blank(kind);
    await signIn(page, baseUrl, username);
    await page.waitForURL(kind === 'phone' ? /\/m$/ : /\/console/);
    return page;
  }
  return {
    /** A 375 px phone page, not signed in. */
    blankPhone: () => blank('phone'),
    /** A phone page signed in as a resident, on the resident home. */
    phone: (username: string) => signedIn('phone', username),
    /** A desk page signed in as staff, in the console. */
    desk: (username: string) => signedIn('desk', username),
  };
}
