import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as api from '../../api/devices';
import { useCursorList } from '../../shared/cursor/useCursorList';

const key = (...rest: unknown[]) => ['devices', ...rest];
/** Every devices query: what the live alerts refresh. */
export const DEVICES_KEY = key();

export const useDevices = () =>
  useCursorList(key('list'), (cursor, signal) => api.listDevices({ cursor }, signal));
export const useReadings = (id: number) =>
  useCursorList(key('readings', id), (cursor, signal) => api.listReadings(id, { cursor, limit: 20 }, signal));
export const useAlerts = (status: string) =>
  useCursorList(key('alerts', status), (cursor, signal) =>
    api.listAlerts({ cursor, ...(status === 'all' ? {} : { status }) }, signal),
  );

export function useDeviceMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: key() }),
  });
}

/** The console's alert badge: active alerts in the user's scope (refreshed by the alert stream, and each minute). */
export const useActiveAlertCount = () =>
  useQuery({
    queryKey: key('alerts', 'active'),
    queryFn: ({ signal }) => api.activeAlertCount({}, signal),
    refetchInterval: 60_000,
  });
