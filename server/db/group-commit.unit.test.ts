import { describe, expect, it } from 'vitest';
import { groupCommit } from './group-commit';

const tick = () => new Promise((r) => setImmediate(r));

describe('group commit', () => {
  it('writes a lone job at once, in a batch of one', async () => {
    const batches: number[][] = [];
    const g = groupCommit(async (jobs: number[]) => {
      batches.push(jobs);
      return jobs.map((j) => j * 10);
    });
    expect(await g.submit(1)).toBe(10);
    expect(batches).toEqual([[1]]);
  });

  it('gathers the jobs that arrive while a batch is written into the next batch, in order', async () => {
    const batches: number[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const g = groupCommit(async (jobs: number[]) => {
      batches.push(jobs);
      if (batches.length === 1) await gate;
      return jobs.map((j) => j + 100);
    });
    const first = g.submit(0);
    await tick();
    const rest = [1, 2, 3, 4].map((j) => g.submit(j));
    release();
    expect(await Promise.all([first, ...rest])).toEqual([100, 101, 102, 103, 104]);
    expect(batches).toEqual([[0], [1, 2, 3, 4]]);
  });

  it('caps a batch at maxBatch jobs', async () => {
    const sizes: number[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const g = groupCommit(async (jobs: number[]) => {
      sizes.push(jobs.length);
      if (sizes.length === 1) await gate;
      return jobs;
    }, 3);
    const all = [g.submit(0)];
    await tick();
    for (let j = 1; j <= 7; j++) all.push(g.submit(j));
    release();
    expect(await Promise.all(all)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(sizes).toEqual([1, 3, 3, 1]);
  });

  it('when a batch fails, writes its jobs one by one so only the bad job fails', async () => {
    const calls: number[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const g = groupCommit(async (jobs: number[]) => {
      calls.push(jobs);
      if (calls.length === 1) await gate;
      if (jobs.includes(13)) throw new Error(`job 13 is bad`);
      return jobs.map((j) => -j);
    });
    const first = g.submit(1);
    await tick();
    const settled = Promise.allSettled([12, 13, 14].map((j) => g.submit(j)));
    release();
    expect(await first).toBe(-1);
    expect(await settled).toEqual([
      { status: 'fulfilled', value: -12 },
      { status: 'rejected', reason: new Error('job 13 is bad') },
      { status: 'fulfilled', value: -14 },
    ]);
    expect(calls).toEqual([[1], [12, 13, 14], [12], [13], [14]]);
  });
});

describe('group commit, as the writer finishes', () => {
  it('never strands a job submitted as the writer finishes, whatever the microtask timing', async () => {
    for (let depth = 0; depth < 12; depth++) {
      const g = groupCommit(async (jobs: number[]) => jobs);
      let chain: Promise<unknown> = g.submit(1);
      for (let i = 0; i < depth; i++) chain = chain.then(() => undefined);
      const second = chain.then(() => g.submit(2));
      const stranded = new Promise((r) => setTimeout(() => r('stranded'), 200));
      expect(await Promise.race([second, stranded])).toBe(2);
    }
  });
});
