import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/db';
import { as, login, type Session } from '../../../test/session';

const t = useTestApp();
let fuzhong: Session;
let jinghua: Session;
let resident: Session;

interface Node {
  id: number;
  kind: string;
  name: string;
  code: string;
  communityId: number | null;
  actions: string[];
}

const idsOf = async (kind: string, community: string) => {
  const r = await t.database.db.execute<{ id: number }>(sql`
    select p.id from place p join org_node c on c.id = p.community_id where p.kind = ${kind} and c.name = ${community}
    union all select id from org_node where kind = ${kind} and name = ${community}
    order by id`);
  return r.rows.map((x) => Number(x.id));
};

beforeAll(async () => {
  [fuzhong, jinghua, resident] = await Promise.all([
    login(t.app, 'fuzhong.worker'),
    login(t.app, 'jinghua.worker'),
    login(t.app, 'yifengyuan.owner1'),
  ]);
});

describe('scope: a 福中社区 worker and 景华社区', () => {
  it('answers 404 for every 景华社区 object it asks for', async () => {
    const ids = [
      ...(await idsOf('community', '景华社区')),
      ...(await idsOf('compound', '景华社区')),
      ...(await idsOf('building', '景华社区')),
      ...(await idsOf('unit', '景华社区')),
    ];
    expect(ids.length).toBeGreaterThan(30);
    const get = as(t.app, fuzhong);
    for (const id of ids) {
      const res = await get({ method: 'GET', url: `/api/v1/org/nodes/${id}` });
      expect(res.statusCode, `node ${id}`).toBe(404);
      expect((await get({ method: 'GET', url: `/api/v1/org/nodes?parentId=${id}` })).statusCode).toBe(404);
      const patch = await get({ method: 'PATCH', url: `/api/v1/org/nodes/${id}`, payload: { name: '改名' } });
      expect(patch.statusCode).toBe(404);
    }
    const grids = await t.database.db.execute<{ id: number }>(
      sql`select g.id from grid g join org_node c on c.id = g.community_id where c.name = '景华社区'`,
    );
    for (const g of grids.rows) {
      expect((await get({ method: 'GET', url: `/api/v1/org/grids/${g.id}` })).statusCode).toBe(404);
    }
    const renamed = await t.database.db.execute(
      sql`select count(*)::int as n from place where name = '改名'`,
    );
    expect(renamed.rows[0]).toEqual({ n: 0 });
  });

  it('lists only 福中社区 and its subtree', async () => {
    const get = as(t.app, fuzhong);
    const roots = (await get({ method: 'GET', url: '/api/v1/org/nodes' })).json<{ items: Node[] }>().items;
    expect(roots.map((n) => n.name)).toEqual(['福中社区']);
    const seen: Node[] = [];
    const walk = async (parentId: number) => {
      let cursor: string | null = null;
      do {
        const q: string = `/api/v1/org/nodes?parentId=${parentId}&limit=3${cursor ? `&cursor=${cursor}` : ''}`;
        const body = (await get({ method: 'GET', url: q })).json<{
          items: Node[];
          nextCursor: string | null;
        }>();
        for (const n of body.items) {
          seen.push(n);
          await walk(n.id);
        }
        cursor = body.nextCursor;
      } while (cursor);
    };
    await walk(roots[0]?.id as number);
    const [{ n }] = (
      await t.database.db.execute<{ n: number }>(
        sql`select count(*)::int as n from place p join org_node c on c.id = p.community_id where c.name = '福中社区'`,
      )
    ).rows as [{ n: number }];
    expect(seen).toHaveLength(n);
    expect(new Set(seen.map((s) => s.communityId))).toEqual(new Set([roots[0]?.id]));
    const search = (
      await get({ method: 'GET', url: `/api/v1/org/nodes?q=${encodeURIComponent('园')}&limit=200` })
    ).json<{ items: Node[] }>();
    expect(search.items.map((s) => s.name)).toContain('深业花园');
    expect(search.items.map((s) => s.name)).not.toContain('怡枫园');
  });

  it('keeps the street and district out of a community worker’s reach', async () => {
    const street = await idsOf('street', '莲花街道');
    expect(
      (await as(t.app, fuzhong)({ method: 'GET', url: `/api/v1/org/nodes/${street[0]}` })).statusCode,
    ).toBe(404);
  });
});

