/**
 * JSON with object keys sorted at every depth. PostgreSQL's jsonb does not keep key order, so the audit
 * chain hashes this form: the same value always gives the same text, before and after a round trip.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        .sort()
        .map((k) => [k, sortKeys(obj[k])]),
    );
  }
  return value;
}

/** The fields of an audit row that its hash covers, in a fixed shape. */
export interface ChainedFields {
  communityId: number;
  seq: number;
  at: Date;
  actorId: number | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  reason: string | null;
  ip: string | null;
  prevHash: string;
}

export function chainPayload(f: ChainedFields): string {
  return canonicalJson({ ...f, at: f.at.toISOString(), before: f.before ?? null, after: f.after ?? null });
}

/** The first row of every chain links to this. */
export const GENESIS_HASH = '0'.repeat(64);
