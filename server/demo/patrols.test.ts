import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/db';
import { as, login } from '../../test/session';
import { seedDemoPatrols } from './patrols';

const t = useTestApp();

describe('demo patrols', () => {
  it('plans every grid and gives the grid worker four weeks of rounds with some failed items', async () => {
    const r = await seedDemoPatrols(t.database.db, 'Asia/Shanghai');
    expect(r.plans).toBe(9);
    expect(r.patrols).toBeGreaterThan(60);
    const gw = await login(t.app, 'jinghua.grid1');
    const list = await as(t.app, gw)({ method: 'GET', url: '/api/v1/patrols?mine=true&limit=200' });
    const items = list.json<{ items: { status: string; failedItems: number }[] }>().items;
    expect(items.length).toBe(r.patrols);
    expect(items.some((p) => p.failedItems > 0)).toBe(true);
  });
});
