import { fork, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { connect, runMigrations } from '../server/db/client';
import { freePort, startEmbedded } from '../server/db/embedded';
import { seedDemo } from '../server/demo/seed';
import { deriveDataKeys } from '../server/crypto/personal-data';

/** The benchmarks' data key: fixed, so every process of a run opens the same sealed values. */
export const benchKeys = deriveDataKeys(Buffer.alloc(32, 0x62));

export interface Result {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  /** Given when lower is better (times): baseline / value, so that higher is still better. */
  ratio?: number;
  note?: string;
}

/** One JSON line per benchmark: ratio = value / baseline, oriented so that higher is better. */
export function report(r: Result): void {
  const round = (n: number) => Math.round(n * 1000) / 1000;
  const line = {
    ...r,
    value: round(r.value),
    ...(r.baseline !== undefined ? { baseline: round(r.baseline) } : {}),
  };
  if (r.baseline !== undefined) line.ratio = round(r.ratio ?? r.value / r.baseline);
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

export interface BenchDatabase {
  url: string;
  close(): Promise<void>;
}

interface BenchServer {
  server: URL;
  template: string;
  admin: pg.Client;
  stop(): Promise<void>;
}

let shared: Promise<BenchServer> | null = null;

/**
 * The run's PostgreSQL (embedded, or DATABASE_URL's server) with a migrated, demo-seeded template, made once per
 * run: seeding the demo takes half a minute on a loaded machine, cloning the template a second.
 */
function benchServer(): Promise<BenchServer> {
  shared ??= (async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'linli-bench-'));
    const embedded = process.env.DATABASE_URL ? null : await startEmbedded(dir, () => {});
    const server = new URL(process.env.DATABASE_URL || embedded?.url || '');
    const template = `linli_bench_${process.pid}`;
    const admin = new pg.Client({
      connectionString: Object.assign(new URL(server), { pathname: '/postgres' }).toString(),
    });
    await admin.connect();
    await admin.query(`drop database if exists ${template} with (force)`);
    await admin.query(`create database ${template}`);
    const db = connect(Object.assign(new URL(server), { pathname: `/${template}` }).toString(), 4);
    await runMigrations(db.db);
    // Benchmarks bring their own registry data (the import benchmark writes 100,000 residents).
    await seedDemo(db.db, benchKeys, 'Asia/Shanghai', () => {}, { registry: false });
    await db.close();
    return {
      server,
      template,
      admin,
      async stop() {
        await admin.query(`drop database if exists ${template} with (force)`);
        await admin.end();
        await embedded?.stop();
        await rm(dir, { recursive: true, force: true });
      },
    };
  })();
  return shared;
}

let clones = 0;

/** A fresh, migrated, demo-seeded database of its own, cloned from the run's template. */
export async function benchDatabase(): Promise<BenchDatabase> {
  const { server, template, admin } = await benchServer();
  const name = `${template}_${++clones}`;
  await admin.query(`create database ${name} template ${template}`);
  return {
    url: Object.assign(new URL(server), { pathname: `/${name}` }).toString(),
    async close() {
      await admin.query(`drop database if exists ${name} with (force)`);
    },
  };
}

/** Drops the template and stops the embedded server, if the run made them. */
export async function closeBenchServer(): Promise<void> {
  const s = shared;
  shared = null;
  if (s) await (await s).stop();
}

export interface Target {
  base: string;
  /** The server process, whose memory the load benchmark reads. */
  pid: number;
  stop(): Promise<void>;
}

const targetScript = fileURLToPath(new URL('./target.ts', import.meta.url));

export async function startTarget(mode: 'linli' | 'bare', url: string): Promise<Target> {
  const port = await freePort();
  const child: ChildProcess = fork(targetScript, [mode, url, String(port)], {
    // BENCH_TARGET_ARGS adds Node flags to the servers under test, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
    execArgv: ['--import', 'tsx', ...(process.env.BENCH_TARGET_ARGS?.split(' ').filter(Boolean) ?? [])],
    stdio: 'inherit',
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`${mode} target exited with ${code}`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A POST whose JSON body is made afresh for every request (varied places and categories, unique keys). */
export interface PostLoad {
  body: () => unknown;
}

/** Requests per second that `connections` keep-alive clients sustain for `seconds`. */
export async function throughput(
  url: string,
  seconds: number,
  headers: Record<string, string> = {},
  post?: PostLoad,
): Promise<number> {
  const result = await autocannon({
    url,
    connections: 16,
    duration: seconds,
    headers: post ? { ...headers, 'content-type': 'application/json' } : headers,
    ...(post
      ? {
          method: 'POST' as const,
          requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify(post.body()) }) }],
        }
      : {}),
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

export interface Login {
  cookie: string;
  csrf: string;
}

/** Signs in as a demo account (every demo account has the demo password). */
export async function login(base: string, username: string): Promise<Login> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'linli-demo' }),
  });
  const body = (await res.json()) as { csrfToken: string };
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: body.csrfToken };
}

/** p95 in ms of `n` sequential GETs (latency, not throughput: one user waiting for a page). */
export async function p95(urls: () => string, headers: Record<string, string>, n: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const res = await fetch(urls(), { headers });
    if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
    await res.arrayBuffer();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(n * 0.95)]! * 100) / 100;
}
