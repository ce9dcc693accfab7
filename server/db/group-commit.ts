/**
 * Group commit: concurrent callers' jobs are written together, many to a transaction, by one writer per process.
 *
 * A request's own transaction costs a dozen round trips and a commit (a WAL flush) for one row; written together,
 * sixteen reports cost about the same as one. While a batch is being written the next one gathers, so a lone
 * request is written at once (no timer, no added wait) and batches grow only under load.
 *
 * If a batch fails, its jobs are written again one at a time, each in its own transaction, so one job's error
 * (a bad upload id, a reused Idempotency-Key) is that job's alone and the others still succeed.
 */
export interface GroupCommit<J, R> {
  submit(job: J): Promise<R>;
}

interface Pending<J, R> {
  job: J;
  resolve: (r: R) => void;
  reject: (e: unknown) => void;
}

export function groupCommit<J, R>(write: (jobs: J[]) => Promise<R[]>, maxBatch = 64): GroupCommit<J, R> {
  const queue: Pending<J, R>[] = [];
  let writing = false;

  async function writeAlone(p: Pending<J, R>) {
    try {
      const [r] = await write([p.job]);
      p.resolve(r as R);
    } catch (e) {
      p.reject(e);
    }
  }

  // The writer stops in the same tick as its loop finds the queue empty: stopped any later (after an `await` or
  // in a `.finally`), a job submitted in between would find a writer still marked as running and wait for good.
  async function run() {
    try {
      while (queue.length) {
        const batch = queue.splice(0, maxBatch);
        if (batch.length === 1) {
          await writeAlone(batch[0]!);
          continue;
        }
        let results: R[];
        try {
          results = await write(batch.map((p) => p.job));
        } catch {
          for (const p of batch) await writeAlone(p);
          continue;
        }
        batch.forEach((p, i) => p.resolve(results[i] as R));
      }
    } finally {
      writing = false;
    }
  }

  return {
    submit(job) {
      return new Promise<R>((resolve, reject) => {
        queue.push({ job, resolve, reject });
        if (!writing) {
          writing = true;
          void run();
        }
      });
    },
  };
}
