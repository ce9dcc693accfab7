import { benchDatabase, report, startTarget, throughput } from './harness';

/** `GET /api/v1/org/nodes/{id}` (session, scope, policy, path, actions) against one bare `pg` read. */
export async function orgNodeBench(seconds: number): Promise<void> {
  const db = await benchDatabase();
  try {
    const bare = await startTarget('bare', db.url);
    const linli = await startTarget('linli', db.url);
    try {
      const login = await fetch(`${linli.base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'jinghua.worker', password: 'linli-demo' }),
      });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const search = await fetch(`${linli.base}/api/v1/org/nodes?q=${encodeURIComponent('怡枫园')}`, {
        headers: { cookie },
      });
      const { items } = (await search.json()) as { items: { id: number }[] };
      const id = items[0]?.id;
      if (!id) throw new Error('demo compound not found');
      await throughput(`${bare.base}/node/${id}`, 1);
      await throughput(`${linli.base}/api/v1/org/nodes/${id}`, 1, { cookie });
      const baseline = await throughput(`${bare.base}/node/${id}`, seconds);
      const value = await throughput(`${linli.base}/api/v1/org/nodes/${id}`, seconds, { cookie });
      report({ name: 'org-node-get', value, unit: 'req/s', baseline });
    } finally {
      await Promise.all([bare.stop(), linli.stop()]);
    }
  } finally {
    await db.close();
  }
}
