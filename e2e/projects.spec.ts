import type { Page } from 'playwright-core';
import { describe, expect, it, inject } from 'vitest';
import { useBrowser } from './browser';
import { choose, closeList } from './select';

const baseUrl = inject('baseUrl');
const { phone, desk } = useBrowser(baseUrl);

const confirm = (page: Page) => page.locator('.ant-modal-confirm-btns .ant-btn-primary').click();

describe('micro-projects in the browser', () => {
  it('a resident raises a need; staff make it a crowdfunded project and approve it; the resident contributes and sees the receipt; staff record an expense and the ledger shows the balance', async () => {
    const need = `车棚充电桩 E2E ${Date.now() % 100_000}`;
    const title = `车棚充电桩改造 E2E ${Date.now() % 100_000}`;

    // 1. The resident raises a need for their compound on the phone.
    const owner = await phone('yifengyuan.owner1');
    await owner.getByTestId('entry-raise-need').click();
    await owner.getByTestId('need-title').fill(need);
    await owner.getByTestId('need-submit').click();
    await owner.getByTestId('need-raised').waitFor();
    // A second need, so the project's picker has to search the server for it.
    const secondNeed = `车棚照明 E2E ${Date.now() % 100_000}`;
    await owner.goto(`${baseUrl}/m/projects?raise=1`);
    await owner.getByTestId('need-title').fill(secondNeed);
    await owner.getByTestId('need-submit').click();
    await owner.getByTestId('need-raised').waitFor();

    // 2. The community worker makes a crowdfunded project of it at 怡枫园 and approves it.
    const staff = await desk('jinghua.worker');
    await staff.goto(`${baseUrl}/console/projects`);
    await staff.getByTestId('project-create').click();
    await choose(staff, staff.getByRole('combobox', { name: '对应需求' }), need, need);
    await closeList(staff);
    await choose(staff, staff.getByRole('combobox', { name: '所在地' }), '怡枫园', '怡枫园');
    await staff.getByTestId('project-title').fill(title);
    await staff.getByTestId('project-budget').fill('1000');
    await staff.getByTestId('project-crowdfunding').click();
    await staff.getByTestId('project-create-submit').click();
    await staff.waitForURL(/\/console\/projects\/\d+$/);
    const projectId = Number(staff.url().split('/').pop());
    expect(await staff.getByTestId('project-heading').innerText()).toBe(title);

    // 2b. While proposed, the project is corrected: a new title, and a second need found by searching the server.
    await staff.getByTestId('project-edit').click();
    await staff.getByTestId('project-title').fill(`${title}（含照明）`);
    await choose(staff, staff.getByRole('combobox', { name: '对应需求' }), secondNeed, '车棚照明');
    await closeList(staff);
    await staff.getByTestId('project-edit-submit').click();
    await expect
      .poll(async () => staff.getByTestId('project-heading').innerText())
      .toBe(`${title}（含照明）`);
    await staff.locator('.ant-descriptions', { hasText: secondNeed }).waitFor();
    await staff.locator('.ant-descriptions', { hasText: need }).waitFor();
    await staff.getByTestId('project-approve').click();
    await confirm(staff);
    await staff.locator('[data-testid="project-status"]', { hasText: '已立项' }).waitFor();

    // 3. The resident contributes 200 yuan on the phone and gets the receipt.
    await owner.goto(`${baseUrl}/m/projects/${projectId}`);
    await owner.getByTestId('contribute-amount').fill('200');
    await owner.getByTestId('contribute-submit').click();
    await expect.poll(async () => owner.getByTestId('receipt-no').innerText()).toMatch(/MP\d{6}-0001/);
    await owner.getByTestId('my-contribution').waitFor();

    // 4. Staff start the work, record a 150-yuan expense, and the ledger shows 50 yuan left.
    await staff.reload();
    await staff.getByTestId('project-start').click();
    await confirm(staff);
    await staff.locator('[data-testid="project-status"]', { hasText: '实施中' }).waitFor();
    await staff.getByTestId('entry-record').click();
    await staff.getByTestId('entry-amount').fill('150');
    await staff.getByTestId('entry-payee').fill('深圳市充电设备有限公司');
    await staff.getByTestId('entry-submit').click();
    await staff.locator('[data-testid="ledger-table"]', { hasText: '深圳市充电设备有限公司' }).waitFor();
    await expect.poll(async () => staff.getByTestId('project-balance').innerText()).toBe('¥50.00');
    await staff.locator('[data-testid="ledger-table"]', { hasText: '居民众筹' }).waitFor();
  }, 180_000);
});
