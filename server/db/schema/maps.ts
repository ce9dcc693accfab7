import { foreignKey, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import type { Area } from '../../../domain/org/geo';
import { at, communityId, ref } from './columns';
import { place } from './org';

/**
 * A compound's boundary (WGS-84 GeoJSON), drawn or imported on the map page. Grids keep theirs on the grid row;
 * compounds are `place` rows shared with buildings and units, which have none, so the boundary has its own table.
 */
export const compoundArea = pgTable(
  'compound_area',
  {
    communityId: communityId(),
    compoundId: ref('compound_id').notNull(),
    area: jsonb('area').$type<Area>().notNull(),
    updatedByName: text('updated_by_name').notNull(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.compoundId] }),
    foreignKey({ columns: [t.communityId, t.compoundId], foreignColumns: [place.communityId, place.id] }),
  ],
);
