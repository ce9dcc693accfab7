import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as api from '../../api/volunteers';
import { useCursorList } from '../../shared/cursor/useCursorList';

/** Everything here changes together (a check-out moves hours, points and balances), so one key prefix each. */
export const volunteerKeys = { all: ['volunteers'] as const, points: ['points'] as const };

const vk = (...rest: unknown[]) => [...volunteerKeys.all, ...rest];
const pk = (...rest: unknown[]) => [...volunteerKeys.points, ...rest];

export const useTeams = (nodeId?: number) =>
  useCursorList(vk('teams', nodeId), (cursor, signal) => api.listTeams({ cursor, nodeId }, signal));
export const useMembers = (teamId: number) =>
  useCursorList(vk('members', teamId), (cursor, signal) => api.listMembers(teamId, { cursor }, signal));
export const useActivities = (q: { nodeId?: number; teamId?: number; when?: 'all' | 'upcoming' }) =>
  useCursorList(vk('activities', q), (cursor, signal) => api.listActivities({ ...q, cursor }, signal));
export const useActivity = (id: number) =>
  useQuery({ queryKey: vk('activity', id), queryFn: ({ signal }) => api.getActivity(id, signal) });
export const useSignups = (id: number, enabled: boolean) =>
  useCursorList(
    vk('signups', id),
    (cursor, signal) => api.listSignups(id, { cursor, limit: 200 }, signal),
    enabled,
  );
export const useStats = (by: api.StatsBy, nodeId?: number) =>
  useCursorList(vk('stats', by, nodeId), (cursor, signal) => api.getStats({ by, nodeId, cursor }, signal));
/** The totals come with every page; the first page's are the list's. */
export const useStatsTotal = (by: api.StatsBy, nodeId?: number) =>
  useQuery({
    queryKey: vk('stats-total', by, nodeId),
    queryFn: ({ signal }) => api.getStats({ by, nodeId, limit: 1 }, signal),
  });
export const useMyService = () =>
  useQuery({ queryKey: vk('me'), queryFn: ({ signal }) => api.getMyService(signal) });

/**
 * The organiser's code, fetched again every 20 s: a code is accepted for its minute and the next, so the one on
 * screen is always good for at least a minute.
 */
export const useCheckCode = (id: number, action: api.CheckAction, enabled: boolean) =>
  useQuery({
    queryKey: vk('code', id, action),
    queryFn: ({ signal }) => api.getCode(id, action, signal),
    enabled,
    refetchInterval: 20_000,
  });

export const useRules = (communityId: number | undefined) =>
  useQuery({
    queryKey: pk('rules', communityId),
    queryFn: ({ signal }) => api.getRules(communityId!, signal),
    enabled: !!communityId,
  });
export const usePassbooks = (communityId: number | undefined) =>
  useCursorList(
    pk('passbooks', communityId),
    (cursor, signal) => api.listPassbooks({ communityId: communityId!, cursor }, signal),
    !!communityId,
  );
export const usePassbook = (personId: number) =>
  useQuery({
    queryKey: pk('passbook', personId),
    queryFn: ({ signal }) => api.getPassbook(personId, signal),
  });
export const useEntries = (personId: number) =>
  useCursorList(pk('entries', personId), (cursor, signal) => api.listEntries(personId, { cursor }, signal));
export const useStatement = (personId: number, month: string) =>
  useQuery({
    queryKey: pk('statement', personId, month),
    queryFn: ({ signal }) => api.getStatement(personId, month, signal),
  });
export const useMyPoints = () =>
  useQuery({ queryKey: pk('me'), queryFn: ({ signal }) => api.getMyPoints({ limit: 100 }, signal) });
export const useRewards = (nodeId?: number) =>
  useCursorList(pk('rewards', nodeId), (cursor, signal) => api.listRewards({ cursor, nodeId }, signal));
export const useRedemptions = (communityId: number | undefined, status?: 'requested' | 'delivered') =>
  useCursorList(
    pk('redemptions', communityId, status),
    (cursor, signal) => api.listRedemptions({ communityId: communityId!, status, cursor }, signal),
    !!communityId,
  );

/** A change that may move anything above: every volunteer and points query is refetched after it. */
export function useVolunteerMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: volunteerKeys.all }),
        client.invalidateQueries({ queryKey: volunteerKeys.points }),
      ]);
    },
  });
}

export const usePartyService = () =>
  useQuery({ queryKey: vk('party'), queryFn: ({ signal }) => api.getPartyService(signal) });
