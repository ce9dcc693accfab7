import type pg from 'pg';

export interface Job {
  name: string;
  everyMs: number;
  /** Returns how many things it did, for the log. */
  run(now: Date): Promise<number>;
}

// Distinct key space for pg_try_advisory_lock(int, int): (this, job index) lets one process of a deployment run a job.
const JOB_LOCK_SPACE = 7_200;

/**
 * Runs each job on its interval in every process, but only the process holding the job's advisory lock does the
 * work (DESIGN.md: Postgres-backed, one runner at a time). A failing run is logged and retried next interval.
 */
export function startJobs(
  pool: pg.Pool,
  jobs: Job[],
  log: (msg: string, err?: unknown) => void,
): () => Promise<void> {
  const running = new Set<Promise<void>>();
  const timers = jobs.map((job, index) =>
    setInterval(() => {
      const p = tick(job, index).finally(() => running.delete(p));
      running.add(p);
    }, job.everyMs),
  );

  async function tick(job: Job, index: number) {
    let client: pg.PoolClient | undefined;
    try {
      client = await pool.connect();
      const { rows } = await client.query<{ locked: boolean }>(
        'select pg_try_advisory_lock($1, $2) as locked',
        [JOB_LOCK_SPACE, index],
      );
      if (!rows[0]?.locked) return;
      try {
        const done = await job.run(new Date());
        if (done > 0) log(`job ${job.name}: ${done}`);
      } finally {
        await client.query('select pg_advisory_unlock($1, $2)', [JOB_LOCK_SPACE, index]);
      }
    } catch (err) {
      log(`job ${job.name} failed`, err);
    } finally {
      client?.release();
    }
  }

  return async () => {
    timers.forEach(clearInterval);
    await Promise.allSettled([...running]);
  };
}