describe('a resident', () => {
  it('cannot reach staff routes', async () => {
    const get = as(t.app, resident);
    const compound = (await idsOf('compound', '景华社区'))[0];
    const checks = [
      { method: 'GET' as const, url: '/api/v1/org/nodes' },
      { method: 'GET' as const, url: `/api/v1/org/nodes/${compound}` },
      { method: 'GET' as const, url: '/api/v1/org/grids' },
      { method: 'GET' as const, url: '/api/v1/audit' },
      { method: 'GET' as const, url: '/api/v1/accounts' },
      {
        method: 'POST' as const,
        url: '/api/v1/org/nodes',
        payload: { parentId: compound, kind: 'building', name: 'x' },
      },
    ];
    for (const c of checks) expect([403, 404], `${c.method} ${c.url}`).toContain((await get(c)).statusCode);
  });
});

describe('creating and changing nodes', () => {
  it('creates a building in 怡枫园 with a derived code and an audit row', async () => {
    const [yifengyuan] = (
      await as(t.app, jinghua)({ method: 'GET', url: `/api/v1/org/nodes?q=${encodeURIComponent('怡枫园')}` })
    ).json<{ items: Node[] }>().items;
    expect(yifengyuan?.actions).toContain('create_child');
    const res = await as(
      t.app,
      jinghua,
    )({
      method: 'POST',
      url: '/api/v1/org/nodes',
      payload: {
        parentId: yifengyuan?.id,
        kind: 'building',
        name: '8栋',
        attributes: { floors: 9, hasElevator: false },
      },
    });
    expect(res.statusCode).toBe(201);
    const created = res.json<Node & { path: { name: string }[] }>();
    expect(created.code).toMatch(new RegExp(`^${yifengyuan?.code}\\d{3}$`));
    expect(created.path.map((p) => p.name)).toEqual(['福田区', '莲花街道', '景华社区', '怡枫园', '8栋']);
    const audit = await t.database.db.execute(
      sql`select action, actor_name from audit_log where entity_type = 'org_node' and entity_id = ${String(created.id)}`,
    );
    expect(audit.rows).toEqual([{ action: 'org.node.create', actor_name: 'jinghua.worker' }]);
  });

  it('refuses a child of the wrong kind, bad attributes and a bad code, changing nothing', async () => {
    const before = await t.database.db.execute(sql`select count(*)::int as n from place`);
    const compound = (await idsOf('compound', '景华社区'))[0];
    const post = (payload: object) =>
      as(t.app, jinghua)({ method: 'POST', url: '/api/v1/org/nodes', payload });
    const wrongKind = await post({ parentId: compound, kind: 'unit', name: 'x' });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().details.fields[0].path).toBe('body.kind');
    const badAttr = await post({
      parentId: compound,
      kind: 'building',
      name: 'x',
      attributes: { floors: -1 },
    });
    expect(badAttr.json().details.fields[0].path).toBe('body.attributes.floors');
    const badCode = await post({
      parentId: compound,
      kind: 'building',
      name: 'x',
      code: '123456789012345678',
    });
    expect(badCode.json().details.fields[0].path).toBe('body.code');
    const after = await t.database.db.execute(sql`select count(*)::int as n from place`);
    expect(after.rows).toEqual(before.rows);
  });

  it('lets a community worker rename but not create communities', async () => {
    const [community] = await idsOf('community', '景华社区');
    const node = (
      await as(t.app, jinghua)({ method: 'GET', url: `/api/v1/org/nodes/${community}` })
    ).json<Node>();
    expect(node.actions).not.toContain('update');
    const res = await as(
      t.app,
      jinghua,
    )({ method: 'PATCH', url: `/api/v1/org/nodes/${community}`, payload: { name: '新名' } });
    expect(res.statusCode).toBe(403);
  });

  it('renames a compound and records before and after', async () => {
    const [compound] = await idsOf('compound', '福中社区');
    const res = await as(
      t.app,
      fuzhong,
    )({ method: 'PATCH', url: `/api/v1/org/nodes/${compound}`, payload: { name: '深业花园（南区）' } });
    expect(res.statusCode).toBe(200);
    const audit = await t.database.db.execute<{ before: { name: string }; after: { name: string } }>(
      sql`select before, after from audit_log where action = 'org.node.update' and entity_id = ${String(compound)}`,
    );
    expect(audit.rows[0]?.before.name).toBe('深业花园');
    expect(audit.rows[0]?.after.name).toBe('深业花园（南区）');
  });
});
