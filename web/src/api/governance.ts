/** Compound governance (docs/API.md "Governance"): building leaders, coverage, and the bodies of a compound. */
import type { CommitteeViolationCode } from '../../../domain/governance/owners-committee';
import { request } from './client';
import type { Page, PageParams } from './model';

export type { BuildingLeaderDuty } from '../../../domain/governance/building-leaders';
export type { CommitteeViolationCode } from '../../../domain/governance/owners-committee';

export const COMMITTEE_VIOLATION_CODES = [
  'member_count_even',
  'member_count_out_of_range',
  'member_not_owner',
  'member_duplicate',
  'term_ends_before_election',
  'term_too_long',
  'filing_late',
  'filing_overdue',
] as const satisfies readonly CommitteeViolationCode[];

export function isViolationCode(code: string): code is CommitteeViolationCode {
  return (COMMITTEE_VIOLATION_CODES as readonly string[]).includes(code);
}

export const LEADER_SOURCES = ['resident', 'property_staff'] as const;
export type LeaderSource = (typeof LEADER_SOURCES)[number];

export const LEADER_STATUSES = ['pending_filing', 'filed', 'ended'] as const;
export type LeaderStatus = (typeof LEADER_STATUSES)[number];

export interface BuildingLeader {
  id: number;
  buildingId: number;
  /** Compound and building ("怡枫园 1栋"). */
  buildingLabel: string;
  displayName: string;
  source: LeaderSource;
  personId: number | null;
  accountId: number | null;
  appointedOn: string;
  filedOn: string | null;
  endedOn: string | null;
  status: LeaderStatus;
}

export interface NewLeader {
  buildingId: number;
  source: LeaderSource;
  /** A resident leader's person in the registry. */
  personId?: number;
  /** A property-staff leader's account. */
  accountId?: number;
  appointedOn: string;
}

export type LeaderPatch = { filedOn: string } | { endedOn: string };

export interface Duty {
  id: string;
  label: { 'zh-CN': string; 'en-US': string };
}

/** `rate` is a fraction in [0, 1]. */
export interface Coverage {
  total: number;
  covered: number;
  rate: number;
}

export interface CoverageRow extends Coverage {
  nodeId: number;
  name: string;
}

/** One compound of a coverage report: its own party organisation, and its buildings' leaders. */
export interface CompoundCoverage {
  compoundId: number;
  name: string;
  communityId: number;
  communityName: string;
  hasPartyOrg: boolean;
  buildingLeaders: Coverage;
}

/** An account that may serve as a property-staff building leader of a compound. */
export interface PropertyStaffAccount {
  accountId: number;
  username: string;
  displayName: string;
}

export interface CoverageReport {
  /** Buildings with a filed leader. */
  buildingLeaders: {
    overall: Coverage;
    byCompound: CoverageRow[];
    byCommunity: CoverageRow[];
    byStreet: CoverageRow[];
  };
  /** Compounds with a party organisation of their own. */
  partyOrgs: { overall: Coverage; byCommunity: CoverageRow[]; byStreet: CoverageRow[] };
}

