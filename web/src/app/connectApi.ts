import type { QueryClient } from '@tanstack/react-query';
import { fetchMe } from '../api/auth';
import { setCsrfRefresher, setUnauthorizedHandler } from '../api/client';
import { authKeys } from '../features/auth/queries';

type Navigate = (
  to: string,
  options: { replace: boolean; state: { from: string; reason: string } },
) => Promise<void>;

/** A lost session sends the user to the login page; a stale CSRF token is refreshed through `/auth/me`. */
export function connectApi(queryClient: QueryClient, navigate: Navigate): void {
  setUnauthorizedHandler((error) => {
    const { pathname, search } = window.location;
    if (pathname === '/login') return;
    void navigate('/login', { replace: true, state: { from: pathname + search, reason: error.code } }).then(
      () => queryClient.removeQueries(),
    );
  });
  setCsrfRefresher(async () => {
    queryClient.setQueryData(authKeys.session, await fetchMe());
  });
}
