import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import pg from 'pg';
import { DEFAULT_CATEGORIES } from '../domain/events/categories';
import { benchDatabase, login, report, startTarget } from './harness';

/** Resident set size of a process in MB, from /proc (Linux, which is what the benchmarks run on). */
function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (!kb) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb) / 1024;
}

/**
 * A bounded load test on 127.0.0.1: a community worker's day in one mix, cycled by each of 8 keep-alive
 * connections: the event list, the org node, the inbox, an event page, a new report and a comment on an
 * event (an action with its timeline row, audit entry and notifications). 30 s (6 s with `--quick`), after a
 * 2 s warm-up. Every answer must be 2xx; the lines report the p99 latency, the errors and the server's RSS
 * growth over the measured run.
 */
export async function loadBench(quick: boolean): Promise<void> {
  const seconds = quick ? 6 : 30;
  const db = await benchDatabase();
  const linli = await startTarget('linli', db.url);
  try {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows: community } = await client.query<{ id: number }>(
      `select id from org_node where name = '景华社区'`,
    );
    const { rows: buildings } = await client.query<{ id: number }>(
      `select p.id from place p join org_node c on c.id = p.community_id
        where c.name = '景华社区' and p.kind = 'building' order by p.id`,
    );
    await client.end();
    const s = await login(linli.base, 'jinghua.worker');
    const headers = { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' };
    const codes = DEFAULT_CATEGORIES.map((c) => c.code);
    let n = 0;
    const report_ = () => {
      n++;
      return JSON.stringify({
        categoryCode: codes[n % codes.length],
        description: `压力测试上报 ${n}`,
        nodeId: buildings[n % buildings.length]!.id,
      });
    };
    // Events to read and comment on: reported through the API, like the ones the run adds.
    const ids: number[] = [];
    for (let i = 0; i < 40; i++) {
      const res = await fetch(`${linli.base}/api/v1/events`, { method: 'POST', headers, body: report_() });
      if (res.status !== 201) throw new Error(`load: report ${res.status} ${await res.text()}`);
      ids.push(((await res.json()) as { id: number }).id);
    }
    const some = () => ids[Math.floor(Math.random() * ids.length)];
    const mix: autocannon.Request[] = [
      { method: 'GET', path: '/api/v1/events?limit=20' },
      { method: 'GET', path: `/api/v1/org/nodes/${community[0]!.id}` },
      { method: 'GET', path: '/api/v1/events/inbox?limit=20' },
      { method: 'GET', setupRequest: (r) => ({ ...r, path: `/api/v1/events/${some()}` }) },
      { method: 'POST', path: '/api/v1/events', setupRequest: (r) => ({ ...r, body: report_() }) },
      {
        method: 'POST',
        setupRequest: (r) => ({
          ...r,
          path: `/api/v1/events/${some()}/actions/comment`,
          body: JSON.stringify({ note: `压力测试备注 ${n++}` }),
        }),
      },
    ];
    const run = (duration: number) =>
      autocannon({ url: linli.base, connections: 8, duration, headers, requests: mix });
    await run(2);
    const before = rssMb(linli.pid);
    const r = await run(seconds);
    const growth = rssMb(linli.pid) - before;
    const errors = r.errors + r.non2xx + r.timeouts;
    const note = `${seconds} s, 8 connections, ${r.requests.total} requests, ${Math.round(r.requests.average)} req/s`;
    report({ name: 'load', value: r.latency.p99, unit: 'ms p99', note });
    report({
      name: 'load-errors',
      value: errors,
      unit: 'errors',
      note: 'non-2xx, socket errors and timeouts; must be 0',
    });
    report({ name: 'load-rss', value: growth, unit: 'MB RSS growth', note: `from ${Math.round(before)} MB` });
    if (errors > 0) throw new Error(`load: ${errors} requests failed (${r.non2xx} non-2xx)`);
  } finally {
    await linli.stop();
    await db.close();
  }
}
