import { isWithin, type Grant } from '../auth/policy';
import type { Role } from '../auth/roles';
import { LEVEL_PARTY, PARTY_LEVEL, type Category, type PartyKind } from './categories';
import { EVENT_LEVELS, type EventLevel, type EventRelation } from './machine';

/** The org nodes above an event's place, one per level; `compound` is null for an event of the community itself. */
export interface Location {
  compound: { id: number; path: string } | null;
  community: { id: number; path: string };
  street: { id: number; path: string };
  district: { id: number; path: string };
}

/** A responsible party: a kind of body at one node (the property company of 怡枫园, 莲花街道's 派出所 …). */
export interface Party {
  kind: PartyKind;
  nodeId: number;
  nodePath: string;
  level: EventLevel;
  department: string | null;
  /** Set when a volunteer took an open event: that person's account alone is the assignee. */
  accountId: number | null;
}

/** `kind:nodeId`, the id a dispatcher sends to pick a party. */
export const partyId = (p: Pick<Party, 'kind' | 'nodeId'>) => `${p.kind}:${p.nodeId}`;

function nodeAt(level: EventLevel, loc: Location) {
  return level === 'compound' ? loc.compound : loc[level];
}

/**
 * The party `kind` at its own level above `loc`, or null when the place has none (a compound without a property
 * company or an owners' committee: an urban village, a compound that never elected one).
 */
export function partyOf(
  kind: PartyKind,
  loc: Location,
  compoundBodies: ReadonlySet<PartyKind>,
  department: string | null = null,
): Party | null {
  const level = PARTY_LEVEL[kind];
  const node = nodeAt(level, loc);
  if (!node || (level === 'compound' && !compoundBodies.has(kind))) return null;
  return { kind, nodeId: node.id, nodePath: node.path, level, department, accountId: null };
}

/**
 * The lowest competent party for a category at a place (DESIGN.md; seed 000): the category's own party when the
 * place has it, otherwise the next level up that exists.
 */
export function responsibleParty(
  category: Category,
  loc: Location,
  compoundBodies: ReadonlySet<PartyKind>,
): Party {
  const own = partyOf(category.responsibleParty, loc, compoundBodies, category.department);
  if (own && EVENT_LEVELS.indexOf(own.level) >= EVENT_LEVELS.indexOf(category.startLevel)) return own;
  return partyAtLevel(higherOf(category.startLevel, 'community'), loc);
}

function higherOf(a: EventLevel, b: EventLevel): EventLevel {
  return EVENT_LEVELS.indexOf(a) >= EVENT_LEVELS.indexOf(b) ? a : b;
}

/** The default party of a level above the compound (escalation target). */
export function partyAtLevel(level: Exclude<EventLevel, 'compound'> | EventLevel, loc: Location): Party {
  const kind = level === 'compound' ? 'community' : LEVEL_PARTY[level];
  const lvl = PARTY_LEVEL[kind];
  const node = nodeAt(lvl, loc) ?? loc.community;
  return { kind, nodeId: node.id, nodePath: node.path, level: lvl, department: null, accountId: null };
}

/** The roles whose holders act for a party when granted at (or above) its node. */
export const PARTY_ROLES: Readonly<Record<PartyKind, readonly Role[]>> = {
  property_company: ['property_staff'],
  owners_committee: ['owners_committee'],
  party_branch: ['party_branch'],
  volunteer: [],
  community: ['community_worker'],
  street_department: ['street_staff', 'department_staff'],
  district_department: ['department_staff'],
};

export const DISPATCHER_ROLES: readonly Role[] = ['community_worker', 'grid_worker', 'street_staff'];
export const VERIFIER_ROLES: readonly Role[] = ['grid_worker', 'community_worker'];

export interface EventView {
  /** The event's place path (compound, building or unit; the community's own path when it has none). */
  path: string;
  assignee: Pick<Party, 'kind' | 'nodePath' | 'accountId'> | null;
  reporterAccountId: number | null;
}

/** How a caller stands to an event: the relations the state machine's `by` lists are checked against. */
export function relationsOf(grants: readonly Grant[], accountId: number, e: EventView): Set<EventRelation> {
  const rel = new Set<EventRelation>();
  const over = (roles: readonly Role[], path: string) =>
    grants.some((g) => roles.includes(g.role) && isWithin(path, g.path));
  if (over(DISPATCHER_ROLES, e.path)) rel.add('dispatcher');
  if (over(VERIFIER_ROLES, e.path)) rel.add('verifier');
  if (e.assignee) {
    const a = e.assignee;
    if (a.accountId !== null ? a.accountId === accountId : over(PARTY_ROLES[a.kind], a.nodePath))
      rel.add('assignee');
  }
  if (e.reporterAccountId === accountId) rel.add('reporter');
  if (grants.some((g) => worksEventsAs(g.role) && isWithin(e.path, g.path))) rel.add('viewer');
  return rel;
}

/**
 * Staff who work with events: every role but the resident and the two that keep the system (the administrator
 * and the auditor see no reports, which carry residents' words and names).
 */
export const worksEventsAs = (role: Role) => role !== 'resident' && role !== 'admin' && role !== 'auditor';

export function worksEvents(grants: readonly Grant[]): boolean {
  return grants.some((g) => worksEventsAs(g.role));
}