export const BODY_KINDS = [
  'party_org',
  'owners_committee',
  'supervisory_committee',
  'property_company',
  'resident_group',
  'compound_officer',
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** The three levels of party organisation; a building group sits on a building, the others on a compound. */
export const PARTY_LEVELS = ['community_committee', 'compound_branch', 'building_group'] as const;
export type PartyLevel = (typeof PARTY_LEVELS)[number];

export const MEMBER_ROLES = ['chair', 'vice_chair', 'secretary', 'member', 'staff'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const FILING_STATUSES = ['on_time', 'late', 'due', 'overdue'] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];

export interface BodyMember {
  personId: number;
  name: string;
  role: MemberRole;
  /** When they took the role (YYYY-MM-DD). */
  since: string | null;
  isOwner: boolean;
}

export interface Violation {
  code: string;
  params: Record<string, string | number>;
}

export interface PropertyDetails {
  company?: string;
  contractStart?: string;
  contractEnd?: string;
  contactPhone?: string;
}

/** A compound officer's (小区事务官) details: the agency that sends them and how to reach them. */
export interface OfficerDetails {
  agency?: string;
  contactPhone?: string;
}

export interface GovernanceBody {
  id: number;
  placeId: number;
  placeLabel: string;
  kind: BodyKind;
  name: string;
  partyLevel: string | null;
  parentBodyId: number | null;
  electedOn: string | null;
  termEndsOn: string | null;
  filedOn: string | null;
  details: Record<string, unknown>;
  members: BodyMember[];
  /** Owners' committees only: the RULES.md §1 checks. */
  violations: Violation[];
  /** Owners' committees only: filing with the street within 30 days of the election. */
  filing: { status: string; deadline: string } | null;
}

export interface NewBody {
  placeId: number;
  kind: BodyKind;
  name: string;
  partyLevel?: PartyLevel;
  parentBodyId?: number;
  electedOn?: string;
  termEndsOn?: string;
  filedOn?: string;
  details?: PropertyDetails | OfficerDetails;
}

/** What `PATCH /governance/bodies/:id` changes; a date set to null is cleared, `details` replaces the stored ones. */
export interface BodyPatch {
  name?: string;
  electedOn?: string | null;
  termEndsOn?: string | null;
  filedOn?: string | null;
  details?: PropertyDetails | OfficerDetails;
}

export interface MemberEntry {
  personId: number;
  role: MemberRole;
  since?: string;
}

export function listLeaders(
  query: PageParams & { placeId: number },
  signal?: AbortSignal,
): Promise<Page<BuildingLeader>> {
  return request('GET', '/governance/building-leaders', { query: { ...query }, signal });
}

export function appointLeader(body: NewLeader): Promise<BuildingLeader> {
  return request('POST', '/governance/building-leaders', { body });
}

export function updateLeader(id: number, body: LeaderPatch): Promise<BuildingLeader> {
  return request('PATCH', `/governance/building-leaders/${id}`, { body });
}

export function listDuties(signal?: AbortSignal): Promise<{ items: Duty[] }> {
  return request('GET', '/governance/building-leaders/duties', { signal });
}

export function getCoverage(nodeId: number, signal?: AbortSignal): Promise<CoverageReport> {
  return request('GET', '/governance/coverage', { query: { nodeId }, signal });
}

/** The compounds under a node, a page at a time. */
export function listCompoundCoverage(
  query: PageParams & { nodeId: number },
  signal?: AbortSignal,
): Promise<Page<CompoundCoverage>> {
  return request('GET', '/governance/coverage/compounds', { query: { ...query }, signal });
}

/** Property staff granted at or above the compound, whose name or username contains `q`. */
export function listPropertyStaff(
  query: PageParams & { compoundId: number; q?: string },
  signal?: AbortSignal,
): Promise<Page<PropertyStaffAccount>> {
  return request('GET', '/governance/property-staff', { query: { ...query }, signal });
}

export function listBodies(
  query: PageParams & { placeId: number; kind?: BodyKind },
  signal?: AbortSignal,
): Promise<Page<GovernanceBody>> {
  return request('GET', '/governance/bodies', { query: { ...query }, signal });
}

export function getBody(id: number, signal?: AbortSignal): Promise<GovernanceBody> {
  return request('GET', `/governance/bodies/${id}`, { signal });
}

export function createBody(body: NewBody): Promise<GovernanceBody> {
  return request('POST', '/governance/bodies', { body });
}

export function updateBody(id: number, body: BodyPatch): Promise<GovernanceBody> {
  return request('PATCH', `/governance/bodies/${id}`, { body });
}

export function setBodyMembers(id: number, members: MemberEntry[]): Promise<GovernanceBody> {
  return request('PUT', `/governance/bodies/${id}/members`, { body: { members } });
}

/** A party member's check-in (双报到) with the compound they live in, besides their work unit's. */
export interface PartyCheckin {
  id: number;
  personId: number;
  name: string;
  compoundId: number;
  compoundLabel: string;
  workUnit: string;
  checkedInOn: string;
}

export interface NewCheckin {
  personId: number;
  compoundId: number;
  workUnit: string;
  checkedInOn: string;
}

/** The four powers a capable person (贤达能人) holds in compound affairs. */
export const CAPABLE_POWERS = ['deliberate', 'suggest', 'supervise', 'evaluate'] as const;
export type CapablePower = (typeof CAPABLE_POWERS)[number];

export interface CapablePerson {
  id: number;
  personId: number;
  name: string;
  compoundId: number;
  compoundLabel: string;
  powers: string[];
  expertise: string | null;
}

export interface NewCapablePerson {
  personId: number;
  compoundId: number;
  /** All four when left out. */
  powers?: CapablePower[];
  expertise?: string;
}

export function listCheckins(
  query: PageParams & { placeId: number },
  signal?: AbortSignal,
): Promise<Page<PartyCheckin>> {
  return request('GET', '/governance/party-checkins', { query: { ...query }, signal });
}

export function createCheckin(body: NewCheckin): Promise<{ id: number }> {
  return request('POST', '/governance/party-checkins', { body });
}

export function listCapablePersons(
  query: PageParams & { placeId: number },
  signal?: AbortSignal,
): Promise<Page<CapablePerson>> {
  return request('GET', '/governance/capable-persons', { query: { ...query }, signal });
}

export function createCapablePerson(body: NewCapablePerson): Promise<{ id: number }> {
  return request('POST', '/governance/capable-persons', { body });
}

/** The building leaders' ledger (.xlsx) of a compound or building, for a plain download link. */
export function leadersLedgerUrl(placeId: number): string {
  return `/api/v1/governance/exports/building-leaders?${new URLSearchParams({ placeId: String(placeId) }).toString()}`;
}
