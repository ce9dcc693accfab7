import { describe, expect, it, inject } from 'vitest';
import { useBrowser } from './browser';
import { confirmPopup } from './controls';
import { choose } from './select';

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

  it('staff appoint a resident found by name as a mediator, and revoke the appointment', async () => {
    const staff = await desk('jinghua.worker');
    const name = `聘任调解${Date.now() % 100_000}`;
    // A resident of 景华社区 to appoint (registered through the API, as the registry pages would).
    const communityId = await staff.evaluate(async (n) => {
      const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
      const nodes = (await (await fetch('/api/v1/org/nodes?q=景华社区')).json()) as {
        items: { id: number }[];
      };
      const id = nodes.items[0]!.id;
      const r = await fetch('/api/v1/registry/people', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ communityId: id, name: n }),
      });
      if (r.status !== 201) throw new Error(await r.text());
      return id;
    }, name);
    expect(communityId).toBeGreaterThan(0);

    await staff.goto(`${baseUrl}/console/mediation/mediators`);
    await staff.getByTestId('mediator-appoint').click();
    await choose(staff, staff.getByRole('combobox', { name: '社区' }), '景华社区', '景华社区');
    await choose(staff, staff.getByRole('combobox', { name: '人员' }), name, name);
    await staff.getByTestId('mediator-submit').click();
    const row = staff.locator('[data-testid="mediators-table"] tr', { hasText: name });
    await row.waitFor();

    await confirmPopup(staff, row.getByTestId('mediator-revoke'));
    await row.waitFor({ state: 'detached' });
  });
});
