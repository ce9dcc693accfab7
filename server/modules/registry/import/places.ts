// Sheets name places (街道 社区 小区 楼栋 单元); rows resolve them among the places the caller may see,
// so a place outside the caller's scope reads exactly like one that does not exist.
import { sql } from 'drizzle-orm';
import { can } from '../../../../domain/auth/policy';
import type { Place } from '../../../../domain/registry/import-cells';
import { cleanCell } from '../../../../domain/registry/import-labels';
import type { Executor } from '../../../db/client';
import { orgNode, place } from '../../../db/schema';
import type { Caller } from '../../auth/caller';
import { inScopePlaces } from '../../auth/scope-sql';

/** Where a row's house hangs: a unit (or a building without units), with the path houses copy. */
export type Target = { communityId: number; placeId: number; path: string };
export type Located = { ok: true; target: Target } | { ok: false; field: keyof Place; value: string };

type Node = { id: number; communityId: number; path: string };
type Community = { id: number; street: string };

const childKey = (parent: string, kind: string, name: string) =>
  `${parent}\u0000${kind}\u0000${cleanCell(name)}`;

/** Loads the named communities of the caller's scope and their places once, then resolves rows from memory. */
export async function placeResolver(ex: Executor, caller: Caller, communityNames: string[]) {
  const scope = caller.scope;
  const ids = [...new Set([...scope.fullCommunityIds, ...scope.partial.map((p) => p.communityId)])];
  const named = new Set(communityNames);
  const communities = new Map<string, Community[]>();
  const children = new Map<string, Node>();
  const inScope = ids.length
    ? await ex.execute<{ id: number; name: string; street: string }>(sql`
        select c.id, c.name, s.name as street from ${orgNode} c join ${orgNode} s on s.id = c.parent_id
        where c.kind = 'community' and c.id = any(${sql.param(ids)}::bigint[])`)
    : { rows: [] };
  // Names compare as the row parsers clean cells (NFKC, trimmed), whatever was typed into the tree.
  for (const c of inScope.rows.filter((r) => named.has(cleanCell(r.name)))) {
    const name = cleanCell(c.name);
    communities.set(name, [...(communities.get(name) ?? []), { id: Number(c.id), street: c.street }]);
  }
  const communityIds = [...communities.values()].flat().map((c) => c.id);
  const places = communityIds.length
    ? await ex
        .select({
          id: place.id,
          communityId: place.communityId,
          parentId: place.parentId,
          kind: place.kind,
          name: place.name,
          path: place.path,
        })
        .from(place)
        .where(
          sql`${place.communityId} = any(${sql.param(communityIds)}::bigint[]) and ${inScopePlaces(scope, place.communityId, place.path)}`,
        )
    : [];
  for (const p of places) {
    const parent = p.parentId === null ? `c${p.communityId}` : `p${p.parentId}`;
    children.set(childKey(parent, p.kind, p.name), p);
  }

  const cache = new Map<string, Located>();
  function locate(row: Place): Located {
    const candidates = communities.get(row.community) ?? [];
    if (!candidates.length) return { ok: false, field: 'community', value: row.community };
    const community = candidates.find((c) => cleanCell(c.street) === row.street);
    if (!community) return { ok: false, field: 'street', value: row.street };
    const compound = children.get(childKey(`c${community.id}`, 'compound', row.compound));
    if (!compound) return { ok: false, field: 'compound', value: row.compound };
    const building = children.get(childKey(`p${compound.id}`, 'building', row.building));
    if (!building) return { ok: false, field: 'building', value: row.building };
    // A building without units holds its houses itself (the row parsers still require 单元 for now).
    const unit = row.unit === '' ? building : children.get(childKey(`p${building.id}`, 'unit', row.unit));
    if (!unit) return { ok: false, field: 'unit', value: row.unit };
    return { ok: true, target: { communityId: unit.communityId, placeId: unit.id, path: unit.path } };
  }

  return {
    /** The unit a row names, or the first of its place columns that leads nowhere. */
    resolve(row: Place): Located {
      const key = JSON.stringify([row.street, row.community, row.compound, row.building, row.unit]);
      let hit = cache.get(key);
      if (!hit) cache.set(key, (hit = locate(row)));
      return hit;
    },
    mayManage: (target: Target) => can(caller.grants, 'registry.manage', target.path),
  };
}
