import { sql } from 'drizzle-orm';
import {
  bigint,
  foreignKey,
  index,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  check,
} from 'drizzle-orm/pg-core';

/** One id space for every org node, global or per community, so `/org/nodes/{id}` is unambiguous. */
export const orgNodeIdSeq = pgSequence('org_node_id_seq');

const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updated = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
const nodeId = () =>
  bigint('id', { mode: 'number' })
    .notNull()
    .default(sql`nextval('org_node_id_seq')`);

/**
 * District, street and community: a small global reference table.
 * `path` lists the ids from the top of the tree to the node itself (`/1/2/3/`), so containment is a prefix test.
 */
export const orgNode = pgTable(
  'org_node',
  {
    id: nodeId().primaryKey(),
    kind: text('kind', { enum: ['district', 'street', 'community'] }).notNull(),
    parentId: bigint('parent_id', { mode: 'number' }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    path: text('path').notNull(),
    attributes: jsonb('attributes').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id] }),
    unique('org_node_code_key').on(t.code),
    index('org_node_parent_idx').on(t.parentId),
    index('org_node_path_idx').using('btree', sql`${t.path} text_pattern_ops`),
    index('org_node_name_idx').on(t.name),
  ],
);

/**
 * Compound, building and unit: rows of one community (the tenant). `parent_id` is null for a compound
 * (its parent is the community itself); `path` continues the community's path.
 */
export const place = pgTable(
  'place',
  {
    communityId: bigint('community_id', { mode: 'number' })
      .notNull()
      .references(() => orgNode.id),
    id: nodeId(),
    kind: text('kind', { enum: ['compound', 'building', 'unit'] }).notNull(),
    parentId: bigint('parent_id', { mode: 'number' }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    path: text('path').notNull(),
    attributes: jsonb('attributes').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({ columns: [t.communityId, t.parentId], foreignColumns: [t.communityId, t.id] }),
    unique('place_code_key').on(t.communityId, t.code),
    index('place_parent_idx').on(t.communityId, t.parentId),
    index('place_path_idx').using('btree', t.communityId, sql`${t.path} text_pattern_ops`),
    check('place_parent_kind', sql`(${t.kind} = 'compound') = (${t.parentId} is null)`),
  ],
);

export const grid = pgTable(
  'grid',
  {
    communityId: bigint('community_id', { mode: 'number' })
      .notNull()
      .references(() => orgNode.id),
    id: bigint('id', { mode: 'number' }).notNull().generatedByDefaultAsIdentity(),
    kind: text('kind', { enum: ['comprehensive', 'basic', 'micro'] }).notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    polygon: jsonb('polygon').$type<GeoJsonArea>().notNull(),
    status: text('status', { enum: ['active', 'merged'] })
      .notNull()
      .default('active'),
    mergedIntoId: bigint('merged_into_id', { mode: 'number' }),
    supervisionPhone: text('supervision_phone'),
    /** The grid's service line, answered by its grid workers: public with the grid (RULES.md §6). */
    contactPhone: text('contact_phone'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({ columns: [t.communityId, t.mergedIntoId], foreignColumns: [t.communityId, t.id] }),
    unique('grid_code_key').on(t.communityId, t.code),
    index('grid_kind_idx').on(t.communityId, t.kind, t.status),
  ],
);

export interface GeoJsonArea {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: number[][][] | number[][][][];
}

export const gridCompound = pgTable(
  'grid_compound',
  {
    communityId: bigint('community_id', { mode: 'number' }).notNull(),
    gridId: bigint('grid_id', { mode: 'number' }).notNull(),
    compoundId: bigint('compound_id', { mode: 'number' }).notNull(),
    relation: text('relation', { enum: ['equal', 'compound_larger', 'compound_smaller'] }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.gridId, t.compoundId] }),
    foreignKey({ columns: [t.communityId, t.gridId], foreignColumns: [grid.communityId, grid.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.communityId, t.compoundId], foreignColumns: [place.communityId, place.id] }),
    index('grid_compound_compound_idx').on(t.communityId, t.compoundId),
  ],
);

/** Accounts live in another table family and are never joined here in SQL (see DESIGN "Tenancy"). */
export const gridWorker = pgTable(
  'grid_worker',
  {
    communityId: bigint('community_id', { mode: 'number' }).notNull(),
    gridId: bigint('grid_id', { mode: 'number' }).notNull(),
    accountId: bigint('account_id', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.gridId, t.accountId] }),
    foreignKey({ columns: [t.communityId, t.gridId], foreignColumns: [grid.communityId, grid.id] }).onDelete(
      'cascade',
    ),
  ],
);
