import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dependencyOrder,
  distributionPlan,
  stepSql,
  tenancyViolations,
  type Catalog,
  type ForeignKeyFacts,
  type TableFacts,
} from './plan';

const global = (name: string): TableFacts => ({ name });
const tenant = (name: string, notNull = true): TableFacts => ({ name, communityId: { notNull } });
const fk = (table: string, columns: string[], refTable: string, refColumns: string[]): ForeignKeyFacts => ({
  table,
  name: `${table}_${refTable}_fk`,
  columns,
  refTable,
  refColumns,
});
const catalog = (c: Partial<Catalog>): Catalog => ({
  tables: [],
  uniques: [],
  foreignKeys: [],
  exclusions: [],
  ...c,
});

// A small schema shaped like ours: a global tree, tenant tables keyed (community_id, id) with co-located keys.
const schema = catalog({
  tables: [
    global('org_node'),
    global('account'),
    tenant('place'),
    tenant('house'),
    tenant('person'),
    tenant('residence'),
  ],
  uniques: [
    { table: 'org_node', name: 'org_node_pkey', columns: ['id'] },
    { table: 'place', name: 'place_pk', columns: ['community_id', 'id'] },
    { table: 'house', name: 'house_pk', columns: ['community_id', 'id'] },
    { table: 'person', name: 'person_pk', columns: ['community_id', 'id'] },
    { table: 'residence', name: 'residence_pk', columns: ['community_id', 'house_id', 'person_id'] },
  ],
  foreignKeys: [
    fk('place', ['community_id'], 'org_node', ['id']),
    fk('house', ['community_id', 'compound_id'], 'place', ['community_id', 'id']),
    fk('residence', ['community_id', 'house_id'], 'house', ['community_id', 'id']),
    fk('residence', ['community_id', 'person_id'], 'person', ['community_id', 'id']),
    fk('org_node', ['parent_id'], 'org_node', ['id']),
  ],
});

// The venue booking rule before and after it compared community_id with = (migration 0026).
const RANGES =
  "EXCLUDE USING gist (int8range(community_id, community_id, '[]'::text) WITH &&, tstzrange(starts_at, ends_at, '[)'::text) WITH &&)";
const EQUALS =
  "EXCLUDE USING gist (community_id WITH =, room_id WITH =, tstzrange(starts_at, ends_at, '[)'::text) WITH &&)";

describe('tenancy rules', () => {
  it('accept a schema whose tenant keys and foreign keys lead with community_id', () => {
    expect(tenancyViolations(schema)).toEqual([]);
  });

  it('name a tenant unique key without community_id', () => {
    const c = {
      ...schema,
      uniques: [...schema.uniques, { table: 'person', name: 'person_phone_key', columns: ['phone'] }],
    };
    expect(tenancyViolations(c)).toEqual([
      'person: unique key person_phone_key (phone) does not include community_id',
    ]);
  });

  it('count an expression column as not community_id', () => {
    const c = { ...schema, uniques: [{ table: 'house', name: 'house_lower_idx', columns: [null, 'id'] }] };
    expect(tenancyViolations(c)).toHaveLength(1);
  });

  it('name a tenant foreign key that does not pair community_id with community_id', () => {
    const c = {
      ...schema,
      foreignKeys: [
        fk('residence', ['house_id'], 'house', ['id']),
        // community_id present on both sides, but paired with other columns: not co-located.
        fk('house', ['community_id', 'compound_id'], 'place', ['id', 'community_id']),
      ],
    };
    expect(tenancyViolations(c)).toEqual([
      'residence: foreign key residence_house_fk to house does not pair community_id with community_id',
      'house: foreign key house_place_fk to place does not pair community_id with community_id',
    ]);
  });

  it('refuse a foreign key from a global table into a tenant table', () => {
    const c = { ...schema, foreignKeys: [fk('account', ['person_id'], 'person', ['id'])] };
    expect(tenancyViolations(c)).toEqual([
      'account: foreign key account_person_fk from a global table to tenant table person',
    ]);
  });

  it('refuse a nullable community_id on a tenant table', () => {
    const c = {
      ...schema,
      tables: schema.tables.map((t) => (t.name === 'place' ? tenant('place', false) : t)),
    };
    expect(tenancyViolations(c)).toEqual([
      'place: community_id is nullable (a distribution column must always have a value)',
    ]);
  });

  it('leave the listed global tables with a community_id alone', () => {
    const c = catalog({
      tables: [tenant('role_grant', false), tenant('idempotency_key')],
      uniques: [{ table: 'idempotency_key', name: 'idempotency_key_pk', columns: ['account_id', 'key'] }],
    });
    expect(tenancyViolations(c)).toEqual([]);
    expect(distributionPlan(c, new Set()).map((s) => s.kind)).toEqual(['reference', 'reference']);
  });

  it('want an exclusion constraint to compare community_id with =, which Citus requires', () => {
    const c = (definition: string) =>
      catalog({
        tables: [tenant('venue_booking')],
        exclusions: [{ table: 'venue_booking', name: 'x', definition }],
      });
    expect(tenancyViolations(c(RANGES))).toEqual([
      'venue_booking: exclusion constraint x does not compare community_id with =',
    ]);
    expect(tenancyViolations(c(EQUALS))).toEqual([]);
  });
});

