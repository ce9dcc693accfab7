import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createElevator,
  elevatorAction,
  getElevator,
  getEligibility,
  giveConsent,
  listElevators,
  saveCosts,
  setOccupied,
  type ElevatorQuery,
  type ElevatorRouteAction,
} from '../../api/elevators';
import { listHouses } from '../../api/registry';
import { useCursorList } from '../../shared/cursor/useCursorList';

export const elevatorKeys = {
  all: ['elevators'] as const,
  list: (q: ElevatorQuery) => ['elevators', 'list', q] as const,
  one: (id: number) => ['elevators', id] as const,
};

export const useElevators = (q: ElevatorQuery) =>
  useCursorList(elevatorKeys.list(q), (cursor, signal) => listElevators({ ...q, cursor }, signal));

export const useElevator = (id: number) =>
  useQuery({ queryKey: elevatorKeys.one(id), queryFn: ({ signal }) => getElevator(id, signal) });

export const useEligibility = (unitId: number | undefined) =>
  useQuery({
    queryKey: ['elevators', 'eligibility', unitId],
    queryFn: ({ signal }) => getEligibility(unitId!, signal),
    enabled: !!unitId,
  });

/** A change to a retrofit also changes its vote and notice: refresh those lists too. */
function useInvalidate() {
  const client = useQueryClient();
  return () =>
    Promise.all(
      ['elevators', 'votes', 'notices'].map((key) => client.invalidateQueries({ queryKey: [key] })),
    );
}

export function useCreateElevator() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: createElevator, onSuccess: invalidate });
}

export function useElevatorAction(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { action: ElevatorRouteAction; noticeDays?: number }) =>
      elevatorAction(id, a.action, a.noticeDays ? { noticeDays: a.noticeDays } : {}),
    onSuccess: invalidate,
  });
}

export function useGiveConsent(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: { houseId: number; channel: 'online' | 'paper' }) => giveConsent(id, body),
    onSuccess: invalidate,
  });
}

/** The houses of a unit, to pick those the elevator occupies. */
export const useUnitHouses = (unitId: number | undefined) =>
  useQuery({
    queryKey: ['registry', 'houses', 'of-unit', unitId],
    queryFn: ({ signal }) => listHouses({ placeId: unitId!, limit: 200 }, signal),
    enabled: !!unitId,
  });

export function useSetOccupied(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (houseIds: number[]) => setOccupied(id, houseIds),
    onSuccess: invalidate,
  });
}

export function useSaveCosts(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: { budget: number; weights: { floor: number; weight: number }[] }) =>
      saveCosts(id, body),
    onSuccess: invalidate,
  });
}
