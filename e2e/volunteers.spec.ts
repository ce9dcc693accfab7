import { describe, expect, it, inject } from 'vitest';
import { useBrowser } from './browser';
import { choose } from './select';

const baseUrl = inject('baseUrl');
const { phone, desk } = useBrowser(baseUrl);

describe('volunteering and the passbook in the browser', () => {
  it('staff publish an activity; a resident signs up on the phone, is checked in and out, earns points and redeems a reward', async () => {
    const title = `楼道清洁 E2E ${Date.now() % 100_000}`;
    const reward = `纪念徽章 E2E ${Date.now() % 100_000}`;

    // 1. The community worker publishes an activity at 怡枫园, starting now for two hours.
    const staff = await desk('jinghua.worker');
    await staff.goto(`${baseUrl}/console/volunteers`);
    await staff.getByTestId('activity-create').click();
    await choose(staff, staff.getByRole('combobox', { name: '所在小区或社区' }), '怡枫园', '怡枫园');
    await staff.getByTestId('activity-title').fill(title);
    await staff.getByTestId('activity-place').fill('怡枫园 1栋大堂');
    await staff.getByTestId('activity-submit').click();
    await staff.waitForURL(/\/console\/volunteers\/activities\/\d+$/);
    const activityUrl = staff.url();
    expect(await staff.getByTestId('activity-heading').innerText()).toBe(title);

    // 2. The resident finds it on the phone and signs up.
    const owner = await phone('yifengyuan.owner1');
    await owner.getByTestId('entry-volunteers').click();
    const card = owner.locator('[data-testid="phone-activity"]', { hasText: title });
    await card.getByTestId('sign-up').click();
    await card
      .getByTestId('withdraw')
      .waitFor()
      .catch(() => undefined);
    await card.locator('text=1 / 20').waitFor();

    // 3. The organiser checks them in from the roster.
    await staff.reload();
    await staff.getByTestId('roster-check-in').click();
    await staff.getByTestId('roster-check-out').waitFor();
    const checkedIn = Date.now();

    // 4. Meanwhile: 600 points an hour for environment work (10 a minute), and a reward at 怡枫园.
    await staff.goto(`${baseUrl}/console/volunteers/rewards`);
    await staff.locator('#environment').fill('600');
    await staff.getByTestId('rules-save').click();
    await staff.getByTestId('reward-create').click();
    await choose(staff, staff.getByRole('combobox', { name: '兑换范围（小区或社区）' }), '怡枫园', '怡枫园');
    await staff.getByTestId('reward-name').fill(reward);
    await staff.getByTestId('reward-cost').fill('5');
    await staff.getByTestId('reward-submit').click();
    await staff.locator('[data-testid="rewards-table"]', { hasText: reward }).waitFor();

    // 5. A minute of service later the organiser shows the check-out code; the resident types it in.
    await new Promise((r) => setTimeout(r, Math.max(0, 62_000 - (Date.now() - checkedIn))));
    await staff.goto(activityUrl);
    await staff.getByTestId('show-code').click();
    await staff.getByTestId('check-qr').waitFor();
    // The check-in code shows first; read the check-out code only once it has replaced it (a loaded machine
    // renders the switch late, and the check-in code would not check anyone out).
    await expect.poll(async () => staff.getByTestId('check-code').innerText()).toMatch(/^\d{6}$/);
    const inCode = await staff.getByTestId('check-code').innerText();
    await staff.locator('.ant-segmented-item', { hasText: '签退' }).click();
    await expect
      .poll(async () => staff.getByTestId('check-code').innerText())
      .toMatch(new RegExp(`^(?!${inCode}$)\\d{6}$`));
    const code = await staff.getByTestId('check-code').innerText();
    await owner.reload();
    await card.getByTestId('enter-code-out').click();
    await card.getByTestId('code-input').fill(code);
    await card.getByTestId('code-submit').click();
    await owner.locator('.ant-message', { hasText: '签退成功' }).waitFor();

    // 6. The points are in the passbook, linked to the activity; the resident redeems the reward.
    await owner.getByTestId('entry-passbook').click();
    await owner.getByTestId('phone-passbook').waitFor();
    await owner.locator('[data-testid="entry"]', { hasText: title }).waitFor();
    const before = Number(await owner.getByTestId('balance').textContent());
    expect(before).toBeGreaterThanOrEqual(10);
    await owner.locator('[data-testid="reward"]', { hasText: reward }).getByTestId('redeem').click();
    await owner.getByTestId('redeem-ok').click();
    await owner.locator('.ant-message', { hasText: '兑换成功' }).waitFor();
    await owner.locator('[data-testid="entry"]', { hasText: reward }).waitFor();
    await expect.poll(async () => Number(await owner.getByTestId('balance').textContent())).toBe(before - 5);

    // 7. Staff see it to hand over.
    await staff.goto(`${baseUrl}/console/volunteers/rewards`);
    await staff.locator('[data-testid="redemptions-table"]', { hasText: reward }).waitFor();
  }, 180_000);
});
