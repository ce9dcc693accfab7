import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/db';
import { testKeys } from '../../test/keys';
import { as, login } from '../../test/session';
import { seedDemoMediation, seedDemoSelfOrgs } from './community-life';
import { seedDemoRegistry } from './registry';
import { seedDemoVolunteers } from './volunteers';

const t = useTestApp();

describe('the demo mediation and self-organisations', () => {
  it("reports seed 001's fall of property disputes and organisations at every stage", async () => {
    await seedDemoRegistry(t.database.db, testKeys, 'Asia/Shanghai');
    await seedDemoVolunteers(t.database.db);
    const m = await seedDemoMediation(t.database.db);
    expect(m.cases).toBe(72);
    await seedDemoSelfOrgs(t.database.db);
    const street = await login(t.app, 'lianhua.street');
    const get = async <T>(url: string) =>
      (await as(t.app, street)({ method: 'GET', url: `/api/v1${url}` })).json<T>();
    const trend = await get<{ total: number; previousTotal: number; rate: number }>('/mediation/trend');
    expect(trend).toMatchObject({ total: 15, previousTotal: 43, rate: -65.1 });
    const stats = await get<{ byStage: { stage: string; count: number }[]; incubated: number }>(
      '/self-orgs/stats',
    );
    expect(stats.byStage.every((s) => s.count > 0)).toBe(true);
    expect(stats.incubated).toBeGreaterThan(0);
  });
});
