import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as api from '../../api/venues';
import { useCursorList } from '../../shared/cursor/useCursorList';

/** Stations, rooms, bookings and services change together (a booking moves the schedule and the statistics). */
const venueKeys = ['venues'] as const;
const k = (...rest: unknown[]) => [...venueKeys, ...rest];

export const useStations = () =>
  useCursorList(k('stations'), (cursor, signal) => api.listStations({ cursor }, signal));
export const useRooms = (stationId?: number) =>
  useCursorList(k('rooms', stationId), (cursor, signal) =>
    api.listRooms({ cursor, stationId, limit: 200 }, signal),
  );
export const useRoom = (id: number) =>
  useQuery({ queryKey: k('room', id), queryFn: ({ signal }) => api.getRoom(id, signal) });
export const useSchedule = (id: number, from: string, to: string) =>
  useQuery({
    queryKey: k('schedule', id, from, to),
    queryFn: ({ signal }) => api.getSchedule(id, { from, to }, signal),
  });
export const useBookings = (status?: 'confirmed' | 'cancelled') =>
  useCursorList(k('bookings', status), (cursor, signal) => api.listBookings({ cursor, status }, signal));
export const useMyBookings = () =>
  useCursorList(k('mine'), (cursor, signal) => api.myBookings({ cursor }, signal));
export const useVenueStats = (month: string) =>
  useQuery({ queryKey: k('stats', month), queryFn: ({ signal }) => api.getStats(month, signal) });
export const useServices = (q: { q?: string; stationId?: number }) =>
  useCursorList(k('services', q), (cursor, signal) => api.listServices({ ...q, cursor }, signal));

/** A change here may move any list above, so every venue query is refetched after it. */
export function useVenueMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: venueKeys }),
  });
}
