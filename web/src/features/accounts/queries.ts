import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type Account,
  addRole,
  createAccount,
  listAccounts,
  removeRole,
  type RoleAssignment,
  unlockAccount,
} from '../../api/accounts';
import { useCursorList } from '../../shared/cursor/useCursorList';

const accountKeys = { all: ['accounts'] as const };

export function useAccountList(q: string) {
  return useCursorList([...accountKeys.all, q], (cursor, signal) => listAccounts({ q, cursor }, signal));
}

function useInvalidateAccounts() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: accountKeys.all });
}

export function useCreateAccount() {
  const onSuccess = useInvalidateAccounts();
  return useMutation({ mutationFn: createAccount, onSuccess });
}

export function useUnlockAccount() {
  const onSuccess = useInvalidateAccounts();
  return useMutation({ mutationFn: unlockAccount, onSuccess });
}

export function useAddRole() {
  const onSuccess = useInvalidateAccounts();
  return useMutation({
    mutationFn: ({ account, grant }: { account: Account; grant: RoleAssignment }) =>
      addRole(account.id, grant),
    onSuccess,
  });
}

export function useRemoveRole() {
  const onSuccess = useInvalidateAccounts();
  return useMutation({
    mutationFn: ({ account, grant }: { account: Account; grant: RoleAssignment }) =>
      removeRole(account.id, grant),
    onSuccess,
  });
}
