/** The registry of houses and people (docs/API.md "Registry"); personal numbers arrive masked (RULES.md §4). */
import type { DocumentType, Sex } from '../../../domain/people/id-number';
import type { AreaSource, HouseUse, Occupancy } from '../../../domain/registry/house';
import { CARE_GROUPS, type CareGroup, type Relation } from '../../../domain/registry/import-template';
import type { StayKind } from '../../../domain/registry/residence-registration';
import { request } from './client';
import type { Page, PageParams } from './model';
import type { PathItem } from './org';

export { DOCUMENT_TYPES, type DocumentType, type Sex } from '../../../domain/people/id-number';
export {
  AREA_SOURCES,
  HOUSE_USES,
  OCCUPANCIES,
  type AreaSource,
  type HouseUse,
  type Occupancy,
} from '../../../domain/registry/house';
export {
  CARE_GROUPS,
  RELATIONS,
  type CareGroup,
  type Relation,
} from '../../../domain/registry/import-template';
export { STAY_KINDS, type StayKind } from '../../../domain/registry/residence-registration';

export function isCareGroup(value: string): value is CareGroup {
  return (CARE_GROUPS as readonly string[]).includes(value);
}

export const SEXES = ['male', 'female'] as const satisfies readonly Sex[];

export const REGISTRATION_STATUSES = ['registered', 'pending', 'overdue', 'exempt', 'not_required'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export type HouseAction = 'update';
export type PersonAction = 'update' | 'reveal';
export type RevealField = 'idNumber' | 'phone';

export interface Registration {
  status: RegistrationStatus;
  deadline: string | null;
  daysOverdue: number | null;
  /** Set once reported, even late: a late report stays `overdue` in the ledger but awaits nothing. */
  registeredAt: string | null;
}

export interface HouseOwner {
  personId: number;
  name: string;
  idNumberMasked: string | null;
}

export interface Resident {
  residenceId: number;
  personId: number;
  name: string;
  relation: Relation;
  stayKind: StayKind;
  movedInOn: string;
  movedOutOn: string | null;
  registration: Registration;
}

export interface House {
  id: number;
  communityId: number;
  /** The unit (or building without units) the house lies in. */
  placeId: number;
  /** From the top of the tree down to `placeId`. */
  path: PathItem[];
  number: string;
  floor: number;
  area: number;
  areaSource: AreaSource;
  use: HouseUse;
  occupancy: Occupancy;
  developerHeld: boolean;
  owners: HouseOwner[];
  residents: Resident[];
  actions: HouseAction[];
}

export interface HouseFields {
  number: string;
  floor: number;
  area: number;
  areaSource: AreaSource;
  use?: HouseUse;
  occupancy?: Occupancy;
  developerHeld?: boolean;
}

export interface NewHouse extends HouseFields {
  placeId: number;
}

export interface PersonHouse {
  houseId: number;
  /** Where the house lies; the building view opens it. */
  placeId: number;
  label: string;
  role: Relation;
}

export interface Person {
  id: number;
  communityId: number;
  name: string;
  sex: Sex | null;
  birthDate: string | null;
  idType: DocumentType;
  idNumberMasked: string | null;
  phoneMasked: string | null;
  careGroups: string[];
  partyMember: boolean;
  houses: PersonHouse[];
  actions: PersonAction[];
}

export interface PersonFields {
  name: string;
  sex?: Sex;
  birthDate?: string;
  idType?: DocumentType;
  idNumber?: string;
  phone?: string;
  careGroups?: CareGroup[];
  partyMember?: boolean;
}

export interface NewPerson extends PersonFields {
  communityId: number;
}

/** `q` is a name prefix; `idNumber` and `phone` match exactly (through the server's keyed hash). */
export interface PersonQuery extends PageParams {
  communityId?: number;
  q?: string;
  idNumber?: string;
  phone?: string;
  careGroup?: CareGroup;
}

export interface NewResidence {
  houseId: number;
  personId: number;
  relation: Relation;
  stayKind?: StayKind;
  movedInOn: string;
}

export interface ResidencePatch {
  movedOutOn?: string;
  registered?: true;
}

export interface OverdueRegistration {
  residenceId: number;
  houseId: number;
  houseLabel: string;
  personId: number;
  name: string;
  relation: Relation;
  stayKind: StayKind;
  movedInOn: string;
  deadline: string;
  daysOverdue: number;
}

export function listHouses(
  query: PageParams & { placeId: number },
  signal?: AbortSignal,
): Promise<Page<House>> {
  return request('GET', '/registry/houses', { query: { ...query }, signal });
}

export function getHouse(id: number, signal?: AbortSignal): Promise<House> {
  return request('GET', `/registry/houses/${id}`, { signal });
}

export function createHouse(body: NewHouse): Promise<House> {
  return request('POST', '/registry/houses', { body });
}

export function updateHouse(id: number, body: Partial<HouseFields>): Promise<House> {
  return request('PATCH', `/registry/houses/${id}`, { body });
}

export function addOwner(houseId: number, personId: number): Promise<House> {
  return request('POST', `/registry/houses/${houseId}/owners`, { body: { personId } });
}

export function removeOwner(houseId: number, personId: number): Promise<House> {
  return request('DELETE', `/registry/houses/${houseId}/owners/${personId}`);
}

export function listPeople(query: PersonQuery, signal?: AbortSignal): Promise<Page<Person>> {
  return request('GET', '/registry/people', { query: { ...query }, signal });
}

export function getPerson(id: number, signal?: AbortSignal): Promise<Person> {
  return request('GET', `/registry/people/${id}`, { signal });
}

export function createPerson(body: NewPerson): Promise<Person> {
  return request('POST', '/registry/people', { body });
}

export function updatePerson(id: number, body: Partial<PersonFields>): Promise<Person> {
  return request('PATCH', `/registry/people/${id}`, { body });
}

/** The full number; the server writes an audit row with the reason. */
export function revealPerson(
  id: number,
  body: { field: RevealField; reason: string },
): Promise<{ value: string }> {
  return request('POST', `/registry/people/${id}/reveal`, { body });
}

export function createResidence(body: NewResidence): Promise<House> {
  return request('POST', '/registry/residences', { body });
}

export function updateResidence(id: number, body: ResidencePatch): Promise<House> {
  return request('PATCH', `/registry/residences/${id}`, { body });
}

export function listOverdue(
  query: PageParams & { placeId: number },
  signal?: AbortSignal,
): Promise<Page<OverdueRegistration>> {
  return request('GET', '/registry/registrations/overdue', { query: { ...query }, signal });
}

/** A printable invitation: a resident binds their account to the house with the code. */
export interface Invitation {
  houseId: number;
  houseLabel: string;
  code: string;
}

export interface BindingRequest {
  id: number;
  houseId: number;
  houseLabel: string;
  /** As the applicant typed it at sign-up. */
  displayName: string;
  /** The sign-up phone, masked (`138****5678`). */
  phoneMasked: string | null;
  status: 'pending' | 'approved' | 'rejected';
  createdAt: string;
}

export interface BindingApproval {
  relation: Relation;
  /** A person already registered at the house; without it one is registered from the request. */
  personId?: number;
}

/** The codes of the houses under a building or unit that have one. */
export function listInvitations(placeId: number, signal?: AbortSignal): Promise<{ items: Invitation[] }> {
  return request('GET', '/registry/invitations', { query: { placeId }, signal });
}

/** Creates the codes that are missing, then lists them all. */
export function generateInvitations(placeId: number): Promise<{ items: Invitation[] }> {
  return request('POST', '/registry/invitations', { body: { placeId } });
}

/** Pending requests for the houses under a place. */
export function listBindingRequests(
  query: PageParams & { placeId: number },
  signal?: AbortSignal,
): Promise<Page<BindingRequest>> {
  return request('GET', '/registry/binding-requests', { query: { ...query }, signal });
}

export function approveBindingRequest(id: number, body: BindingApproval): Promise<{ id: number }> {
  return request('POST', `/registry/binding-requests/${id}/approve`, { body });
}

/** `reason`, when given, is shown to the applicant. */
export function rejectBindingRequest(id: number, reason?: string): Promise<{ id: number }> {
  return request('POST', `/registry/binding-requests/${id}/reject`, reason ? { body: { reason } } : {});
}

/** Voids a house's code and issues a new one. */
export function reissueInvitation(houseId: number): Promise<Invitation> {
  return request('POST', `/registry/invitations/${houseId}/reissue`);
}

/** How often a person in a care group is to be visited. */
export interface VisitPlan {
  personId: number;
  intervalDays: number;
}

export interface CareVisit {
  id: number;
  personId: number;
  visitedOn: string;
  visitorName: string;
  notes: string;
  /** Needs found on the visit. */
  needs: string | null;
  /** The event the needs were filed as. */
  eventId: number | null;
  createdAt: string;
}

export interface NewVisit {
  /** YYYY-MM-DD, not in the future. */
  visitedOn: string;
  notes: string;
  needs?: string;
  /** File the needs as an event of this category at the person's home. */
  needsCategoryCode?: string;
}

export interface OverdueVisit {
  personId: number;
  name: string;
  careGroups: string[];
  intervalDays: number;
  lastVisitedOn: string | null;
  dueOn: string;
  daysOverdue: number;
}

/** Refused (400) for a person in no care group. */
export function getVisitPlan(
  personId: number,
  signal?: AbortSignal,
): Promise<{ personId: number; intervalDays: number | null }> {
  return request('GET', `/registry/people/${personId}/visit-plan`, { signal });
}

export function setVisitPlan(personId: number, intervalDays: number): Promise<VisitPlan> {
  return request('PUT', `/registry/people/${personId}/visit-plan`, { body: { intervalDays } });
}

export function logVisit(personId: number, body: NewVisit): Promise<CareVisit> {
  return request('POST', `/registry/people/${personId}/visits`, { body });
}

export function listVisits(
  query: PageParams & { personId: number },
  signal?: AbortSignal,
): Promise<Page<CareVisit>> {
  const { personId, ...page } = query;
  return request('GET', `/registry/people/${personId}/visits`, { query: { ...page }, signal });
}

export function listOverdueVisits(
  query: PageParams & { communityId: number; careGroup?: CareGroup },
  signal?: AbortSignal,
): Promise<Page<OverdueVisit>> {
  return request('GET', '/registry/visits/overdue', { query: { ...query }, signal });
}
