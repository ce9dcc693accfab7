import { describe, expect, it, inject } from 'vitest';
import { signIn, useBrowser } from './browser';

const baseUrl = inject('baseUrl');
const { blankPhone, desk } = useBrowser(baseUrl);

describe('a patrol walked on the phone', () => {
  it('the grid worker starts a patrol, checks in at their location, fails an item, files its event in one tap and finishes', async () => {
    const note = `消防通道被杂物堵塞 E2E ${Date.now() % 100_000}`;

    // Grid workers have no phone area: the console, at 375 px, is their phone page.
    const page = await blankPhone();
    await page.context().grantPermissions(['geolocation'], { origin: baseUrl });
    await page.context().setGeolocation({ latitude: 22.5536, longitude: 114.0482 });
    await signIn(page, baseUrl, 'jinghua.grid1');
    await page.waitForURL(/\/console/);
    await page.goto(`${baseUrl}/console/patrols/walk`);

    // 1. Start: the first of the worker's own plans.
    await page.getByTestId('my-plan').first().getByTestId('start-patrol').click();
    await page.waitForURL(/\/console\/patrols\/walk\/\d+$/);
    const patrolUrl = page.url();

    // 2. Check in with "use my location".
    await page.getByTestId('check-in-location').click();
    await page.getByTestId('check-in').first().waitFor();

    // 3. Fire passages: failed, with a note; then the one tap.
    const item = page.getByTestId('item-fire_passage');
    await item.getByTestId('item-note').fill(note);
    await item.getByTestId('answer-fail').click();
    await item.getByTestId('file-event').click();
    const filed = item.getByTestId('filed-event');
    await filed.waitFor();
    const eventId = Number(/#(\d+)/.exec(await filed.innerText())?.[1]);
    expect(eventId).toBeGreaterThan(0);

    // 4. The rest pass; finish.
    await page.getByTestId('item-lights').getByTestId('answer-pass').click();
    await page.getByTestId('finish-patrol').click();
    await page.locator('[data-testid="patrol-status"]', { hasText: '已完成' }).waitFor();
    await expect.poll(async () => page.getByTestId('finish-patrol').count()).toBe(0);

    // 5. The event is there, with the note, and the patrol keeps its link after a reload.
    await page.reload();
    expect(page.url()).toBe(patrolUrl);
    await page.getByTestId('item-fire_passage').getByTestId('filed-event').click();
    await page.waitForURL(new RegExp(`/console/events/${eventId}$`));
    await page.locator('[data-testid="event-description"]', { hasText: note }).waitFor();

    // 6. The community worker sees the finished patrol with its filed event, and the coverage with its ledger.
    const staff = await desk('jinghua.worker');
    await staff.goto(`${baseUrl}/console/patrols`);
    // Newest first: the patrol just walked heads the list.
    const row = staff.locator('[data-testid="patrols-table"] tr.ant-table-row').first();
    await row.waitFor();
    expect(await row.innerText()).toContain('已完成');
    await row.locator('.ant-table-row-expand-icon').click();
    await staff.locator(`a[href="/console/events/${eventId}"]`).waitFor();
    await staff.goto(`${baseUrl}/console/patrols/coverage`);
    // A community worker's coverage is their community's, with no community to pick.
    await staff.locator('[data-testid="coverage-grids"] tr.ant-table-row').first().waitFor();
    expect(await staff.getByTestId('coverage-export').getAttribute('href')).toMatch(
      /^\/api\/v1\/patrols\/coverage\.xlsx\?communityId=\d+&from=/,
    );
  }, 120_000);
});
