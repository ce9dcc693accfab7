import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addOwner,
  approveBindingRequest,
  type BindingApproval,
  createHouse,
  createPerson,
  createResidence,
  generateInvitations,
  getHouse,
  getPerson,
  type House,
  type HouseFields,
  listBindingRequests,
  listHouses,
  listInvitations,
  listOverdue,
  listOverdueVisits,
  listPeople,
  listVisits,
  logVisit,
  type NewVisit,
  type NewResidence,
  type PersonFields,
  type PersonQuery,
  reissueInvitation,
  rejectBindingRequest,
  removeOwner,
  type ResidencePatch,
  revealPerson,
  type RevealField,
  getVisitPlan,
  setVisitPlan,
  type CareGroup,
  updateHouse,
  updatePerson,
  updateResidence,
} from '../../api/registry';
import { useCursorList } from '../../shared/cursor/useCursorList';
import { useChildNodes } from '../org/queries';

export const registryKeys = {
  all: ['registry'] as const,
  houses: (placeId: number) => ['registry', 'houses', placeId] as const,
  house: (id: number) => ['registry', 'house', id] as const,
  people: (filter: PersonFilter) => ['registry', 'people', filter] as const,
  person: (id: number) => ['registry', 'person', id] as const,
  overdue: (placeId: number) => ['registry', 'overdue', placeId] as const,
  invitations: (placeId: number) => ['registry', 'invitations', placeId] as const,
  bindingRequests: (placeId: number) => ['registry', 'binding-requests', placeId] as const,
  visits: (personId: number) => ['registry', 'visits', personId] as const,
  visitPlan: (personId: number) => ['registry', 'visit-plan', personId] as const,
  overdueVisits: (communityId: number, careGroup: CareGroup | undefined) =>
    ['registry', 'overdue-visits', communityId, careGroup ?? null] as const,
};

/** A building's houses come in pages this large, so most buildings need one request. */
const HOUSE_PAGE = 200;

export function useHouseList(placeId: number) {
  return useCursorList(registryKeys.houses(placeId), (cursor, signal) =>
    listHouses({ placeId, cursor, limit: HOUSE_PAGE }, signal),
  );
}

/** A building's units, in which its houses lie (none when its houses lie in the building itself). */
export function useUnits(buildingId: number, enabled: boolean) {
  return useChildNodes(buildingId, 'unit', enabled);
}

export function useHouse(id: number) {
  return useQuery({ queryKey: registryKeys.house(id), queryFn: ({ signal }) => getHouse(id, signal) });
}

export type PersonFilter = Omit<PersonQuery, 'cursor' | 'limit'>;

export function usePersonList(filter: PersonFilter, enabled = true) {
  return useCursorList(
    registryKeys.people(filter),
    (cursor, signal) => listPeople({ ...filter, cursor }, signal),
    enabled,
  );
}

export function personQuery(id: number) {
  return queryOptions({ queryKey: registryKeys.person(id), queryFn: ({ signal }) => getPerson(id, signal) });
}

export function usePerson(id: number | undefined) {
  return useQuery({ ...personQuery(id ?? 0), enabled: id !== undefined });
}

export function useOverdueList(placeId: number) {
  return useCursorList(registryKeys.overdue(placeId), (cursor, signal) =>
    listOverdue({ placeId, cursor }, signal),
  );
}

export function useVisitList(personId: number) {
  return useCursorList(registryKeys.visits(personId), (cursor, signal) =>
    listVisits({ personId, cursor }, signal),
  );
}

export function useOverdueVisits(communityId: number, careGroup?: CareGroup) {
  return useCursorList(registryKeys.overdueVisits(communityId, careGroup), (cursor, signal) =>
    listOverdueVisits({ communityId, careGroup, cursor }, signal),
  );
}

/**
 * The invitation codes of a place's houses. Those who keep the registry have the missing codes made on
 * the way (`POST`, which only adds); others see the codes there are.
 */
export function useInvitations(placeId: number, generate: boolean) {
  return useQuery({
    queryKey: [...registryKeys.invitations(placeId), generate],
    queryFn: async ({ signal }) =>
      (generate ? await generateInvitations(placeId) : await listInvitations(placeId, signal)).items,
  });
}

export function useBindingRequests(placeId: number) {
  return useCursorList(registryKeys.bindingRequests(placeId), (cursor, signal) =>
    listBindingRequests({ placeId, cursor }, signal),
  );
}

/**
 * Every registry change touches several views at once (a building's houses, a person's houses, the
 * overdue list), so after one the whole registry is refetched as it is shown.
 */
function useInvalidateRegistry() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: registryKeys.all });
}

function useRegistryMutation<Variables, Result>(mutationFn: (variables: Variables) => Promise<Result>) {
  const onSuccess = useInvalidateRegistry();
  return useMutation({ mutationFn, onSuccess });
}

export function useCreateHouse() {
  return useRegistryMutation(createHouse);
}

export function useUpdateHouse() {
  return useRegistryMutation(({ id, patch }: { id: number; patch: Partial<HouseFields> }) =>
    updateHouse(id, patch),
  );
}

export function useAddOwner() {
  return useRegistryMutation(({ house, personId }: { house: House; personId: number }) =>
    addOwner(house.id, personId),
  );
}

export function useRemoveOwner() {
  return useRegistryMutation(({ house, personId }: { house: House; personId: number }) =>
    removeOwner(house.id, personId),
  );
}

export function useCreatePerson() {
  return useRegistryMutation(createPerson);
}

export function useUpdatePerson() {
  return useRegistryMutation(({ id, patch }: { id: number; patch: Partial<PersonFields> }) =>
    updatePerson(id, patch),
  );
}

export function useCreateResidence() {
  return useRegistryMutation((body: NewResidence) => createResidence(body));
}

export function useUpdateResidence() {
  return useRegistryMutation(({ residenceId, patch }: { residenceId: number; patch: ResidencePatch }) =>
    updateResidence(residenceId, patch),
  );
}

/** Not cached anywhere: the value lives only in the component that asked for it. */
export function useRevealPerson() {
  return useMutation({
    mutationFn: ({ personId, field, reason }: { personId: number; field: RevealField; reason: string }) =>
      revealPerson(personId, { field, reason }),
  });
}

/** An approval may register a person and their residence, so the whole registry is refetched. */
export function useApproveBinding() {
  return useRegistryMutation(({ id, approval }: { id: number; approval: BindingApproval }) =>
    approveBindingRequest(id, approval),
  );
}

export function useRejectBinding() {
  return useRegistryMutation(({ id, reason }: { id: number; reason?: string }) =>
    rejectBindingRequest(id, reason),
  );
}

/** A new code voids the printed one; the place's codes are refetched. */
export function useReissueInvitation() {
  return useRegistryMutation((houseId: number) => reissueInvitation(houseId));
}

export function useVisitPlan(personId: number) {
  return useQuery({
    queryKey: registryKeys.visitPlan(personId),
    queryFn: ({ signal }) => getVisitPlan(personId, signal),
  });
}

export function useSetVisitPlan() {
  return useRegistryMutation(({ personId, intervalDays }: { personId: number; intervalDays: number }) =>
    setVisitPlan(personId, intervalDays),
  );
}

/** A visit moves the person's history and the overdue list. */
export function useLogVisit() {
  return useRegistryMutation(({ personId, visit }: { personId: number; visit: NewVisit }) =>
    logVisit(personId, visit),
  );
}
