import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  castBallot,
  createVote,
  getVote,
  getVoteResult,
  listBallots,
  listElectors,
  listVotes,
  type NewBallot,
  type NewVote,
  voteAction,
  type VoteQuery,
} from '../../api/votes';
import { useCursorList } from '../../shared/cursor/useCursorList';

export const voteKeys = {
  all: ['votes'] as const,
  list: (q: VoteQuery) => ['votes', 'list', q] as const,
  one: (id: number) => ['votes', id] as const,
};

export const useVotes = (q: VoteQuery) =>
  useCursorList(voteKeys.list(q), (cursor, signal) => listVotes({ ...q, cursor }, signal));

export const useVote = (id: number) =>
  useQuery({ queryKey: voteKeys.one(id), queryFn: ({ signal }) => getVote(id, signal) });

/** The live tally refreshes every 10 s while the vote is open; a closed vote's result is final. */
export const useVoteResult = (id: number, enabled: boolean, live: boolean) =>
  useQuery({
    queryKey: [...voteKeys.one(id), 'result'],
    queryFn: ({ signal }) => getVoteResult(id, signal),
    enabled,
    refetchInterval: live ? 10_000 : false,
  });

export const useElectors = (id: number, number: string, enabled: boolean) =>
  useCursorList(
    [...voteKeys.one(id), 'electorate', number],
    (cursor, signal) => listElectors(id, { cursor, limit: 100, ...(number ? { number } : {}) }, signal),
    enabled,
  );

export const useBallots = (id: number, history: boolean, enabled: boolean) =>
  useCursorList(
    [...voteKeys.one(id), 'ballots', history],
    (cursor, signal) => listBallots(id, { cursor, limit: 50, history }, signal),
    enabled,
  );

function useInvalidateVotes() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: voteKeys.all });
}

export function useCreateVote() {
  const invalidate = useInvalidateVotes();
  return useMutation({ mutationFn: (body: NewVote) => createVote(body), onSuccess: invalidate });
}

export function useVoteAction(id: number) {
  const invalidate = useInvalidateVotes();
  return useMutation({
    mutationFn: (action: 'open' | 'close' | 'cancel') => voteAction(id, action),
    onSuccess: invalidate,
  });
}

export function useCastBallot(id: number) {
  const invalidate = useInvalidateVotes();
  return useMutation({ mutationFn: (body: NewBallot) => castBallot(id, body), onSuccess: invalidate });
}
