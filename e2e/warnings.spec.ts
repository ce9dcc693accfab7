import { describe, expect, it, inject } from 'vitest';
import { useBrowser } from './browser';

const baseUrl = inject('baseUrl');
const { desk } = useBrowser(baseUrl);

describe('early warnings and forecasts in the browser', () => {
  it('street staff see a hotspot with its building and events, and a forecast chart with its error', async () => {
    const staff = await desk('lianhua.street');

    // The demo's rubbish reported again and again by one building is a hotspot.
    await staff.goto(`${baseUrl}/console/events/warnings?kind=hotspot`);
    const hotspot = staff.locator('[data-testid="warnings-table"] tr[data-kind="hotspot"]', {
      hasText: '垃圾',
    });
    await hotspot.first().waitFor();
    expect(await hotspot.first().locator('a[href^="/console/org?node="]').count()).toBe(1);
    const events = hotspot.first().locator('a[href^="/console/events/"]');
    expect(await events.count()).toBeGreaterThanOrEqual(3);

    // One click on an event of the hotspot opens it.
    await events.first().click();
    await staff.waitForURL(/\/console\/events\/\d+$/);

    // The street's forecast: a chart and the backtest's error in events per week.
    await staff.goto(`${baseUrl}/console/events/forecasts`);
    await staff.getByTestId('forecast-chart').waitFor();
    const error = await staff.getByTestId('forecast-error').innerText();
    expect(error).toMatch(/±\d+(\.\d)? 件\/周/);
    expect(await staff.locator('[data-testid="forecast-table"] tbody tr').count()).toBe(8);
  });
});
