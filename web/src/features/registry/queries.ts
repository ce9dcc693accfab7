import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addOwner,
  createHouse,
  createPerson,
  createResidence,
  getHouse,
  getPerson,
  type House,
  type HouseFields,
  listHouses,
  listOverdue,
  listPeople,
  type NewResidence,
  type PersonFields,
  type PersonQuery,
  removeOwner,
  type ResidencePatch,
  revealPerson,
  type RevealField,
  updateHouse,
  updatePerson,
  updateResidence,
} from '../../api/registry';
import { listNodes } from '../../api/org';
import { useCursorList } from '../../shared/cursor/useCursorList';
import { orgKeys } from '../org/queries';

export const registryKeys = {
  all: ['registry'] as const,
  houses: (placeId: number) => ['registry', 'houses', placeId] as const,
  house: (id: number) => ['registry', 'house', id] as const,
  people: (filter: PersonFilter) => ['registry', 'people', filter] as const,
  person: (id: number) => ['registry', 'person', id] as const,
  overdue: (placeId: number) => ['registry', 'overdue', placeId] as const,
};

/** A building's houses come in pages this large, so most buildings need one request. */
const HOUSE_PAGE = 200;

export function useHouseList(placeId: number) {
  return useCursorList(registryKeys.houses(placeId), (cursor, signal) =>
    listHouses({ placeId, cursor, limit: HOUSE_PAGE }, signal),
  );
}

const UNITS_LIMIT = 200;

/** A building's units, in which its houses lie (none when its houses lie in the building itself). */
export function useUnits(buildingId: number, enabled: boolean) {
  return useQuery({
    queryKey: [...orgKeys.all, 'units', buildingId],
    queryFn: async ({ signal }) =>
      (await listNodes({ parentId: buildingId, kind: 'unit', limit: UNITS_LIMIT }, signal)).items,
    enabled,
  });
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
