import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, chainPayload, GENESIS_HASH } from './canonical';

describe('canonicalJson', () => {
  it('sorts keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}',
    );
  });
  it('drops undefined members like JSON does and writes dates as ISO strings', () => {
    expect(canonicalJson({ a: undefined, t: new Date('2026-01-02T03:04:05.678Z') })).toBe(
      '{"t":"2026-01-02T03:04:05.678Z"}',
    );
  });
  it('is unchanged by a JSON round trip with shuffled keys', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const reparsed: unknown = JSON.parse(JSON.stringify(v));
        return canonicalJson(reparsed) === canonicalJson(v);
      }),
    );
  });
});

describe('chainPayload', () => {
  const base = {
    communityId: 3,
    seq: 1,
    at: new Date('2026-11-21T00:00:00.000Z'),
    actorId: 7,
    actorName: 'jinghua.worker',
    action: 'org.node.create',
    entityType: 'org_node',
    entityId: '12',
    before: null,
    after: { name: '1栋' },
    reason: null,
    ip: null,
    prevHash: GENESIS_HASH,
  };
  it('changes when any covered field changes', () => {
    const p = chainPayload(base);
    expect(chainPayload({ ...base, after: { name: '2栋' } })).not.toBe(p);
    expect(chainPayload({ ...base, seq: 2 })).not.toBe(p);
    expect(chainPayload({ ...base, actorName: 'x' })).not.toBe(p);
  });
  it('treats a missing before as null', () => {
    expect(chainPayload({ ...base, before: undefined })).toBe(chainPayload(base));
  });
});
