import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloneDatabase, type TestDatabase } from '../../../test/db';
import { readCatalog, readTriggers } from './catalog';
import { CitusMissing, distribute } from './distribute';
import { GLOBAL_WITH_COMMUNITY, isTenant, tenancyViolations, type Catalog } from './plan';

// Trigger functions reviewed for Citus: each runs on the shard holding the row and touches no other row (they refuse
// changes to append-only tables, or tell the server an account or a node changed). A new one fails here until it is
// reviewed.
const SHARD_LOCAL_TRIGGER_FUNCTIONS = [
  'audit_log_forbid_change',
  'linli_auth_signal',
  'linli_nodes_signal',
  'points_entry_forbid_change',
  'project_entry_forbid_change',
];

let database: TestDatabase;
let catalog: Catalog;
beforeAll(async () => {
  database = await cloneDatabase();
  catalog = await readCatalog(database.pool);
});
afterAll(() => database?.drop());

const tenants = () => catalog.tables.filter(isTenant).map((t) => t.name);

describe('the migrated schema on Citus', () => {
  it('keeps community_id in every tenant key, unique index, co-located foreign key and exclusion constraint', () => {
    expect(tenants().length).toBeGreaterThan(80);
    expect(tenancyViolations(catalog)).toEqual([]);
  });

  it('lists as global only tables that exist and have a community_id', () => {
    for (const name of Object.keys(GLOBAL_WITH_COMMUNITY))
      expect(catalog.tables.find((t) => t.name === name)?.communityId, name).toBeDefined();
  });

  it('reads keys, foreign keys and the booking constraint from the catalog', () => {
    // The checks above are only as good as what is read: spot-check it against tables we know.
    expect(catalog.uniques).toContainEqual({
      table: 'event',
      name: 'event_community_id_id_pk',
      columns: ['community_id', 'id'],
    });
    expect(catalog.foreignKeys).toContainEqual(
      expect.objectContaining({
        table: 'event_log',
        refTable: 'event',
        columns: ['community_id', 'event_id'],
      }),
    );
    expect(catalog.exclusions.map((x) => x.definition)).toEqual([
      expect.stringContaining('community_id WITH =, room_id WITH ='),
    ]);
    expect(catalog.tables.find((t) => t.name === 'org_node')).toEqual({ name: 'org_node' });
  });

  it('has only triggers whose functions were reviewed as shard-local', async () => {
    const triggers = await readTriggers(database.pool);
    expect(triggers.length).toBeGreaterThan(0);
    for (const t of triggers) expect(SHARD_LOCAL_TRIGGER_FUNCTIONS, `${t.table}.${t.name}`).toContain(t.fn);
  });
});

describe('linli db distribute', () => {
  it('plans every table once: global ones as reference tables first, then tenant ones co-located', async () => {
    const { steps, sql } = await distribute(database.pool, () => {}, true);
    expect(steps.map((s) => s.table).sort()).toEqual(catalog.tables.map((t) => t.name).sort());
    const at = new Map(steps.map((s, i) => [s.table, i]));
    for (const fk of catalog.foreignKeys)
      if (fk.table !== fk.refTable)
        expect(at.get(fk.refTable)!, `${fk.table} → ${fk.refTable}`).toBeLessThan(at.get(fk.table)!);
    const kinds = steps.map((s) => s.kind);
    expect(kinds.lastIndexOf('reference')).toBeLessThan(kinds.indexOf('distributed'));
    const distributed = steps.filter((s) => s.kind === 'distributed');
    expect(distributed.map((s) => s.table).sort()).toEqual(tenants().sort());
    expect(distributed[0]!.colocateWith).toBeNull();
    for (const s of distributed.slice(1)) expect(s.colocateWith).toBe(distributed[0]!.table);
    for (const t of ['org_node', 'account', 'role_grant', 'idempotency_key', 'event_category'])
      expect(steps.find((s) => s.table === t)?.kind, t).toBe('reference');
    expect(sql).toContain(
      "select create_distributed_table('event_log', 'community_id', colocate_with => '" +
        distributed[0]!.table +
        "')",
    );
  });

  it('refuses, saying what to do, on a database without the Citus extension', async () => {
    const said: string[] = [];
    await expect(distribute(database.pool, (m) => said.push(m))).rejects.toThrow(CitusMissing);
    await expect(distribute(database.pool, () => {})).rejects.toThrow(/create extension citus/);
    expect(said).toEqual([]);
  });
});
