import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  appointLeader,
  type BodyKind,
  createBody,
  createCapablePerson,
  createCheckin,
  getBody,
  getCoverage,
  type LeaderPatch,
  listBodies,
  listCapablePersons,
  listCheckins,
  listDuties,
  listLeaders,
  type MemberEntry,
  setBodyMembers,
  updateLeader,
} from '../../api/governance';
import { useCursorList } from '../../shared/cursor/useCursorList';

export const governanceKeys = {
  all: ['governance'] as const,
  coverage: (nodeId: number) => ['governance', 'coverage', nodeId] as const,
  leaders: (placeId: number) => ['governance', 'leaders', placeId] as const,
  duties: ['governance', 'duties'] as const,
  bodies: (placeId: number, kind: BodyKind | undefined) =>
    ['governance', 'bodies', placeId, kind ?? null] as const,
  body: (id: number) => ['governance', 'body', id] as const,
  checkins: (placeId: number) => ['governance', 'checkins', placeId] as const,
  capable: (placeId: number) => ['governance', 'capable', placeId] as const,
};

export function useCoverage(nodeId: number) {
  return useQuery({
    queryKey: governanceKeys.coverage(nodeId),
    queryFn: ({ signal }) => getCoverage(nodeId, signal),
  });
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

export function useCheckinList(placeId: number) {
  return useCursorList(governanceKeys.checkins(placeId), (cursor, signal) =>
    listCheckins({ placeId, cursor }, signal),
  );
}

export function useCapableList(placeId: number) {
  return useCursorList(governanceKeys.capable(placeId), (cursor, signal) =>
    listCapablePersons({ placeId, cursor }, signal),
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

export function useSetMembers() {
  return useGovernanceMutation(({ id, members }: { id: number; members: MemberEntry[] }) =>
    setBodyMembers(id, members),
  );
}

export function useCreateCheckin() {
  return useGovernanceMutation(createCheckin);
}

export function useCreateCapablePerson() {
  return useGovernanceMutation(createCapablePerson);
}
