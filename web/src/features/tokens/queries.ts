import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createToken, listTokens, revokeToken } from '../../api/auth';
import { useCursorList } from '../../shared/cursor/useCursorList';

const tokenKeys = { all: ['tokens'] as const };

export function useTokenList() {
  return useCursorList(tokenKeys.all, (cursor, signal) => listTokens({ cursor }, signal));
}

function useInvalidateTokens() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: tokenKeys.all });
}

export function useCreateToken() {
  const onSuccess = useInvalidateTokens();
  return useMutation({ mutationFn: createToken, onSuccess });
}

export function useRevokeToken() {
  const onSuccess = useInvalidateTokens();
  return useMutation({ mutationFn: revokeToken, onSuccess });
}
