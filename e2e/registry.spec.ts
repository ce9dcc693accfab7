import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { checkCharacter } from '../domain/people/id-number';
import { launch, signIn } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const HEADERS = [
  '街道',
  '社区',
  '小区',
  '楼栋',
  '单元',
  '房号',
  '楼层',
  '专有面积',
  '面积来源',
  '业主姓名',
  '证件类型',
  '证件号码',
  '手机号',
  '开发商持有',
];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A resident ID number with a correct GB 11643 check character, unique to this run. */
function residentId(seq: number): string {
  const first17 = `440304197506${String(10 + (seq % 18)).padStart(2, '0')}${String(seq % 1000).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

/** The same number with a check character that cannot be right. */
function withWrongCheck(id: string): string {
  const right = id.charAt(17);
  return id.slice(0, 17) + (right === '1' ? '2' : '1');
}

async function housesSheet(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('房屋及业主');
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function upload(page: Page, buffer: Buffer) {
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: '怡枫园房屋.xlsx', mimeType: XLSX_TYPE, buffer });
  await page.getByTestId('import-submit').click();
}

describe('registry import journey', () => {
  const run = Date.now() % 100000;
  const ownerName = `导入业主${run}`;
  const coOwnerName = `导入共有人${run}`;
  const ownerId = residentId(run);
  const coOwnerId = residentId(run + 1);
  const houseRow = (name: string, id: string) => [
    '莲花街道',
    '景华社区',
    '怡枫园',
    '1栋',
    '1单元',
    `E${run}`,
    9,
    88.5,
    '不动产登记',
    name,
    '居民身份证',
    id,
    '',
    '否',
  ];

  it('a community worker imports houses from the template, fixes a bad row, and reveals the owner’s ID', async () => {
    const page = await browser.newPage();
    await signIn(page, baseUrl, 'jinghua.worker');
    await page.waitForURL(/\/console/);
    await page.goto(`${baseUrl}/console/registry/people`);
    await page.getByTestId('registry-import-open').click();
    await page.waitForURL(/\/console\/registry\/import/);

    // The template comes down with the contract's Chinese headers.
    await page.getByTestId('import-kind').getByText('房屋及业主').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('import-template-xlsx').click(),
    ]);
    const templatePath = await download.path();
    const template = new ExcelJS.Workbook();
    await template.xlsx.readFile(templatePath);
    const headerRow = template.worksheets[0]!.getRow(1);
    const headers = (headerRow.values as unknown[]).filter((value) => value !== undefined && value !== null);
    expect(headers.map(String)).toEqual(HEADERS);
    await page.getByTestId('export-houses').waitFor();

    // All-or-nothing (the default) refuses the file and names row 3's ID number.
    const bad = await housesSheet([
      houseRow(ownerName, ownerId),
      houseRow(coOwnerName, withWrongCheck(coOwnerId)),
    ]);
    await page.getByTestId('import-mode').getByText('全部成功才导入').waitFor();
    await upload(page, bad);
    await page.getByTestId('import-progress').waitFor();
    const problem = page
      .getByTestId('import-rejected')
      .locator('tbody tr', { hasText: '证件号码校验位错误' })
      .filter({ hasText: '证件号码' });
    await problem.first().waitFor();
    expect(await problem.first().locator('td').first().innerText()).toBe('3');
    await expect.poll(() => page.getByTestId('import-imported').innerText()).toBe('0');

    // Fixed, it goes in whole.
    const fixed = await housesSheet([houseRow(ownerName, ownerId), houseRow(coOwnerName, coOwnerId)]);
    await upload(page, fixed);
    await expect.poll(() => page.getByTestId('import-imported').innerText()).toBe('2');
    expect(await page.getByTestId('import-rejected').count()).toBe(0);

    // The owner is found by the exact ID number and revealed with a reason.
    await page.goto(`${baseUrl}/console/registry/people`);
    await page.locator('.ant-segmented-item', { hasText: '证件号码' }).click();
    // The test id sits on the input itself or on its wrapper, depending on antd's Input.Search.
    const search = page.locator('input[data-testid="person-search"], [data-testid="person-search"] input');
    await search.first().fill(ownerId);
    await search.first().press('Enter');
    await page.getByRole('link', { name: ownerName, exact: true }).click();
    await page.waitForURL(/\/console\/registry\/people\/\d+/);
    await page.getByTestId('person-reveal').click();
    await page.getByTestId('reveal-reason').fill('核对导入的业主身份信息');
    await page.getByTestId('reveal-submit').click();
    await expect.poll(() => page.getByTestId('reveal-value').innerText()).toBe(ownerId);
    await page.close();
  });

  it('the auditor sees the reveal in the audit log', async () => {
    const page = await browser.newPage();
    await signIn(page, baseUrl, 'auditor');
    await page.waitForURL(/\/console/);
    await page.goto(`${baseUrl}/console/audit`);
    const table = page.getByTestId('audit-table');
    const row = table
      .locator('tr', { hasText: 'registry.person.reveal' })
      .filter({ hasText: 'jinghua.worker' });
    await row.first().waitFor();
    await page.close();
  });
});
