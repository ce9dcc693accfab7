import { addDays, localDate } from '../domain/common/local-date';
import { connect } from '../server/db/client';
import { planTotals, scalePlan, SCALE_ACCOUNT, seedScale } from '../server/demo/scale';
import { DEMO_DISTRICT } from '../server/demo/street';
import { benchDatabase, login, p95, report, startTarget } from './harness';
import { statsDifferences, type StatsFigures } from './stats-check';

const TIME_ZONE = 'Asia/Shanghai';

/**
 * The district's statistics for the last twelve months (RULES.md §7 figures and the daily trend) from the
 * rollup, against the same figures by GROUP BY over the events, on `linli seed --demo --scale` data: N = 1
 * (10 M events) in the full run. Both answers must agree before either is timed.
 */
export async function statsBench(quick: boolean): Promise<void> {
  const scale = quick ? 0.005 : 1;
  const db = await benchDatabase();
  try {
    const database = connect(db.url, 2);
    let districtId: number;
    try {
      // The full run's seed takes minutes: its progress goes to stderr, the JSON lines stay alone on stdout.
      await seedScale(
        database.db,
        scale,
        TIME_ZONE,
        quick ? () => {} : (m) => process.stderr.write(`${m}\n`),
      );
      const r = await database.pool.query<{ id: string }>(
        `select id from org_node where kind = 'district' and code = $1`,
        [DEMO_DISTRICT.code],
      );
      districtId = Number(r.rows[0]!.id);
    } finally {
      await database.close();
    }
    const linli = await startTarget('linli', db.url);
    const bare = await startTarget('bare', db.url);
    try {
      const s = await login(linli.base, SCALE_ACCOUNT.username);
      const to = localDate(new Date(), TIME_ZONE);
      const query = `nodeId=${districtId}&from=${addDays(to, -364)}&to=${to}`;
      const headers = { cookie: s.cookie };
      const rollupUrl = `${linli.base}/api/v1/stats/events?${query}`;
      const naiveUrl = `${bare.base}/stats?${query}`;
      const [ours, naive] = await Promise.all(
        [rollupUrl, naiveUrl].map(async (url) => {
          const res = await fetch(url, { headers });
          if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
          return (await res.json()) as StatsFigures;
        }),
      );
      const differences = statsDifferences(ours!, naive!);
      if (differences.length)
        throw new Error(`stats: the rollup and the naive query disagree: ${differences.join('; ')}`);
      if (ours!.total < planTotals(scalePlan(scale)).events / 3)
        throw new Error('stats: too few events in the year');
      const value = await p95(() => rollupUrl, headers, 40);
      const baseline = await p95(() => naiveUrl, {}, 5);
      report({
        name: 'stats',
        value,
        unit: 'ms p95',
        baseline,
        ratio: baseline / value,
        note: `district, 12 months, ${planTotals(scalePlan(scale)).events} events, ${ours!.total} in the period`,
      });
    } finally {
      await Promise.all([linli.stop(), bare.stop()]);
    }
  } finally {
    await db.close();
  }
}
