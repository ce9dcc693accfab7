import { useQueryClient } from '@tanstack/react-query';
import { listMyBindingRequests } from '../../api/auth';
import { useCursorList } from '../../shared/cursor/useCursorList';

export const residentKeys = {
  bindingRequests: ['resident', 'binding-requests'] as const,
};

/** The signed-in resident's own binding requests (`GET /me/binding-requests`), newest first. */
export function useMyBindingRequests() {
  return useCursorList(residentKeys.bindingRequests, (cursor, signal) =>
    listMyBindingRequests({ cursor }, signal),
  );
}

/** After a code is entered, the list of requests is read again (a pending one may have been added). */
export function useRefreshMyBindingRequests() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: residentKeys.bindingRequests });
}
