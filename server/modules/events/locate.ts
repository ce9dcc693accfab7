import { and, eq } from 'drizzle-orm';
import type { Location } from '../../../domain/events/parties';
import type { Executor } from '../../db/client';
import { place } from '../../db/schema';
import { invalid, notFound } from '../../http/errors';
import type { Caller, Scope } from '../auth/caller';
import { inScopePlaces } from '../auth/scope-sql';
import { findNode, type NodeRow } from '../org/repository';
import { findHouse } from '../registry/repository';

/** Where an event is: its place (compound, building or unit) or only its community, and the levels above. */
export interface Located {
  communityId: number;
  placeId: number | null;
  placePath: string;
  compoundId: number | null;
  houseId: number | null;
  location: Location;
}

export interface WhereInput {
  nodeId?: number | undefined;
  houseId?: number | undefined;
  lat?: number | undefined;
  lng?: number | undefined;
  address?: string | undefined;
}

/** A compound's centre more than this far from a reported point is not where the point is. */
const NEAR_METRES = 1_500;

const prefixes = (path: string) => {
  const ids = path.split('/').filter(Boolean).map(Number);
  return ids.map((id, i) => ({ id, path: `/${ids.slice(0, i + 1).join('/')}/` }));
};

/**
 * A resident reports problems anywhere in their own compound (the lamp by the gate, not only their flat):
 * their scope for reporting is the compound above each of their homes.
 */
export function reportingScope(caller: Caller): Scope {
  const residentOnly = caller.grants.every((g) => g.role === 'resident');
  if (!residentOnly) return caller.scope;
  return {
    fullCommunityIds: [],
    partial: caller.grants.flatMap((g) => {
      const compound = prefixes(g.path)[3];
      return g.communityId !== null && compound ? [{ communityId: g.communityId, path: compound.path }] : [];
    }),
    globalPaths: [],
    aboveCommunity: false,
  };
}

/** The levels above a place path: district, street, community and, below the community, the compound. */
export function locationOf(path: string): Location {
  const [district, street, community, compound] = prefixes(path);
  if (!district || !street || !community)
    throw invalid([{ path: 'body.nodeId', message: 'not a place in a community' }]);
  return { district, street, community, compound: compound ?? null };
}

function fromPath(
  path: string,
  communityId: number,
  placeId: number | null,
  houseId: number | null,
): Located {
  const location = locationOf(path);
  return {
    communityId,
    placeId,
    placePath: path,
    compoundId: location.compound?.id ?? null,
    houseId,
    location,
  };
}

/** Metres between two WGS84 points (equirectangular: exact enough within a city). */
function metres(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const x = (b[0] - a[0]) * rad * Math.cos(((a[1] + b[1]) / 2) * rad);
  const y = (b[1] - a[1]) * rad;
  return Math.hypot(x, y) * 6_371_000;
}

/** How `locate` finds a node within a scope: the query, or the node cache that answers it from memory. */
export type NodeFinder = (db: Executor, scope: Scope, id: number) => Promise<NodeRow | null>;

/** Finds the place a report names, within `scope`: by node, by house, by coordinates or by address. */
export async function locate(
  db: Executor,
  scope: Scope,
  w: WhereInput,
  find: NodeFinder = findNode,
): Promise<Located> {
  if (w.houseId !== undefined) {
    const h = await findHouse(db, scope, w.houseId);
    if (!h) throw notFound('house');
    const parentId = prefixes(h.placePath).at(-1)!.id;
    return fromPath(h.placePath, h.communityId, parentId, h.id);
  }
  if (w.nodeId !== undefined) {
    const n = await find(db, scope, w.nodeId);
    if (!n || n.communityId === null) throw notFound('place');
    const placeId = n.kind === 'community' ? null : n.id;
    return fromPath(n.path, n.communityId, placeId, null);
  }
  const compounds = await db
    .select({
      id: place.id,
      communityId: place.communityId,
      path: place.path,
      name: place.name,
      attributes: place.attributes,
    })
    .from(place)
    .where(and(eq(place.kind, 'compound'), inScopePlaces(scope, place.communityId, place.path)));
  let best: (typeof compounds)[number] | undefined;
  if (w.lat !== undefined && w.lng !== undefined) {
    const point: [number, number] = [w.lng, w.lat];
    let bestDistance = NEAR_METRES;
    for (const c of compounds) {
      const center = c.attributes['center'];
      if (!Array.isArray(center)) continue;
      const d = metres(point, center as [number, number]);
      if (d <= bestDistance) [best, bestDistance] = [c, d];
    }
    if (!best) throw invalid([{ path: 'body.lat', message: 'no compound of yours lies near this point' }]);
  } else if (w.address) {
    const text = w.address;
    best = compounds.find(
      (c) =>
        text.includes(c.name) ||
        (typeof c.attributes['address'] === 'string' && text.includes(c.attributes['address'])),
    );
    if (!best)
      throw invalid([{ path: 'body.address', message: 'no compound of yours matches this address' }]);
  } else {
    throw invalid([{ path: 'body.nodeId', message: 'say where: nodeId, houseId, lat and lng, or address' }]);
  }
  return fromPath(best.path, best.communityId, best.id, null);
}
