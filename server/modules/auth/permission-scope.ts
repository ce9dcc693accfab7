import { ROLE_PERMISSIONS, type Permission } from '../../../domain/auth/roles';
import type { Executor } from '../../db/client';
import { buildScope, type Caller, type Scope } from './caller';

const scopes = new WeakMap<Caller, Map<Permission, Promise<Scope>>>();

/**
 * Where a caller holds `permission`: the scope of only those grants whose role carries it. A property manager who
 * is also a resident elsewhere reads votes through the property grant, not through the home.
 */
export function permissionScope(db: Executor, caller: Caller, permission: Permission): Promise<Scope> {
  const mine = scopes.get(caller) ?? new Map<Permission, Promise<Scope>>();
  scopes.set(caller, mine);
  let s = mine.get(permission);
  if (!s) {
    const grants = caller.grants.filter((g) => ROLE_PERMISSIONS[g.role].includes(permission));
    s = grants.length === caller.grants.length ? Promise.resolve(caller.scope) : buildScope(db, grants);
    mine.set(permission, s);
  }
  return s;
}

/** A resident's homes: the communities, and every node on the way down to the place each house hangs on. */
export interface Homes {
  communityIds: number[];
  /** Paths of the home places and all their ancestors (`/1/`, `/1/2/`, …): what lies over a home. */
  over: string[];
}

export function homesOf(caller: Caller): Homes {
  const communityIds = new Set<number>();
  const over = new Set<string>();
  for (const g of caller.grants) {
    if (g.role !== 'resident' || g.communityId === null) continue;
    communityIds.add(g.communityId);
    const ids = g.path.split('/').filter(Boolean);
    for (let i = 1; i <= ids.length; i++) over.add(`/${ids.slice(0, i).join('/')}/`);
  }
  return { communityIds: [...communityIds], over: [...over] };
}

/** A compound where the caller has a bound house (a resident grant at it or below it). */
export interface Home {
  communityId: number;
  compoundId: number;
  compoundPath: string;
}

/** Residents act only for the compounds of their homes; the compound is the fourth id of a path. */
export function homeCompounds(caller: Caller): Home[] {
  const out = new Map<number, Home>();
  for (const g of caller.grants) {
    const ids = g.path.split('/').filter(Boolean);
    if (g.role !== 'resident' || g.communityId === null || ids.length < 4) continue;
    const compoundId = Number(ids[3]);
    out.set(compoundId, {
      communityId: g.communityId,
      compoundId,
      compoundPath: `/${ids.slice(0, 4).join('/')}/`,
    });
  }
  return [...out.values()];
}
