import { describe, expect, it, inject } from 'vitest';
import { useBrowser } from './browser';

const baseUrl = inject('baseUrl');
const { desk } = useBrowser(baseUrl);

describe('people’s mediation in the browser', () => {
  it('staff open a case from an event, record a session and an agreement, and the counts show it', async () => {
    const staff = await desk('jinghua.worker');
    const agreedNow = async () => {
      await staff.goto(`${baseUrl}/console/mediation/stats`);
      return Number((await staff.getByTestId('kpi-agreed').innerText()).replace(/\D/g, ''));
    };
    const before = await agreedNow();

    // An event of 景华社区 the worker sees, taken in as a dispute.
    const eventId = await staff.evaluate(async () => {
      const res = await fetch('/api/v1/events?limit=1');
      return ((await res.json()) as { items: { id: number }[] }).items[0]!.id;
    });
    await staff.goto(`${baseUrl}/console/mediation?eventId=${eventId}`);
    await staff.getByTestId('case-title').fill('楼上漏水纠纷 E2E');
    await staff.getByTestId('case-summary').fill('楼上卫生间漏水，楼下天花板受损');
    await staff.getByTestId('case-applicant').fill('王建明');
    await staff.getByTestId('case-respondent').fill('李晓华');
    await staff.getByTestId('open-case-submit').click();
    await staff.waitForURL(/\/console\/mediation\/cases\/\d+$/);
    expect(await staff.getByTestId('case-heading').innerText()).toBe('楼上漏水纠纷 E2E');
    await staff.locator(`a[href="/console/events/${eventId}"]`).waitFor();

    // A session, then the agreement.
    await staff.getByTestId('case-session').click();
    await staff.getByTestId('session-place').fill('居民议事厅');
    await staff.getByTestId('session-attendees').fill('王建明，李晓华，陈调解');
    await staff.getByTestId('decision-text').fill('双方陈述，调解员提出修缮方案');
    await staff.getByTestId('decision-submit').click();
    await staff.locator('[data-testid="case-sessions"]', { hasText: '居民议事厅' }).waitFor();
    await staff.getByTestId('case-agree').click();
    await staff.getByTestId('decision-text').fill('楼上业主一周内修复防水并赔偿 800 元');
    await staff.getByTestId('decision-submit').click();
    await staff.locator('[data-testid="case-status"]', { hasText: '已达成协议' }).waitFor();
    expect(await staff.getByTestId('case-agreement').innerText()).toContain('800 元');

    // The counts page has one more agreed case.
    await expect.poll(agreedNow).toBe(before + 1);
  });
});
