import { describe, expect, it } from 'vitest';
import { Buckets, type RateLimits } from './rate-limit';

const limits: RateLimits = {
  login: { burst: 3, perSeconds: 30 },
  intake: { burst: 2, perSeconds: 60 },
  open311: { burst: 1, perSeconds: 1 },
  ingest: { burst: 1, perSeconds: 1 },
};

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('rate-limit buckets', () => {
  it('allows a burst, then refuses with the seconds until the next token', () => {
    const c = clock();
    const b = new Buckets(limits, c.now);
    expect([b.take('login', 'ip:a'), b.take('login', 'ip:a'), b.take('login', 'ip:a')]).toEqual([0, 0, 0]);
    // 3 tokens per 30 s: one every 10 s.
    expect(b.take('login', 'ip:a')).toBe(10);
    c.advance(9_000);
    expect(b.take('login', 'ip:a')).toBe(1);
    c.advance(1_000);
    expect(b.take('login', 'ip:a')).toBe(0);
    expect(b.take('login', 'ip:a')).toBe(10);
  });

  it('keeps callers and limits apart', () => {
    const b = new Buckets(limits, clock().now);
    expect(b.take('intake', 'account:1')).toBe(0);
    expect(b.take('intake', 'account:1')).toBe(0);
    expect(b.take('intake', 'account:1')).toBeGreaterThan(0);
    expect(b.take('intake', 'account:2')).toBe(0);
    expect(b.take('login', 'account:1')).toBe(0);
  });

  it('refills no further than the burst however long a caller waits', () => {
    const c = clock();
    const b = new Buckets(limits, c.now);
    b.take('intake', 'x');
    c.advance(3_600_000);
    expect([b.take('intake', 'x'), b.take('intake', 'x')]).toEqual([0, 0]);
    expect(b.take('intake', 'x')).toBe(30);
  });
});
