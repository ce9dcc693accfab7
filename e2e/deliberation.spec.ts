import dayjs from 'dayjs';
import type { Page } from 'playwright-core';
import { describe, expect, it, inject } from 'vitest';
import { useBrowser } from './browser';
import { confirmPopup, typeDate, typeDateTime } from './controls';
import { choose, closeList } from './select';

const baseUrl = inject('baseUrl');
const { phone, desk } = useBrowser(baseUrl);

/** A figure of the stats page's KPI row, as a number. */
async function kpi(page: Page, key: string): Promise<number> {
  const text = await page.getByTestId(`kpi-${key}`).locator('.ant-statistic-content-value').innerText();
  return Number(text.replace(/[^\d]/g, ''));
}

async function statsOf(page: Page) {
  await page.goto(`${baseUrl}/console/deliberation/stats`);
  await page.getByTestId('delib-kpis').waitFor();
  return { sessions: await kpi(page, 'sessions'), resolutions: await kpi(page, 'resolutions') };
}

describe('deliberation in the browser', () => {
  it('a resident raises a topic on the phone; a joint meeting takes it up, resolves it with a task that is done; the stats count it', async () => {
    const title = `东门雨棚漏水 ${Date.now() % 100_000}`;

    // 1. The owner raises a topic on a 375 px phone, from the home page's entry, and says more in its thread.
    const owner = await phone('yifengyuan.owner1');
    await owner.getByTestId('entry-topics').click();
    await owner.getByTestId('my-topics').waitFor();
    await owner.getByTestId('topic-raise').click();
    await owner.getByTestId('topic-raise-submit').click();
    await owner.getByText('请填写标题').waitFor(); // the form says what is missing, nothing is sent
    await owner.getByTestId('topic-title').fill(title);
    await owner.getByTestId('topic-body').fill('东门雨棚破损，下雨天进出会淋湿，希望尽快维修。');
    await owner.getByTestId('topic-raise-submit').click();
    await owner.waitForURL(/\/m\/topics\/\d+$/);
    await owner.getByTestId('topic-thread').waitFor();
    const topicId = Number(/\/m\/topics\/(\d+)$/.exec(owner.url())![1]);
    expect(await owner.getByTestId('topic-title').innerText()).toBe(title);
    await owner.getByTestId('comment-body').fill('下周雨多，越快越好。');
    await owner.getByTestId('comment-submit').click();
    await owner.getByTestId('topic-comment').filter({ hasText: '越快越好' }).waitFor();
    const pageWidth = await owner.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(375);

    // 2. The community worker convenes a joint meeting of 怡枫园's bodies with the topic on its agenda.
    const worker = await desk('jinghua.worker');
    const before = await statsOf(worker);
    await worker.goto(`${baseUrl}/console/deliberation/meetings`);
    await worker.getByTestId('meeting-create').click();
    await choose(worker, worker.getByLabel('所属小区或社区'), '怡枫园', '怡枫园');
    await worker.getByTestId('meeting-title').fill(`怡枫园临时联席会议 ${topicId}`);
    await typeDateTime(
      worker,
      worker.getByLabel('开会时间'),
      dayjs().subtract(5, 'minute').format('YYYY-MM-DD HH:mm'),
    );
    await worker.getByTestId('meeting-location').fill('怡枫园党群服务站');
    await choose(worker, worker.getByLabel('参会主体'), '怡枫园党支部');
    await closeList(worker);
    await worker.getByTestId('meeting-create-submit').click();
    await worker.getByText('联席会议至少需要 2 个参会主体').waitFor(); // checked before it is sent
    await choose(worker, worker.getByLabel('参会主体'), '怡枫园业主委员会');
    await closeList(worker);
    await choose(worker, worker.getByLabel('议程'), title);
    await closeList(worker);
    await worker.getByTestId('meeting-create-submit').click();
    // On failure, say what the form showed: the one clue to the timeout this journey is retried for.
    await worker.waitForURL(/\/console\/deliberation\/meetings\/\d+$/).catch(async (error: Error) => {
      const shown = await worker
        .locator('.ant-form-item-explain-error, .ant-message, .ant-alert')
        .allInnerTexts();
      throw new Error(`${error.message}\nthe page showed: ${JSON.stringify(shown)}`);
    });
    await worker.getByTestId('agenda-item').filter({ hasText: title }).waitFor();

    // 3. It met: both bodies attended; the minutes are recorded.
    await worker.getByTestId('meeting-hold').click();
    await worker.getByTestId('record-attendance').getByText('怡枫园党支部').click();
    await worker.getByTestId('record-attendance').getByText('怡枫园业主委员会').click();
    await worker.getByTestId('record-minutes').fill('党支部、业委会、物业共同商议东门雨棚维修。');
    await worker.getByTestId('record-submit').click();
    await worker.locator('[data-testid="meeting-status"][data-status="held"]').waitFor();
    expect(await worker.getByTestId('meeting-attendance').innerText()).toContain('2/2');

    // 4. A resolution on the topic, by consensus, with a task for the owners' committee due next week.
    await worker.getByTestId('resolution-add').click();
    await choose(worker, worker.getByTestId('resolution-topic'), title);
    await worker.getByTestId('resolution-text').fill('物业一周内修复东门雨棚，业委会验收后公示。');
    await worker.getByTestId('follow-up-add').click();
    await worker.getByTestId('follow-up-title').fill('验收东门雨棚维修');
    await choose(worker, worker.getByTestId('follow-up-owner'), '刘经理');
    await typeDate(worker.getByTestId('follow-up-due'), dayjs().add(7, 'day').format('YYYY-MM-DD'));
    await worker.getByTestId('resolution-submit').click();
    const followUp = worker.getByTestId('follow-up').filter({ hasText: '验收东门雨棚维修' });
    await followUp.locator('[data-progress="open"]').waitFor();

    // 5. The task is done.
    await confirmPopup(worker, followUp.getByTestId('follow-up-complete'));
    await followUp.locator('[data-progress="done"]').waitFor();

    // The topic is resolved, on the phone too.
    await owner.reload();
    await owner.getByTestId('topic-resolution').waitFor();
    expect(await owner.getByTestId('topic-status').getAttribute('data-status')).toBe('resolved');

    // 6. The statistics count the session and the resolution, and draw the months.
    const after = await statsOf(worker);
    expect(after.sessions).toBe(before.sessions + 1);
    expect(after.resolutions).toBe(before.resolutions + 1);
    await worker.getByTestId('delib-chart').locator('canvas').waitFor();
  });

  it('the street sees its year of deliberation: seed 001 scale across its communities', async () => {
    const street = await desk('lianhua.street');
    const stats = await statsOf(street);
    expect(stats.sessions).toBeGreaterThan(100);
    expect(stats.resolutions).toBeGreaterThan(50);
    expect(await street.getByTestId('delib-by-community').locator('tbody tr').count()).toBeGreaterThanOrEqual(
      2,
    );
  });

  it('the community runs an evaluation of the property company; a resident answers it on the phone; the console shows the result', async () => {
    const title = `怡枫园物业服务评议 ${Date.now() % 100_000}`;
    const worker = await desk('jinghua.worker');
    await worker.goto(`${baseUrl}/console/evaluations`);
    await worker.getByTestId('round-create').click();
    await choose(worker, worker.getByLabel('小区', { exact: true }), '怡枫园', '怡枫园');
    await worker.getByTestId('round-title').fill(title);
    const period = worker.getByTestId('round-period'); // the start and end inputs
    await typeDate(period.nth(0), dayjs().startOf('month').format('YYYY-MM-DD'));
    await typeDate(period.nth(1), dayjs().endOf('month').format('YYYY-MM-DD'));
    await typeDate(worker.getByTestId('round-closes'), dayjs().add(14, 'day').format('YYYY-MM-DD'));
    await worker.getByTestId('dimension-row').first().waitFor(); // the default questionnaire
    await worker.getByTestId('round-create-submit').click();
    await worker.waitForURL(/\/console\/evaluations\/\d+$/);
    await confirmPopup(worker, worker.getByTestId('round-open'));
    await worker.locator('[data-testid="round-status"][data-status="open"]').waitFor();
    const roundUrl = worker.url();

    const owner = await phone('yifengyuan.owner1');
    await owner.getByTestId('entry-evaluations').click();
    await owner.getByTestId('my-round').filter({ hasText: title }).click();
    await owner.getByTestId('round-submit').click();
    await owner.getByText('请为这一项打分').first().waitFor(); // every dimension is scored before sending
    const rates = owner.locator('[data-testid^="score-"]');
    const n = await rates.count();
    expect(n).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < n; i++) await rates.nth(i).locator('li').nth(3).click();
    await owner.getByTestId('round-comment').fill('保安很负责，维修可以再快一点。');
    await owner.getByTestId('round-submit').click();
    await owner.getByTestId('round-answered').waitFor();

    await worker.goto(roundUrl);
    await worker.getByTestId('round-kpis').waitFor();
    expect(await kpi(worker, 'respondents')).toBe(1);
    expect(await worker.getByTestId('round-kpis').innerText()).toContain('4.00');
    await worker.getByText('维修可以再快一点').waitFor();
    await worker.getByTestId('evaluation-trend').locator('canvas').waitFor();
  });
});
