import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { launch, signIn } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const treeNode = (page: Page, name: string) => page.getByTestId('org-tree').getByText(name, { exact: true });

/** Opens a tree node's children: the switcher sits in the same row as its title. */
async function expand(page: Page, name: string) {
  const row = page
    .getByTestId('org-tree')
    .locator('.ant-tree-treenode', { has: page.getByText(name, { exact: true }) });
  await row.locator('.ant-tree-switcher').first().click();
}

describe('foundation journey', () => {
  const building = `E2E楼${Date.now() % 100000}`;

  it('a community worker sees 景华社区’s tree and adds a building to 怡枫园', async () => {
    const page = await browser.newPage();
    await signIn(page, baseUrl, 'jinghua.worker');
    await page.waitForURL(/\/console/);
    await page.goto(`${baseUrl}/console/org`);
    await treeNode(page, '景华社区').waitFor();
    expect(await page.getByTestId('org-tree').getByText('福中社区').count()).toBe(0);
    await expand(page, '景华社区');
    await treeNode(page, '怡枫园').click();
    await page.getByTestId('node-detail').getByText('怡枫园').first().waitFor();
    await page.getByTestId('node-create-child').click();
    await page.getByTestId('node-form-name').fill(building);
    await page.getByTestId('node-form-submit').click();
    await page.getByTestId('org-tree').getByText(building, { exact: true }).waitFor();
    await page.close();
  });

  it('the auditor finds the creation in the audit log', async () => {
    const page = await browser.newPage();
    await signIn(page, baseUrl, 'auditor');
    await page.waitForURL(/\/console/);
    await page.goto(`${baseUrl}/console/audit`);
    const table = page.getByTestId('audit-table');
    await table.getByText('jinghua.worker').first().waitFor();
    const row = table.locator('tr', { hasText: 'org.node.create' }).filter({ hasText: 'jinghua.worker' });
    await row.first().waitFor();
    await page.getByTestId('audit-verify').click();
    await page.getByTestId('audit-verify-result').waitFor();
    await page.close();
  });

  it('switches the interface to English and keeps it', async () => {
    const page = await browser.newPage();
    await signIn(page, baseUrl, 'jinghua.worker');
    await page.waitForURL(/\/console/);
    await page.getByTestId('lang-switch').click();
    await page.locator('.ant-select-item-option', { hasText: 'English' }).click();
    await page.getByTestId('side-menu').getByText('Organisation', { exact: true }).waitFor();
    await page.reload();
    await page.getByTestId('side-menu').getByText('Organisation', { exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^en/);
    await page.close();
  });

  it('shows a resident the phone home at 375 px without horizontal scrolling, with elder mode', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await signIn(page, baseUrl, 'yifengyuan.owner1');
    await page.waitForURL(/\/m/);
    await page.getByText('怡枫园').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const logout = page.getByTestId('logout');
    const fontSize = () => logout.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const before = await fontSize();
    await page.getByTestId('elder-toggle').click();
    await expect.poll(fontSize).toBeGreaterThanOrEqual(before * 1.2);
    expect(await page.evaluate(() => localStorage.getItem('linli.elder'))).toBeTruthy();
    await page.reload();
    await expect.poll(fontSize).toBeGreaterThanOrEqual(before * 1.2);
    await page.close();
  });

  it('refuses a wrong password with a message and keeps the user on the login page', async () => {
    const page = await browser.newPage();
    await signIn(page, baseUrl, 'jinghua.worker', 'wrong-password');
    await page.locator('.ant-alert-error, [role="alert"]').first().waitFor();
    expect(page.url()).toMatch(/\/login/);
    await page.close();
  });
});
