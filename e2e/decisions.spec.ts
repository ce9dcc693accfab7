import type { Page } from 'playwright-core';
import { describe, expect, it, inject } from 'vitest';
import { useBrowser } from './browser';
import { confirmPopup } from './controls';
import { choose, exactly } from './select';

const baseUrl = inject('baseUrl');
const { phone, desk } = useBrowser(baseUrl);

async function waitForStatus(page: Page, testId: string, text: string) {
  await page.getByTestId(testId).filter({ hasText: text }).first().waitFor();
}

/**
 * The owners' committee enters the collected paper forms: an agreeing paper ballot for every house of the vote's
 * electorate that has none yet (through the API, as the paper-ballot card does one by one).
 */
async function paperBallots(page: Page, voteId: number) {
  await page.evaluate(async (id) => {
    const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
    const electors = (await (await fetch(`/api/v1/votes/${id}/electorate?limit=200`)).json()) as {
      items: { houseId: number; ballot: unknown }[];
    };
    for (const e of electors.items) {
      if (e.ballot) continue;
      const r = await fetch(`/api/v1/votes/${id}/ballots`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ houseId: e.houseId, choice: 'agree', channel: 'paper' }),
      });
      if (r.status !== 201) throw new Error(await r.text());
    }
  }, voteId);
}

const voteIdOf = async (page: Page) =>
  Number((await page.getByTestId('elevator-vote-link').getAttribute('href'))?.match(/\d+$/)?.[0]);

async function ownerVotes(username: string, elevatorId: number) {
  const owner = await phone(username);
  await owner.getByTestId('entry-elevators').click();
  await owner.getByTestId('my-elevator').first().waitFor();
  await owner.goto(`${baseUrl}/m/elevators/${elevatorId}`);
  await owner.getByTestId('elevator-go-vote').click();
  await owner.getByTestId('choose-agree').click();
  await owner.locator('#confirm-ballot').click();
  await owner.getByTestId('my-choice').waitFor();
  return owner;
}

describe('an elevator retrofit, guided from the unit to the cost table', () => {
  it('street staff start it on an eligible unit; owners vote on the phone; consent, notice, objection, costs', async () => {
    // 1. 莲花街道 starts a retrofit of 市政大院 1栋 1单元 (7 storeys, no elevator); the shaft occupies part of 101.
    const staff = await desk('lianhua.street');
    await staff.goto(`${baseUrl}/console/elevators`);
    await staff.getByTestId('elevator-create').click();
    const modal = staff.locator('.ant-modal:visible');
    await choose(staff, modal.locator('.ant-select').first(), exactly('市政大院 · 小区'), '市政大院');
    await choose(staff, staff.getByTestId('elevator-building'), exactly('1栋'));
    await choose(staff, staff.getByTestId('elevator-unit'), exactly('1单元'));
    expect(await staff.getByTestId('elevator-eligibility').innerText()).toContain('7 层');
    await staff.getByTestId('elevator-title').fill('市政大院1栋1单元加装电梯');
    await staff.getByTestId('elevator-plan').fill('井道设于北侧楼梯间外，停靠1–7层，占用101室部分庭院。');
    await choose(staff, staff.getByTestId('elevator-occupied'), exactly('101'), '101');
    await staff.keyboard.press('Escape');
    await staff.getByTestId('elevator-create-submit').click();
    await staff.waitForURL(/\/console\/elevators\/\d+$/);
    const id = Number(staff.url().match(/(\d+)$/)?.[1]);
    await waitForStatus(staff, 'elevator-status', '草稿');

    // 2. It goes to the unit's owners (matter 7).
    await confirmPopup(staff, staff.getByTestId('elevator-start_vote'));
    await waitForStatus(staff, 'elevator-status', '业主表决中');
    const voteId = await voteIdOf(staff);

    // 3. Two owners vote on their phones; staff enter a paper ballot on the page and the rest of the forms.
    const owner1 = await ownerVotes('shizheng.owner1', id);
    await ownerVotes('shizheng.owner2', id);
    await staff.reload();
    await staff.getByTestId('paper-house-number').locator('input').fill('301');
    await staff.getByTestId('paper-house-number').locator('input').press('Enter');
    await staff.getByTestId('paper-house').first().click();
    await staff.getByTestId('paper-ballot').getByText('同意', { exact: true }).click();
    await staff.getByTestId('paper-submit').click();
    await staff.getByText('选票已录入').first().waitFor();
    await paperBallots(staff, voteId);

    // 4. The vote closes and passes, by area and by headcount.
    await staff.reload();
    await confirmPopup(staff, staff.getByTestId('elevator-close_vote'));
    await waitForStatus(staff, 'elevator-status', '表决通过');
    expect(await staff.getByTestId('vote-passed').innerText()).toBe('通过');
    // Both measures: participation and agreement by area and by headcount.
    for (const bar of ['participationArea', 'participationHeads', 'agreeArea', 'agreeHeads'])
      await staff.getByTestId(`bar-${bar}`).waitFor();

    // 5. The owner of 101 consents on the phone.
    await owner1.goto(`${baseUrl}/m/elevators/${id}`);
    await owner1.getByTestId('phone-consent').click();
    await owner1.getByTestId('phone-consent').waitFor({ state: 'detached' });

    // 6. The plan is noticed for 15 days; a resident objects, staff answer it.
    await staff.reload();
    await staff.getByTestId('consent-101').getByText('已同意').waitFor();
    await confirmPopup(staff, staff.getByTestId('elevator-publish_plan'));
    await waitForStatus(staff, 'elevator-status', '方案公示中');
    const owner2 = await phone('shizheng.owner2');
    await owner2.goto(`${baseUrl}/m/elevators/${id}`);
    await owner2.getByTestId('elevator-phone-notice').click();
    await owner2.getByTestId('objection-text').fill('施工期间请避开午休时间。');
    await owner2.getByTestId('objection-submit').click();
    await owner2.getByText('待处理').first().waitFor();
    await staff.reload();
    const resolve = staff.getByTestId('resolve-objection');
    await resolve.getByText('采纳', { exact: true }).click();
    await resolve.locator('textarea').fill('施工时间限定在工作日 8:00–12:00、14:30–18:00。');
    await resolve.locator('button[type="submit"]').click();
    await resolve.waitFor({ state: 'detached' });
    expect(await staff.getByTestId('elevator-notice').innerText()).toContain('已采纳');

    // 7. The cost table by floor sums to the budget exactly.
    // The budget is the form's first number; the floors' weights keep their defaults.
    await staff.getByTestId('cost-form').getByRole('spinbutton').first().fill('680000');
    await staff.getByTestId('cost-save').click();
    await staff.getByTestId('cost-table').waitFor();
    expect(await staff.getByTestId('cost-total').innerText()).toBe('680,000.00');
    const rows = await staff.getByTestId('cost-table').locator('tbody tr').count();
    expect(rows).toBe(7);
  });
});

