import { describe, expect, it, inject } from 'vitest';
import { firstPageFiles, gzipBytes } from '../bench/bundle';
import { useBrowser } from './browser';

const baseUrl = inject('baseUrl');
const { phone } = useBrowser(baseUrl);

/**
 * The bundle benchmark (bench/bundle.ts) counts the resident's first page from Vite's manifest. This checks that
 * count against a real browser: a phone with an empty cache opens `/m` signed in, and the JS it fetched before the
 * home showed is exactly the set the benchmark adds up: nothing loaded that the benchmark leaves out (antd, the
 * texts beyond the first pack), nothing counted that is not loaded; and the first pack holds every text it shows.
 */
describe("the resident's first page in the browser", () => {
  it('fetches exactly the JS files the bundle benchmark counts for /m, and no antd', async () => {
    const signedIn = await phone('yifengyuan.owner1');
    const { cookies } = await signedIn.context().storageState();
    const browser = signedIn.context().browser();
    if (!browser) throw new Error('the phone page has no browser');

    // A new context: the session cookie, but none of the files the login page put in the cache.
    const fresh = await browser.newContext({
      viewport: { width: 375, height: 812 },
      isMobile: true,
      locale: 'zh-CN',
      storageState: { cookies, origins: [] },
    });
    const page = await fresh.newPage();
    const fetched = new Set<string>();
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.endsWith('.js')) fetched.add(pathname.replace(/^\//, ''));
    });
    await page.goto(`${baseUrl}/m`);
    await page.getByTestId('events-entry').waitFor();
    await page.getByTestId('logout').waitFor();
    const shown = [...fetched].sort();
    // i18next shows a missing text as its key ("votes.phone.entry"): the first pack must hold every text here.
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/\b[a-z][A-Za-z]*\.[a-z][A-Za-z]*\b/);
    await fresh.close();

    const counted = firstPageFiles('bundle-resident').sort();
    expect(shown).toEqual(counted);
    expect(shown.some((file) => /antd|config-provider|AntdProvider/i.test(file))).toBe(false);
    expect(gzipBytes(shown) / 1024).toBeLessThanOrEqual(200);
  });
});
