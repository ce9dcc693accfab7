import pg from 'pg';
import { DEFAULT_CATEGORIES } from '../domain/events/categories';
import {
  benchDatabase,
  login,
  p95,
  report,
  startTarget,
  throughput,
  type BenchDatabase,
  type Target,
} from './harness';

/**
 * Many events in one statement: spread over every building of the demo street, most of them closed long ago,
 * about 2 % still being worked (so the inbox has realistic depth), with their rollup left empty (the inbox and
 * the event page do not read it).
 */
async function fillEvents(url: string, count: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`
      with b as (select row_number() over (order by id) - 1 as n, community_id, id, path, split_part(path, '/', 5)::bigint as compound
                   from place where kind = 'building'),
           nb as (select count(*) as c from b)
      insert into event (community_id, category_code, description, status, level, place_id, place_path, compound_id,
                         channel, reporter_name, assignee_kind, assignee_node_id, assignee_node_path, assignee_name,
                         dispatch_mode, deadline, reported_at, accepted_at, dispatched_at, closed_at)
      select b.community_id, 'facility.light', '照明损坏（基准数据）',
             case when g % 50 = 0 then 'in_progress' else 'closed' end, 'compound', b.id, b.path, b.compound,
             'resident', '居民', 'property_company', b.compound, split_part(b.path, '/', 1) || '/' || split_part(b.path, '/', 2) || '/'
               || split_part(b.path, '/', 3) || '/' || split_part(b.path, '/', 4) || '/' || split_part(b.path, '/', 5) || '/', '物业',
             'assign', now() + (g % 97) * interval '1 hour', now() - (g % 365) * interval '1 day',
             now() - (g % 365) * interval '1 day', now() - (g % 365) * interval '1 day',
             case when g % 50 = 0 then null else now() - (g % 365) * interval '1 day' + interval '20 hours' end
      from generate_series(1, ${count}) g, nb join b on true where b.n = g % nb.c`);
    await client.query('analyze event');
  } finally {
    await client.end();
  }
}

interface Targets {
  bare: Target;
  linli: Target;
}

async function intake(db: BenchDatabase, seconds: number, { bare, linli }: Targets) {
  const s = await login(linli.base, 'lianhua.street');
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  // Reports arrive from all over the street at once, not building by building: interleave the communities.
  const buildings = (
    await client.query<{ id: number }>(
      `select id from place where kind = 'building'
        order by row_number() over (partition by community_id order by id), community_id`,
    )
  ).rows.map((r) => r.id);
  await client.end();
  const codes = DEFAULT_CATEGORIES.map((c) => c.code);
  let i = 0;
  const body = () => {
    i++;
    return {
      categoryCode: codes[i % codes.length],
      description: `基准上报 ${i}`,
      nodeId: buildings[i % buildings.length],
    };
  };
  const headers = { cookie: s.cookie, 'x-csrf-token': s.csrf };
  await throughput(`${bare.base}/intake`, 1, {}, { body });
  await throughput(`${linli.base}/api/v1/events`, 1, headers, { body });
  // Alternating rounds, the median of each: load from elsewhere on the machine hits both sides alike.
  const bases: number[] = [];
  const values: number[] = [];
  for (let round = 0; round < 3; round++) {
    bases.push(await throughput(`${bare.base}/intake`, seconds / 3, {}, { body }));
    values.push(await throughput(`${linli.base}/api/v1/events`, seconds / 3, headers, { body }));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const baseline = median(bases);
  report({ name: 'intake', value: median(values), unit: 'req/s', baseline });
  return baseline;
}

/** The physical limit to quote: single-row INSERTs, one commit each, from 16 clients, no HTTP at all. */
async function pgInsertLimit(db: BenchDatabase, seconds: number, httpBaseline: number) {
  const pool = new pg.Pool({ connectionString: db.url, max: 16 });
  await pool.query(
    'create table if not exists bench_raw (id bigint generated always as identity primary key, body jsonb not null)',
  );
  let done = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (Date.now() < until) {
        await pool.query('insert into bench_raw (body) values ($1)', [
          { categoryCode: 'facility.light', n: done },
        ]);
        done++;
      }
    }),
  );
  await pool.end();
  // Baseline: the bare HTTP route, so the ratio shows what HTTP itself costs.
  report({ name: 'pg-insert-limit', value: done / seconds, unit: 'insert/s', baseline: httpBaseline });
}

async function reads(db: BenchDatabase, events: number, samples: number, { bare, linli }: Targets) {
  await fillEvents(db.url, events);

  const s = await login(linli.base, 'yifengyuan.property');
  const headers = { cookie: s.cookie };
  const inboxUrl = () => `${linli.base}/api/v1/events?assignedToMe=true&limit=50`;
  await p95(inboxUrl, headers, 20);
  const value = await p95(inboxUrl, headers, samples);
  const baseline = await p95(
    () => `${bare.base}/inbox?path=${encodeURIComponent(bareInboxPath)}`,
    {},
    samples,
  );
  report({
    name: 'inbox',
    value,
    unit: 'ms p95',
    baseline,
    ratio: baseline / value,
    note: `${events} events`,
  });
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const ids = (
    await client.query<{ id: number }>(
      `select id from event where place_path like $1 order by random() limit 200`,
      [`${bareInboxPath}%`],
    )
  ).rows.map((r) => r.id);
  await client.end();
  let k = 0;
  const pageUrl = () => `${linli.base}/api/v1/events/${ids[k++ % ids.length]}`;
  const page = await p95(pageUrl, headers, samples);
  k = 0;
  const bareUrl = () => `${bare.base}/event/${ids[k++ % ids.length]}`;
  const pageBaseline = await p95(bareUrl, {}, samples);
  report({
    name: 'event-page',
    value: page,
    unit: 'ms p95',
    baseline: pageBaseline,
    ratio: pageBaseline / page,
    note: `${events} events`,
  });
}

let bareInboxPath = '';

/** Intake throughput, the raw insert limit, and the inbox and event page at district depth. */
export async function eventsBench(quick: boolean): Promise<void> {
  const seconds = quick ? 3 : 10;
  const db = await benchDatabase();
  try {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    bareInboxPath = (await client.query<{ path: string }>(`select path from place where name = '怡枫园'`))
      .rows[0]!.path;
    await client.end();
    // One server of each kind for the whole group: starting one costs seconds of TypeScript loading.
    const targets = { bare: await startTarget('bare', db.url), linli: await startTarget('linli', db.url) };
    try {
      const baseline = await intake(db, seconds, targets);
      await pgInsertLimit(db, seconds, baseline);
      await reads(db, quick ? 100_000 : 1_000_000, quick ? 100 : 400, targets);
    } finally {
      await Promise.all([targets.bare.stop(), targets.linli.stop()]);
    }
  } finally {
    await db.close();
  }
}
