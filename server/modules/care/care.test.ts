import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/db';
import { as, login, type Session } from '../../../test/session';

const t = useTestApp();
let worker: Session;
let community: number;

beforeAll(async () => {
  worker = await login(t.app, 'jinghua.worker');
  community = Number(
    (await t.database.db.execute<{ id: number }>(sql`select id from org_node where name = '景华社区'`))
      .rows[0]?.id,
  );
});

const person = async (name: string, careGroups: string[]) =>
  (
    await as(
      t.app,
      worker,
    )({
      method: 'POST',
      url: '/api/v1/registry/people',
      payload: { communityId: community, name, careGroups },
    })
  ).json().id as number;

describe('care visits', () => {
  it('lists people whose planned visit is overdue until someone visits', async () => {
    const id = await person('独居的王奶奶', ['elderly_alone']);
    expect(
      (
        await as(
          t.app,
          worker,
        )({ method: 'PUT', url: `/api/v1/registry/people/${id}/visit-plan`, payload: { intervalDays: 7 } })
      ).statusCode,
    ).toBe(200);
    const overdue = () =>
      as(t.app, worker)({ method: 'GET', url: `/api/v1/registry/visits/overdue?communityId=${community}` });
    expect((await overdue()).json().items).toEqual([]);
    await t.database.db.execute(
      sql`update care_visit_plan set updated_at = now() - interval '10 days' where person_id = ${id}`,
    );
    const late = (await overdue()).json().items;
    expect(late).toHaveLength(1);
    expect(late[0]).toMatchObject({
      personId: id,
      name: '独居的王奶奶',
      lastVisitedOn: null,
      intervalDays: 7,
    });
    expect(late[0].daysOverdue).toBeGreaterThanOrEqual(2);
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const visit = await as(
      t.app,
      worker,
    )({
      method: 'POST',
      url: `/api/v1/registry/people/${id}/visits`,
      payload: { visitedOn: today, notes: '身体尚好，冰箱有食物', needs: '楼道灯坏了' },
    });
    expect(visit.statusCode, visit.body).toBe(201);
    expect((await overdue()).json().items).toEqual([]);
    const list = await as(t.app, worker)({ method: 'GET', url: `/api/v1/registry/people/${id}/visits` });
    expect(list.json().items[0]).toMatchObject({ visitorName: '景华社区 李社工', needs: '楼道灯坏了' });
  });

  it('refuses plans for people outside care groups and visits in the future', async () => {
    const plain = await person('普通居民', []);
    expect(
      (
        await as(
          t.app,
          worker,
        )({ method: 'PUT', url: `/api/v1/registry/people/${plain}/visit-plan`, payload: { intervalDays: 7 } })
      ).statusCode,
    ).toBe(400);
    const cared = await person('残疾人老张', ['disabled']);
    const future = await as(
      t.app,
      worker,
    )({
      method: 'POST',
      url: `/api/v1/registry/people/${cared}/visits`,
      payload: { visitedOn: '2099-01-01', notes: 'x' },
    });
    expect(future.statusCode).toBe(400);
  });

  it('keeps another community’s worker out', async () => {
    const fuzhong = await login(t.app, 'fuzhong.worker');
    expect(
      (
        await as(
          t.app,
          fuzhong,
        )({ method: 'GET', url: `/api/v1/registry/visits/overdue?communityId=${community}` })
      ).statusCode,
    ).toBe(404);
  });
});

describe('needs found on a visit', () => {
  it('become an event in the chosen category, in the same transaction as the visit', async () => {
    const id = await person('独居的李爷爷', ['elderly_alone']);
    const visit = (payload: object) =>
      as(t.app, worker)({ method: 'POST', url: `/api/v1/registry/people/${id}/visits`, payload });
    const bad = await visit({
      visitedOn: '2026-11-01',
      notes: '精神好',
      needs: '需要代买药',
      needsCategoryCode: 'no.such',
    });
    expect(bad.statusCode).toBe(400);
    const count = async () =>
      (
        await t.database.db.execute<{ n: number }>(
          sql`select count(*)::int as n from care_visit where person_id = ${id}`,
        )
      ).rows[0]?.n;
    expect(await count()).toBe(0);
    const res = await visit({
      visitedOn: '2026-11-01',
      notes: '精神好',
      needs: '需要代买药',
      needsCategoryCode: 'service.elderly',
    });
    expect(res.statusCode, res.body).toBe(201);
    const eventId = res.json().eventId as number;
    expect(eventId).toBeGreaterThan(0);
    const e = (await as(t.app, worker)({ method: 'GET', url: `/api/v1/events/${eventId}` })).json();
    expect(e).toMatchObject({ categoryCode: 'service.elderly', channel: 'care_visit', status: 'dispatched' });
    expect(e.description).toContain('需要代买药');
  });
});
