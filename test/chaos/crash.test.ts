import type { ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESIDENT_HEADERS, HOUSE_HEADERS } from '../../domain/registry/import-template';
import { backup } from '../../server/db/backup';
import { freePort } from '../../server/db/embedded';
import { demoRegistryFiles } from '../../server/demo/registry';
import { DEMO_PASSWORD } from '../../server/demo/street';
import { attachmentsRoot } from '../../server/modules/events/attachments';
import { cloneDatabase, type TestDatabase } from '../db';
import { startLinli } from '../server-process';

/**
 * Issue 9's crash test: the real server (`linli serve --demo`, its own process) takes event reports from
 * concurrent clients that record every acknowledgement, is killed with SIGKILL mid-load and started again; every
 * acknowledged report must be there exactly once, and clients retrying with their Idempotency-Key must never make
 * a second event. The same run's logs and a dump of its database must hold no demo ID or phone number in clear.
 */
let database: TestDatabase;
let dataDir: string;
let port: number;
let server: ChildProcess;
let log: WriteStream;

async function start() {
  server = await startLinli(
    ['--demo', '--port', String(port)],
    { DATABASE_URL: database.url, LINLI_DATA_DIR: dataDir, LOG_LEVEL: 'info', LINLI_RATE_LIMITS: 'off' },
    300_000,
    log,
  );
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

interface Client {
  call(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
}

async function signIn(username: string): Promise<Client> {
  const base = `http://127.0.0.1:${port}`;
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return {
    call: (method, url, body, headers = {}) =>
      fetch(`${base}${url}`, {
        method,
        headers: {
          cookie,
          'x-csrf-token': csrfToken,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
  };
}

async function compoundId(name: string): Promise<number> {
  const { rows } = await database.pool.query<{ id: string }>(`select id from place where name = $1`, [name]);
  return Number(rows[0]!.id);
}

/** Event ids per description, for the reports of this run. */
async function eventsByDescription(marker: string): Promise<Map<string, number[]>> {
  const { rows } = await database.pool.query<{ description: string; id: string }>(
    `select description, id from event where description like $1 order by id`,
    [`${marker}%`],
  );
  const byKey = new Map<string, number[]>();
  for (const r of rows) byKey.set(r.description, [...(byKey.get(r.description) ?? []), Number(r.id)]);
  return byKey;
}

beforeAll(async () => {
  database = await cloneDatabase(true);
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'linli-chaos-'));
  port = await freePort();
  log = createWriteStream(path.join(await mkdtemp(path.join(os.tmpdir(), 'linli-chaos-log-')), 'server.log'));
  await start();
});

afterAll(async () => {
  if (server?.exitCode === null) {
    server.kill('SIGTERM');
    await killed(server);
  }
  log?.end();
  await database?.drop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('crash safety', () => {
  it('keeps every acknowledged report exactly once across SIGKILL, and retries make no second event', async () => {
    const resident = await signIn('yifengyuan.owner1');
    const nodeId = await compoundId('怡枫园');
    const marker = `chaos-${Date.now()}`;
    const report = (key: string) =>
      resident.call(
        'POST',
        '/api/v1/events',
        { categoryCode: 'facility.light', description: key, nodeId },
        { 'idempotency-key': key },
      );
    const sent: string[] = [];
    const acked = new Map<string, number>();
    const unexpected: string[] = [];
    let stop = false;
    const client = async (c: number) => {
      for (let n = 0; !stop; n++) {
        const key = `${marker}-${c}-${n}`;
        sent.push(key);
        try {
          const res = await report(key);
          const body = (await res.json()) as { id: number };
          if (res.status === 201) acked.set(key, body.id);
          else unexpected.push(`${res.status} ${JSON.stringify(body)}`);
        } catch {
          // The server died under this request: it may or may not have been written, and was not acknowledged.
        }
      }
    };
    const clients = Array.from({ length: 16 }, (_, c) => client(c));
    while (acked.size < 300) await new Promise((r) => setTimeout(r, 20));
    server.kill('SIGKILL');
    stop = true;
    await killed(server);
    await Promise.all(clients);
    expect(unexpected).toEqual([]);
    const inFlight = sent.filter((k) => !acked.has(k));
    expect(inFlight.length).toBeGreaterThan(0);

    await start();
    const after = await eventsByDescription(marker);
    for (const [key, id] of acked) expect(after.get(key), key).toEqual([id]);
    for (const [key, ids] of after) expect(ids, key).toHaveLength(1);

    // Clients retry what they did not hear back about, and some of what they did: same key, same event.
    const again = await signIn('yifengyuan.owner1');
    for (const key of [...inFlight, ...[...acked.keys()].slice(0, 20)]) {
      const res = await again.call(
        'POST',
        '/api/v1/events',
        { categoryCode: 'facility.light', description: key, nodeId },
        { 'idempotency-key': key },
      );
      expect([200, 201]).toContain(res.status);
      const { id } = (await res.json()) as { id: number };
      if (acked.has(key)) expect(id).toBe(acked.get(key));
    }
    const final = await eventsByDescription(marker);
    expect([...final.keys()].sort()).toEqual([...sent].sort());
    for (const [key, ids] of final) expect(ids, key).toHaveLength(1);
  });

  it('holds no demo ID or phone number in clear in its logs or its database', async () => {
    const files = demoRegistryFiles(new Date());
    const secrets = new Set<string>();
    for (const f of files) {
      for (const [rows, headers] of [
        [f.houses, HOUSE_HEADERS],
        [f.residents, RESIDENT_HEADERS],
      ] as const) {
        const named = headers as readonly string[];
        const columns = [named.indexOf('证件号码'), named.indexOf('手机号')];
        for (const row of rows.slice(1)) for (const c of columns) if (row[c]) secrets.add(String(row[c]));
      }
    }
    expect(secrets.size).toBeGreaterThan(2000);
    const [someId, somePhone] = [...secrets].filter((s) => s.length === 18 || s.length === 11);

    // Give the logs every chance: staff search by number, reveal a number, and a resident signs in.
    const worker = await signIn('jinghua.worker');
    const community = (
      await database.pool.query<{ id: string }>(`select id from org_node where name = '景华社区'`)
    ).rows[0]!.id;
    for (const [field, value] of [
      ['idNumber', someId],
      ['phone', somePhone],
    ] as const) {
      const found = await worker.call(
        'GET',
        `/api/v1/registry/people?communityId=${community}&${field}=${value}`,
      );
      expect(found.status).toBe(200);
    }
    const person = (await (
      await worker.call('GET', `/api/v1/registry/people?communityId=${community}&limit=1`)
    ).json()) as { items: { id: number }[] };
    const revealed = await worker.call('POST', `/api/v1/registry/people/${person.items[0]!.id}/reveal`, {
      field: 'phone',
      reason: '核实住户联系方式',
    });
    expect(revealed.status).toBe(200);

    const dump = await mkdtemp(path.join(os.tmpdir(), 'linli-chaos-dump-'));
    await backup(database.pool, attachmentsRoot(dataDir), dump, () => {});
    const texts = [await readFile(log.path, 'utf8')];
    for (const file of await readdir(path.join(dump, 'tables')))
      texts.push(gunzipSync(await readFile(path.join(dump, 'tables', file))).toString('utf8'));
    await rm(dump, { recursive: true, force: true });

    // Every 11- and 18-character window of every run of digits, so a number glued to other digits is found too.
    const leaksIn = (text: string) =>
      [...text.matchAll(/[\dX]{11,}/g)].flatMap(([run]) =>
        [11, 18]
          .flatMap((width) =>
            Array.from({ length: Math.max(0, run.length - width + 1) }, (_, i) => run.slice(i, i + width)),
          )
          .filter((s) => secrets.has(s)),
      );
    expect(leaksIn(`tel=86${somePhone}&id=${someId}`)).toEqual([somePhone, someId]);
    expect(texts.flatMap(leaksIn)).toEqual([]);
    // The scan would have seen them: the dump is large and the log holds the requests above.
    expect(texts.join('').length).toBeGreaterThan(1_000_000);
    expect(texts[0]).toContain('/api/v1/registry/people');
  });
});
