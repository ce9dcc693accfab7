import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors';

export const RATE_LIMITED = ['login', 'intake', 'open311', 'ingest'] as const;
export type RateLimited = (typeof RATE_LIMITED)[number];

/** A bucket of `burst` requests that refills evenly over `perSeconds`. */
export interface Limit {
  burst: number;
  perSeconds: number;
}
export type RateLimits = Readonly<Record<RateLimited, Limit>>;

/**
 * Per process. Login is limited per address, because the lockout already limits guesses per account and a
 * spray across accounts comes from few addresses (a street office behind one NAT stays far below it). Intake is
 * limited per account: a resident or a grid worker on patrol reports far fewer problems than this, a stuck script
 * far more. Open311 is limited per address, before its integration token is even looked up. The device webhook
 * is limited per address too: one gateway posts for many devices, each reporting a few times a minute.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  login: { burst: 60, perSeconds: 60 },
  intake: { burst: 60, perSeconds: 60 },
  open311: { burst: 120, perSeconds: 60 },
  ingest: { burst: 1200, perSeconds: 60 },
};

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The limit this route counts against (see DEFAULT_RATE_LIMITS). */
    rateLimit?: RateLimited;
  }
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Token buckets keyed by limit and caller; stale buckets are dropped when the map grows large. */
export class Buckets {
  private readonly buckets = new Map<string, Bucket>();
  constructor(
    private readonly limits: RateLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token; returns 0 when allowed, else the seconds until a token is back. */
  take(limit: RateLimited, who: string): number {
    const { burst, perSeconds } = this.limits[limit];
    const perMs = burst / (perSeconds * 1000);
    const now = this.now();
    const key = `${limit}:${who}`;
    const b = this.buckets.get(key) ?? { tokens: burst, at: now };
    b.tokens = Math.min(burst, b.tokens + (now - b.at) * perMs);
    b.at = now;
    this.buckets.set(key, b);
    if (this.buckets.size > 50_000) this.prune(now);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - b.tokens) / perMs / 1000);
  }

  /** A bucket untouched for its whole refill time is full again, the same as no bucket. */
  private prune(now: number) {
    for (const [key, b] of this.buckets) {
      const limit = key.slice(0, key.indexOf(':')) as RateLimited;
      if (now - b.at > this.limits[limit].perSeconds * 1000) this.buckets.delete(key);
    }
  }
}

const keyOf = (limit: RateLimited, req: FastifyRequest) =>
  limit === 'intake' && req.caller ? `account:${req.caller.accountId}` : `ip:${req.ip}`;

/** Refuses a request over its route's limit with 429 and `Retry-After`, before its body is validated. */
export function installRateLimits(app: FastifyInstance, limits: RateLimits | null): void {
  if (!limits) return;
  const buckets = new Buckets(limits);
  app.addHook('preValidation', async (req) => {
    const limit = req.routeOptions.config.rateLimit;
    if (!limit) return;
    const wait = buckets.take(limit, keyOf(limit, req));
    if (wait > 0) throw new AppError('rate_limited', 'too many requests, try again shortly', undefined, wait);
  });
}
