import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloneDatabase, type TestDatabase } from '../../test/db';
import { appendRows, insertRows } from './bulk';
import { auditLog, event, eventLog } from './schema';

let t: TestDatabase;
beforeAll(async () => {
  t = await cloneDatabase();
});
afterAll(() => t.close());

/** Two rows of every shape the intake writes: one reported, one dispatched at once (more columns given). */
async function eventRows() {
  const [place] = await t.pool.query<{ id: number; community_id: number; path: string }>(
    `select id, community_id, path from place where kind = 'building' order by id limit 1`,
  ).then((r) => r.rows);
  const base = {
    communityId: place!.community_id,
    categoryCode: 'facility.light',
    description: '楼道灯不亮 "quoted" \\ back',
    status: 'reported',
    level: 'compound',
    placeId: place!.id,
    placePath: place!.path,
    compoundId: null,
    lat: 22.5431,
    lng: 114.0579,
    address: null,
    channel: 'resident',
    reporterAccountId: null,
    reporterName: '居民',
    dispatchMode: 'assign',
  } satisfies typeof event.$inferInsert;
  const deadline = new Date('2026-12-07T01:02:03.456Z');
  return [
    base,
    { ...base, status: 'dispatched' as const, deadline, acceptedAt: deadline, dispatchedAt: deadline, assigneeName: '物业' },
  ];
}

const without = <R extends object>(r: R, keys: string[]) =>
  Object.fromEntries(Object.entries(r).filter(([k]) => !keys.includes(k)));

describe('insertRows', () => {
  it('returns what drizzle’s own insert returns for the same rows, in order', async () => {
    const rows = await eventRows();
    const ours = await insertRows(t.db, event, rows);
    const theirs = await t.db.insert(event).values(rows).returning();
    const generated = ['id', 'reportedAt', 'updatedAt'];
    expect(ours.map((r) => without(r, generated))).toEqual(theirs.map((r) => without(r, generated)));
    expect(ours[1]!.deadline).toEqual(new Date('2026-12-07T01:02:03.456Z'));
    expect(ours[0]!.reportedAt).toBeInstanceOf(Date);
    expect(ours[0]!.id).toBeTypeOf('number');
    expect(ours[1]!.id).toBeGreaterThan(ours[0]!.id);
  });

  it('keeps jsonb values as JSON, not as strings', async () => {
    const [e] = await insertRows(t.db, event, (await eventRows()).slice(0, 1));
    const data = { partyId: 'property_company:3', nested: { list: [1, 'two', null] } };
    const [log] = await insertRows(t.db, eventLog, [
      { communityId: e!.communityId, eventId: e!.id, action: 'report', toStatus: 'reported', actorName: 'x', data },
    ]);
    expect(log!.data).toEqual(data);
    const [stored] = await t.db.select().from(eventLog).where(eq(eventLog.id, log!.id));
    expect(stored!.data).toEqual(data);
  });

  it('refuses rows that disagree on a column with a default, and writes nothing for no rows', async () => {
    const [a, b] = await eventRows();
    await expect(insertRows(t.db, event, [{ ...a!, reworkCount: 1 }, b!])).rejects.toThrow(/reworkCount/);
    expect(await insertRows(t.db, auditLog, [])).toEqual([]);
  });

  it('appendRows writes the same rows as insertRows, returning nothing', async () => {
    const rows = await eventRows();
    const before = await t.db.select({ id: event.id }).from(event);
    expect(await appendRows(t.db, event, rows)).toBeUndefined();
    const known = new Set(before.map((r) => r.id));
    const added = (await t.db.select().from(event).where(inArray(event.placePath, [rows[0]!.placePath]))).filter(
      (r) => !known.has(r.id),
    );
    const generated = ['id', 'reportedAt', 'updatedAt'];
    const returned = await insertRows(t.db, event, rows);
    expect(added.map((r) => without(r, generated))).toEqual(returned.map((r) => without(r, generated)));
  });
});
