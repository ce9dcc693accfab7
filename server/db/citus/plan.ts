/**
 * How the schema maps onto Citus, as pure functions of catalog facts (read by ./catalog.ts): which tables are tenant
 * tables distributed by `community_id` and co-located, which are global reference tables, in what order to
 * distribute them, and which keys, foreign keys and exclusion constraints would stop that.
 */

export const DISTRIBUTION_COLUMN = 'community_id';

/**
 * Tables with a `community_id` column that are not tenant tables. Each needs a reason; a table listed here that is no
 * longer in the schema is an error (./citus.test.ts), so the list cannot silently drift.
 */
export const GLOBAL_WITH_COMMUNITY: Readonly<Record<string, string>> = {
  role_grant:
    "an account's roles: community_id is null for grants on a street or district, and sign-in reads all of them",
  idempotency_key:
    "an account's retry keys, claimed before the event's community is known; community_id names the replayed event",
};

export interface TableFacts {
  name: string;
  /** Absent when the table has no community_id column. */
  communityId?: { notNull: boolean };
}
export interface UniqueFacts {
  table: string;
  name: string;
  /** Key columns; null for an expression. */
  columns: (string | null)[];
}
export interface ForeignKeyFacts {
  table: string;
  name: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
}
export interface ExclusionFacts {
  table: string;
  name: string;
  /** pg_get_constraintdef's text, e.g. `EXCLUDE USING gist (… WITH &&, …) WHERE (…)`. */
  definition: string;
}
export interface Catalog {
  tables: TableFacts[];
  uniques: UniqueFacts[];
  foreignKeys: ForeignKeyFacts[];
  exclusions: ExclusionFacts[];
}

export const isTenant = (t: TableFacts) => t.communityId !== undefined && !(t.name in GLOBAL_WITH_COMMUNITY);

/** Everything that would stop a tenant table from being distributed by community_id co-located, one line each. */
export function tenancyViolations(c: Catalog): string[] {
  const tenants = new Set(c.tables.filter(isTenant).map((t) => t.name));
  const out: string[] = [];
  for (const t of c.tables)
    if (tenants.has(t.name) && !t.communityId?.notNull)
      out.push(`${t.name}: community_id is nullable (a distribution column must always have a value)`);
  for (const u of c.uniques)
    if (tenants.has(u.table) && !u.columns.includes(DISTRIBUTION_COLUMN))
      out.push(`${u.table}: unique key ${u.name} (${u.columns.join(', ')}) does not include community_id`);
  for (const fk of c.foreignKeys) {
    const from = tenants.has(fk.table);
    const to = tenants.has(fk.refTable);
    if (!from && to)
      out.push(`${fk.table}: foreign key ${fk.name} from a global table to tenant table ${fk.refTable}`);
    if (from && to && !pairsCommunity(fk))
      out.push(
        `${fk.table}: foreign key ${fk.name} to ${fk.refTable} does not pair community_id with community_id`,
      );
  }
  for (const x of c.exclusions)
    if (tenants.has(x.table) && !/\bcommunity_id WITH =/.test(x.definition))
      out.push(`${x.table}: exclusion constraint ${x.name} does not compare community_id with =`);
  return out;
}

const pairsCommunity = (fk: ForeignKeyFacts) =>
  fk.columns.some((col, i) => col === DISTRIBUTION_COLUMN && fk.refColumns[i] === DISTRIBUTION_COLUMN);

export type Step =
  { kind: 'reference'; table: string } | { kind: 'distributed'; table: string; colocateWith: string | null };

/**
 * The statements' order: global tables first (a tenant table's foreign key to one needs it to be a reference table
 * already), then tenant tables; each after the tables it references. The first tenant table not yet distributed
 * joins the one already distributed, if any, so a rerun after a later migration stays co-located.
 */
export function distributionPlan(c: Catalog, alreadyDistributed: ReadonlySet<string>): Step[] {
  const order = dependencyOrder(c);
  const tenant = new Set(c.tables.filter(isTenant).map((t) => t.name));
  const steps: Step[] = [];
  for (const t of order.filter((n) => !tenant.has(n) && !alreadyDistributed.has(n)))
    steps.push({ kind: 'reference', table: t });
  let anchor = order.find((n) => tenant.has(n) && alreadyDistributed.has(n)) ?? null;
  for (const t of order.filter((n) => tenant.has(n) && !alreadyDistributed.has(n))) {
    steps.push({ kind: 'distributed', table: t, colocateWith: anchor });
    anchor ??= t;
  }
  return steps;
}

/** Every table after the tables its foreign keys reference (self references ignored), ties by name. */
export function dependencyOrder(c: Catalog): string[] {
  const names = c.tables.map((t) => t.name).sort();
  const needs = new Map(names.map((n) => [n, new Set<string>()]));
  for (const fk of c.foreignKeys)
    if (fk.table !== fk.refTable && needs.has(fk.refTable)) needs.get(fk.table)?.add(fk.refTable);
  const done = new Set<string>();
  const out: string[] = [];
  while (out.length < names.length) {
    const ready = names.filter((n) => !done.has(n) && [...needs.get(n)!].every((r) => done.has(r)));
    if (ready.length === 0)
      throw new Error(`foreign keys form a cycle among ${names.filter((n) => !done.has(n)).join(', ')}`);
    for (const n of ready) {
      done.add(n);
      out.push(n);
    }
  }
  return out;
}

/** The Citus call of one step, with the table's name quoted as a literal. */
export function stepSql(s: Step): string {
  const lit = (v: string) => `'${v.replace(/'/g, "''")}'`;
  return s.kind === 'reference'
    ? `select create_reference_table(${lit(s.table)})`
    : `select create_distributed_table(${lit(s.table)}, ${lit(DISTRIBUTION_COLUMN)}, colocate_with => ${lit(
        s.colocateWith ?? 'none',
      )})`;
}