describe('distribution plan', () => {
  it('makes global tables reference tables first, then tenant tables co-located with the first', () => {
    expect(distributionPlan(schema, new Set())).toEqual([
      { kind: 'reference', table: 'account' },
      { kind: 'reference', table: 'org_node' },
      { kind: 'distributed', table: 'person', colocateWith: null },
      { kind: 'distributed', table: 'place', colocateWith: 'person' },
      { kind: 'distributed', table: 'house', colocateWith: 'person' },
      { kind: 'distributed', table: 'residence', colocateWith: 'person' },
    ]);
  });

  it('skips distributed tables and co-locates new ones with them (a rerun after a migration)', () => {
    const c = { ...schema, tables: [...schema.tables, tenant('notice'), global('dispatch_rule')] };
    const done = new Set(['account', 'org_node', 'person', 'place', 'house', 'residence']);
    expect(distributionPlan(c, done)).toEqual([
      { kind: 'reference', table: 'dispatch_rule' },
      { kind: 'distributed', table: 'notice', colocateWith: 'person' },
    ]);
    expect(distributionPlan(schema, done)).toEqual([]);
  });

  it('writes the Citus calls with quoted names', () => {
    expect(stepSql({ kind: 'distributed', table: "o'k", colocateWith: null })).toBe(
      "select create_distributed_table('o''k', 'community_id', colocate_with => 'none')",
    );
    expect(stepSql({ kind: 'distributed', table: 'house', colocateWith: 'place' })).toBe(
      "select create_distributed_table('house', 'community_id', colocate_with => 'place')",
    );
    expect(stepSql({ kind: 'reference', table: 'org_node' })).toBe(
      "select create_reference_table('org_node')",
    );
  });
});

describe('dependency order', () => {
  it('puts every table after the tables it references, whatever the graph', () => {
    // Random DAGs: table i may reference only tables with a smaller index, listed in a shuffled order.
    const dag = fc.integer({ min: 1, max: 12 }).chain((n) =>
      fc.record({
        edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 30 }),
        order: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
      }),
    );
    fc.assert(
      fc.property(dag, ({ edges, order }) => {
        const name = (i: number) => `t${String(i).padStart(2, '0')}`;
        const fks = edges.filter(([a, b]) => b < a).map(([a, b]) => fk(name(a), ['x'], name(b), ['y']));
        const out = dependencyOrder(catalog({ tables: order.map((i) => global(name(i))), foreignKeys: fks }));
        expect([...out].sort()).toEqual(order.map(name).sort());
        for (const f of fks) expect(out.indexOf(f.refTable)).toBeLessThan(out.indexOf(f.table));
      }),
    );
  });

  it('names the tables of a foreign-key cycle', () => {
    const c = catalog({
      tables: [global('a'), global('b'), global('c')],
      foreignKeys: [fk('a', ['x'], 'b', ['y']), fk('b', ['x'], 'a', ['y'])],
    });
    expect(() => dependencyOrder(c)).toThrow('foreign keys form a cycle among a, b');
  });
});
