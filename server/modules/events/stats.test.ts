import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { naiveStats } from '../../../bench/naive-stats';
import { statsDifferences, type StatsFigures } from '../../../bench/stats-check';
import { event, eventCategory } from '../../db/schema';
import { useTestApp } from '../../../test/db';
import { coarseRollupDifferences } from '../../../test/rollups';
import { as, login } from '../../../test/session';
import type { EventRow } from './repository';
import { applyRollups } from './rollup';

const t = useTestApp();
const TZ = 'Asia/Shanghai';
const HOUR = 3_600_000;
const q = async <T>(text: string, args: unknown[] = []) =>
  (await t.database.pool.query(text, args)).rows as T[];

/**
 * Events of a street's communities over four months, reported at all hours (so local days and months differ from
 * UTC's), taken through acceptance, closing, rating, rejection and reopening in mixed batches through the write
 * path's `applyRollups`, an event sometimes changed twice in one batch.
 */
async function writeEvents(streetName: string): Promise<void> {
  const db = t.database.db;
  const communities = await q<{ id: number; path: string }>(
    `select c.id, c.path from org_node c join org_node s on c.path like s.path || '%'
      where s.name = $1 and c.kind = 'community' order by c.id`,
    [streetName],
  );
  const compounds = await q<{ id: number; community_id: number; path: string }>(
    `select id, community_id, path from place where kind = 'compound' order by id`,
  );
  const codes = (await db.select({ code: eventCategory.code }).from(eventCategory)).map((c) => c.code);
  const start = new Date('2026-01-20T00:00:00+08:00').getTime();
  const rows: EventRow[] = [];
  for (let i = 0; i < 240; i++) {
    const c = communities[i % communities.length]!;
    const inCommunity = compounds.filter((p) => p.community_id === c.id);
    const compound = i % 5 === 0 || !inCommunity.length ? null : inCommunity[i % inCommunity.length]!;
    const [row] = await db
      .insert(event)
      .values({
        communityId: c.id,
        categoryCode: codes[(i * 7) % codes.length]!,
        description: `统计 ${i}`,
        status: 'reported',
        level: 'community',
        placeId: compound?.id ?? null,
        placePath: compound?.path ?? c.path,
        compoundId: compound?.id ?? null,
        channel: 'console',
        reporterName: '测试',
        dispatchMode: 'assign',
        reportedAt: new Date(start + ((i * 37) % 110) * 24 * HOUR + ((i * 5) % 24) * HOUR + i * 60_000),
      })
      .returning();
    rows.push(row!);
  }
  const apply = (changes: { before: EventRow | null; after: EventRow }[]) => applyRollups(db, changes, TZ);
  for (let b = 0; b < rows.length; b += 40)
    await apply(rows.slice(b, b + 40).map((after) => ({ before: null, after })));

  const change = async (e: EventRow, set: Partial<EventRow>) =>
    (await db.update(event).set(set).where(eq(event.id, e.id)).returning())[0]!;
  const batch: { before: EventRow | null; after: EventRow }[] = [];
  for (const [i, e] of rows.entries()) {
    if (i % 10 === 0) {
      batch.push({ before: e, after: await change(e, { status: 'rejected' }) });
      continue;
    }
    const acceptedAt = new Date(e.reportedAt.getTime() + (i % 30) * HOUR);
    const accepted = await change(e, {
      status: 'dispatched',
      acceptedAt,
      deadline: new Date(e.reportedAt.getTime() + 72 * HOUR),
    });
    // Every fourth event is accepted and closed in the same batch: two changes to one event, rows in common.
    if (i % 4 !== 0) await apply([{ before: e, after: accepted }]);
    else batch.push({ before: e, after: accepted });
    if (i % 10 > 7) continue;
    const closedAt = new Date(acceptedAt.getTime() + (i % 90) * HOUR);
    const closed = await change(accepted, {
      status: 'closed',
      handledAt: closedAt,
      closedAt,
      rating: i % 3 === 0 ? null : 1 + (i % 5),
      reworkCount: i % 11 === 0 ? 1 : 0,
    });
    batch.push({ before: accepted, after: closed });
    if (i % 13 === 0) {
      batch.push({
        before: closed,
        after: await change(closed, { status: 'in_progress', closedAt: null, rating: null, reopened: true }),
      });
    }
    if (batch.length >= 25) await apply(batch.splice(0));
  }
  await apply(batch.splice(0));
}

describe('statistics from the coarse rollups', () => {
  it("give a street's and a community's figures for periods cut mid-month as the events themselves do", async () => {
    await writeEvents('莲花街道');
    const [street] = await q<{ id: number }>(`select id from org_node where name = '莲花街道'`);
    const [community] = await q<{ id: number }>(`select id from org_node where name = '景华社区'`);
    const s = await login(t.app, 'lianhua.street');
    const periods = [
      ['2026-01-25', '2026-04-07'],
      ['2026-02-01', '2026-02-28'],
      ['2026-03-15', '2026-03-16'],
      ['2026-01-31', '2026-05-03'],
      ['2026-02-10', '2026-03-20'],
    ] as const;
    for (const nodeId of [street!.id, community!.id])
      for (const [from, to] of periods) {
        const res = await as(
          t.app,
          s,
        )({ method: 'GET', url: `/api/v1/stats/events?nodeId=${nodeId}&from=${from}&to=${to}` });
        expect(res.statusCode, res.body).toBe(200);
        const ours = res.json<StatsFigures>();
        if (to !== '2026-03-16') expect(ours.total, `${nodeId} ${from}..${to}`).toBeGreaterThan(10);
        expect(
          statsDifferences(ours, await naiveStats(t.database.pool, { nodeId, from, to }, TZ)),
          `${nodeId} ${from}..${to}`,
        ).toEqual([]);
      }
  });

  it('keep the coarse rollups equal to the fine rollup summed per community and day or month', async () => {
    await writeEvents('莲花街道');
    expect(await coarseRollupDifferences(t.database.pool)).toEqual([]);
    const months = await q<{ n: number }>(
      `select count(*)::int as n from event_rollup_month where reported > 0`,
    );
    expect(months[0]!.n).toBeGreaterThan(4);
  });
});
