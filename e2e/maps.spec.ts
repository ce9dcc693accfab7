import { describe, expect, it, inject } from 'vitest';
import { useBrowser } from './browser';

const baseUrl = inject('baseUrl');
const { desk } = useBrowser(baseUrl);

describe('the map in the browser', () => {
  it('shows the demo grids; staff import one grid’s boundary and draw another’s, and both persist after reload', async () => {
    const page = await desk('jinghua.worker');
    await page.goto(`${baseUrl}/console/org/map`);
    const row = (name: string) => page.locator('[data-testid="map-area-row"]', { hasText: name });

    // 1. The community's three demo grids and three compounds are drawn, with no tile server (offline).
    await row('景华社区第1网格').waitFor();
    await page.locator('path.map-area-grid').nth(2).waitFor();
    expect(await page.locator('path.map-area-grid').count()).toBe(3);
    expect(await page.locator('path.map-area-compound').count()).toBe(3);
    expect(await page.locator('.leaflet-tile').count()).toBe(0);
    expect(await row('景华社区第2网格').getByTestId('map-area-vertices').innerText()).toBe('5');

    // 2. A GeoJSON file (a Feature, as GIS tools export) with a seven-vertex outline is imported for the second grid.
    const ring = [
      [114.0495, 22.5543],
      [114.0508, 22.5543],
      [114.0512, 22.555],
      [114.0508, 22.5558],
      [114.0495, 22.5558],
      [114.0491, 22.555],
    ];
    const feature = {
      type: 'Feature',
      properties: { name: '景华社区第2网格' },
      geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]]] },
    };
    await row('景华社区第2网格')
      .locator('input[type=file]')
      .setInputFiles({
        name: 'grid2.geojson',
        mimeType: 'application/geo+json',
        buffer: Buffer.from(JSON.stringify(feature)),
      });
    await page.locator('.ant-message', { hasText: '边界已保存' }).waitFor();
    await row('景华社区第2网格').getByTestId('map-area-vertices').getByText('7', { exact: true }).waitFor();

    // 3. The third grid's boundary is drawn by clicking four corners on the map and pressing Enter.
    await row('景华社区第3网格').getByTestId('map-draw').click();
    await page.getByTestId('map-drawing').waitFor();
    const map = page.getByTestId('node-map');
    const box = (await map.boundingBox())!;
    for (const [x, y] of [
      [0.3, 0.3],
      [0.5, 0.3],
      [0.5, 0.5],
      [0.3, 0.5],
    ] as const)
      await page.mouse.click(box.x + box.width * x, box.y + box.height * y);
    await page.locator('path.map-draft').waitFor();
    expect(await page.locator('path.map-draft-vertex').count()).toBe(4);
    await page.keyboard.press('Enter');
    await page.locator('.ant-message', { hasText: '景华社区第3网格' }).waitFor();
    await page.getByTestId('map-drawing').waitFor({ state: 'detached' });

    // 4. After a reload both boundaries come back from the server.
    await page.reload();
    await row('景华社区第1网格').waitFor();
    await row('景华社区第2网格').getByTestId('map-area-vertices').getByText('7', { exact: true }).waitFor();
    await row('景华社区第3网格').getByTestId('map-area-vertices').getByText('5', { exact: true }).waitFor();
    await page.locator('path.map-area-grid').nth(2).waitFor();
  });
});
