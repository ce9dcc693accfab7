import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  appointLeader,
  type BodyKind,
  type BodyPatch,
  type CapablePerson,
  createBody,
  createCapablePerson,
  createCheckin,
  getBody,
  getCoverage,
  type LeaderPatch,
  listBodies,
  listCapablePersons,
  listCheckins,
  listCompoundCoverage,
  listDuties,
  listLeaders,
  listPropertyStaff,
  type MemberEntry,
  type NewCapablePerson,
  type NewCheckin,
  type PartyCheckin,
  setBodyMembers,
  updateBody,
  updateLeader,
} from '../../api/governance';
import type { Page, PageParams } from '../../api/model';
import { useCursorList } from '../../shared/cursor/useCursorList';

export const governanceKeys = {
  all: ['governance'] as const,
  coverage: (nodeId: number) => ['governance', 'coverage', nodeId] as const,
  compoundCoverage: (nodeId: number) => ['governance', 'coverage-compounds', nodeId] as const,
  propertyStaff: (compoundId: number, q: string) => ['governance', 'property-staff', compoundId, q] as const,
  leaders: (placeId: number) => ['governance', 'leaders', placeId] as const,
  duties: ['governance', 'duties'] as const,
  bodies: (placeId: number, kind: BodyKind | undefined) =>
    ['governance', 'bodies', placeId, kind ?? null] as const,
  body: (id: number) => ['governance', 'body', id] as const,
  roster: (section: RosterSection, placeId: number) => ['governance', section, placeId] as const,
};

export function useCoverage(nodeId: number) {
  return useQuery({
    queryKey: governanceKeys.coverage(nodeId),
    queryFn: ({ signal }) => getCoverage(nodeId, signal),
  });
}

export function useCompoundCoverage(nodeId: number) {
  return useCursorList(governanceKeys.compoundCoverage(nodeId), (cursor, signal) =>
    listCompoundCoverage({ nodeId, cursor }, signal),
  );
}

/** Property staff of a compound whose name contains `q` (all of them while `q` is empty). */
export function usePropertyStaff(compoundId: number, q: string, enabled = true) {
  return useCursorList(
    governanceKeys.propertyStaff(compoundId, q),
    (cursor, signal) => listPropertyStaff({ compoundId, q: q || undefined, cursor }, signal),
    enabled,
  );
}

export function useLeaderList(placeId: number) {
  return useCursorList(governanceKeys.leaders(placeId), (cursor, signal) =>
    listLeaders({ placeId, cursor }, signal),
  );
}

/** The five duties change only with the rules, so they are read once. */
export function useDuties() {
  return useQuery({
    queryKey: governanceKeys.duties,
    queryFn: async ({ signal }) => (await listDuties(signal)).items,
    staleTime: Infinity,
  });
}

export function useBodyList(placeId: number, kind?: BodyKind, enabled = true) {
  return useCursorList(
    governanceKeys.bodies(placeId, kind),
    (cursor, signal) => listBodies({ placeId, kind, cursor }, signal),
    enabled,
  );
}

export function useBody(id: number) {
  return useQuery({ queryKey: governanceKeys.body(id), queryFn: ({ signal }) => getBody(id, signal) });
}

/** The rosters of a compound, each an entry type and what creating one takes. */
interface Rosters {
  checkins: { item: PartyCheckin; body: NewCheckin };
  capable: { item: CapablePerson; body: NewCapablePerson };
}
export type RosterSection = keyof Rosters;
export type RosterItem<S extends RosterSection> = Rosters[S]['item'];
export type RosterBody<S extends RosterSection> = Rosters[S]['body'];

const ROSTER_API: {
  [S in RosterSection]: {
    list: (query: PageParams & { placeId: number }, signal?: AbortSignal) => Promise<Page<RosterItem<S>>>;
    create: (body: RosterBody<S>) => Promise<{ id: number }>;
  };
} = {
  checkins: { list: listCheckins, create: createCheckin },
  capable: { list: listCapablePersons, create: createCapablePerson },
};

/** Party members' check-ins or capable persons at or around a place. */
export function useRosterList<S extends RosterSection>(section: S, placeId: number) {
  return useCursorList<RosterItem<S>>(governanceKeys.roster(section, placeId), (cursor, signal) =>
    ROSTER_API[section].list({ placeId, cursor }, signal),
  );
}

/** A leader filed or a body created moves the coverage figures too, so all governance answers are refetched. */
function useGovernanceMutation<Variables, Result>(mutationFn: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: governanceKeys.all }),
  });
}

export function useAppointLeader() {
  return useGovernanceMutation(appointLeader);
}

export function useUpdateLeader() {
  return useGovernanceMutation(({ id, patch }: { id: number; patch: LeaderPatch }) =>
    updateLeader(id, patch),
  );
}

export function useCreateBody() {
  return useGovernanceMutation(createBody);
}

export function useUpdateBody() {
  return useGovernanceMutation(({ id, patch }: { id: number; patch: BodyPatch }) => updateBody(id, patch));
}

export function useSetMembers() {
  return useGovernanceMutation(({ id, members }: { id: number; members: MemberEntry[] }) =>
    setBodyMembers(id, members),
  );
}

export function useCreateRosterEntry<S extends RosterSection>(section: S) {
  return useGovernanceMutation((body: RosterBody<S>) => ROSTER_API[section].create(body));
}