describe('a convention adopted and signed', () => {
  it('is drafted, adopted by the owners, signed on the phone, and its coverage shown by building', async () => {
    const staff = await desk('lianhua.street');
    await staff.goto(`${baseUrl}/console/conventions`);
    await staff.getByTestId('convention-create').click();
    const modal = staff.locator('.ant-modal:visible');
    await choose(staff, modal.locator('.ant-select').first(), exactly('市政大院 · 小区'), '市政大院');
    await choose(staff, staff.getByTestId('convention-building'), exactly('1栋'));
    await staff.getByTestId('convention-title').fill('市政大院1栋楼道公约');
    await staff.getByTestId('convention-body').fill('楼道不堆放杂物，电动车不进楼。');
    await staff.getByTestId('convention-create-submit').click();
    await staff.waitForURL(/\/console\/conventions\/\d+$/);
    const id = Number(staff.url().match(/(\d+)$/)?.[1]);
    await confirmPopup(staff, staff.getByTestId('convention-start_vote'));
    await waitForStatus(staff, 'convention-status', '表决中');
    const voteId = await staff.evaluate(async (cid: number): Promise<number> => {
      const c = (await (await fetch(`/api/v1/conventions/${cid}`)).json()) as { vote: { id: number } };
      return c.vote.id;
    }, id);
    await paperBallots(staff, voteId);
    await staff.reload();
    await confirmPopup(staff, staff.getByTestId('convention-close_vote'));
    await waitForStatus(staff, 'convention-status', '已通过');

    const owner = await phone('shizheng.owner3');
    await owner.getByTestId('entry-conventions').click();
    await owner.getByTestId('my-convention').filter({ hasText: '市政大院1栋楼道公约' }).click();
    await owner.getByTestId('convention-sign').click();
    await owner.getByTestId('convention-signed').waitFor();

    await staff.reload();
    const coverage = staff.getByTestId('convention-coverage');
    await coverage.getByText('1栋').waitFor();
    // One household of 1栋's 28 has signed.
    expect(await coverage.innerText()).toContain('（1 / 28）');
    expect(await staff.getByTestId('convention-signatures').innerText()).toContain('1');
  });
});
