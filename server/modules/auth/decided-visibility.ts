import { and, ne, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Scope } from './caller';
import type { Homes } from './permission-scope';
import { inScopePlaces } from './scope-sql';

/**
 * Who sees something the owners under a place decide (a vote, an elevator retrofit, a convention): staff whose
 * permission scope covers the place, and residents whose home lies under it once it is out of draft.
 */
export function visibleOverHomes(
  staff: Scope,
  homes: Homes,
  cols: { communityId: AnyColumn; path: AnyColumn; status: AnyColumn },
): SQL {
  const parts: SQL[] = [inScopePlaces(staff, cols.communityId, cols.path)];
  if (homes.over.length)
    parts.push(
      and(
        sql`${cols.communityId} = any(${sql.param(homes.communityIds)}::bigint[])`,
        sql`${cols.path} = any(${sql.param(homes.over)}::text[])`,
        ne(cols.status, 'draft'),
      )!,
    );
  return sql`(${sql.join(parts, sql` or `)})`;
}
