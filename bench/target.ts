/**
 * One HTTP server for a benchmark, run in its own process so the load generator does not share its CPU:
 * `linli` (the real app) or `bare` (a bare Fastify route doing the same read with one `pg` query).
 */
import Fastify from 'fastify';
import pg from 'pg';
import { buildApp } from '../server/app';
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deriveDataKeys } from '../server/crypto/personal-data';
import { connect } from '../server/db/client';
import { naiveStats } from './naive-stats';

const [mode, url, port] = process.argv.slice(2) as [string, string, string];

async function bare() {
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  const app = Fastify({ logger: false });
  app.get<{ Params: { id: string } }>('/node/:id', async (req) => {
    const r = await pool.query(
      `select id, kind, code, name, parent_id, path, attributes from place where id = $1
       union all select id, kind, code, name, parent_id, path, attributes from org_node where id = $1`,
      [Number(req.params.id)],
    );
    return r.rows[0];
  });
  // The inbox and event-page baselines: the one query each would need with no session, scope or presentation.
  app.get<{ Querystring: { path: string } }>('/inbox', async (req) => {
    const r = await pool.query(
      `select * from event where status in ('dispatched', 'in_progress') and assignee_kind = 'property_company'
         and assignee_node_path like $1 order by deadline limit 51`,
      [`${req.query.path}%`],
    );
    return { items: r.rows };
  });
  app.get<{ Params: { id: string } }>('/event/:id', async (req) => {
    const r = await pool.query('select * from event where id = $1', [Number(req.params.id)]);
    return r.rows[0];
  });
  // The stats baseline: the same figures by GROUP BY over the events.
  app.get<{ Querystring: { nodeId: string; from: string; to: string } }>('/stats', async (req) =>
    naiveStats(pool, { ...req.query, nodeId: Number(req.query.nodeId) }, 'Asia/Shanghai'),
  );
  // The intake baseline: the same JSON body, one INSERT, one commit.
  await pool.query(
    `create table if not exists bench_intake (id bigint generated always as identity primary key, body jsonb not null, at timestamptz not null default now())`,
  );
  app.post('/intake', async (req, reply) => {
    const r = await pool.query<{ id: number }>('insert into bench_intake (body) values ($1) returning id', [
      req.body,
    ]);
    return reply.status(201).send({ id: r.rows[0]?.id, status: 'reported' });
  });
  return app;
}

async function linli() {
  return buildApp({
    config: {
      logLevel: 'silent',
      sessionIdleMinutes: 30,
      trustProxy: false,
      timeZone: 'Asia/Shanghai',
      dataDir: await mkdtemp(path.join(tmpdir(), 'linli-bench-')),
      // The benchmarks measure the pipeline from one account; the limits would measure themselves.
      rateLimits: null,
    },
    database: connect(url, 20),
    dataKeys: deriveDataKeys(randomBytes(32)),
    logger: false,
  });
}

const app = mode === 'bare' ? await bare() : await linli();
await app.listen({ port: Number(port), host: '127.0.0.1' });
process.on('SIGTERM', () => process.exit(0));
process.send?.('ready');
