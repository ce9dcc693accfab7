import type { Page } from 'playwright-core';
import { describe, expect, it, inject } from 'vitest';
import { signIn, useBrowser } from './browser';

const baseUrl = inject('baseUrl');
const { blankPhone: phone, desk } = useBrowser(baseUrl);

/** A small real PNG (the phone page uploads it as it is; larger photos are shrunk first). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAHUlEQVR42mP8z8Dwn4EIwMTAwMDAxEAkGFWIAAAcigIRtPtkJAAAAABJRU5ErkJggg==',
  'base64',
);

/** Takes an action from the event page: its button, then the modal's form (a note when the form asks for one). */
async function act(page: Page, action: string, note?: string) {
  await page.getByTestId(`action-${action}`).click();
  if (note) await page.getByTestId('action-text').fill(note);
  await page.getByTestId('action-submit').click();
  await page.getByTestId('event-actions').waitFor();
}

describe('the closed loop in the browser', () => {
  it('an owner reports a broken light on the phone; the property company handles it, the grid worker verifies, the owner rates it', async () => {
    // 1. The owner, on a 375 px phone, reports a broken light with a photo.
    const owner = await phone();
    await signIn(owner, baseUrl, 'yifengyuan.owner1');
    await owner.waitForURL(/\/m$/);
    await owner.goto(`${baseUrl}/m/report`);
    await owner.locator('[data-code="facility.light"]').click();
    await owner.getByTestId('report-description').fill('1栋1单元三楼楼道灯坏了，晚上很黑。');
    await owner.getByTestId('report-next').click();
    await owner
      .getByTestId('photo-input')
      .setInputFiles({ name: 'light.png', mimeType: 'image/png', buffer: PNG });
    await owner.locator('[data-testid="photo-thumb"][data-status="done"]').first().waitFor();
    await owner.getByTestId('report-next').click();
    await owner.getByTestId('report-submit').click();
    await owner.getByTestId('report-done').waitFor();
    const id = Number((await owner.getByTestId('report-number').innerText()).match(/\d+/)?.[0]);
    expect(id).toBeGreaterThan(0);

    // 2. It went straight to 怡枫园's property company, whose staff start and handle it in the console.
    const property = await desk('yifengyuan.property');
    await property.goto(`${baseUrl}/console/events/${id}`);
    await property.getByTestId('event-title').waitFor();
    expect(await property.getByTestId('event-facts').innerText()).toContain('深圳市怡枫物业管理有限公司');
    await property.getByTestId('event-photos').locator('img').first().waitFor();
    await act(property, 'start');
    await act(property, 'handle', '已更换楼道灯泡');
    await property.getByTestId('action-handle').waitFor({ state: 'detached' });

    // 3. The grid worker checks it on site and closes it.
    const grid = await desk('jinghua.grid1');
    await grid.goto(`${baseUrl}/console/events/${id}`);
    await grid.getByTestId('action-verify').waitFor();
    await act(grid, 'verify');
    await grid.locator('[data-testid="timeline-entry"][data-action="verify"]').waitFor();

    // 4. The owner rates it 5 on the phone.
    await owner.goto(`${baseUrl}/m/reports/${id}`);
    await owner.getByTestId('rate-card').waitFor();
    await owner.getByTestId('rate-stars').locator('li').nth(4).click();
    await owner.getByTestId('rate-submit').click();
    await owner.getByTestId('rate-card').waitFor({ state: 'detached' });
    const event = await owner.request.get(`${baseUrl}/api/v1/events/${id}`);
    expect(await event.json()).toMatchObject({ status: 'closed', rating: 5, categoryCode: 'facility.light' });

    // 5. The statistics page of 怡枫园 for today counts it.
    const worker = await desk('jinghua.worker');
    const found = await worker.request.get(`${baseUrl}/api/v1/org/nodes?q=${encodeURIComponent('怡枫园')}`);
    const compoundId = ((await found.json()) as { items: { id: number }[] }).items[0]!.id;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const api = await worker.request.get(
      `${baseUrl}/api/v1/stats/events?nodeId=${compoundId}&from=${today}&to=${today}`,
    );
    const stats = (await api.json()) as {
      total: number;
      closed: number;
      satisfactionRate: number;
      byCategory: { code: string }[];
    };
    expect(stats.closed).toBeGreaterThanOrEqual(1);
    expect(stats.byCategory.map((c) => c.code)).toContain('facility.light');
    // Other specs report in 怡枫园 at the same time: the page must show what its own request answered, which
    // counts at least what was counted above.
    const answered = worker.waitForResponse((r) => {
      const url = new URL(r.url());
      const q = url.searchParams;
      return (
        url.pathname === '/api/v1/stats/events' &&
        q.get('nodeId') === String(compoundId) &&
        q.get('from') === today &&
        q.get('to') === today &&
        r.ok()
      );
    });
    await worker.goto(`${baseUrl}/console/events/stats?node=${compoundId}&from=${today}&to=${today}`);
    const shown = (await (await answered).json()) as { total: number };
    expect(shown.total).toBeGreaterThanOrEqual(stats.total);
    await worker.getByTestId('stats-kpis').waitFor();
    await expect
      .poll(async () => worker.getByTestId('stats-kpis').innerText(), { timeout: 20_000 })
      .toContain(String(shown.total));
  });
});
