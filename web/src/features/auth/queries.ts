import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { fetchMe, login, logout, type Session } from '../../api/auth';

export const authKeys = {
  session: ['auth', 'session'] as const,
};

/** The signed-in user and CSRF token (`GET /auth/me`); a 401 means nobody is signed in. */
export function useSession() {
  return useQuery({
    queryKey: authKeys.session,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (session: Session) => {
      queryClient.removeQueries();
      queryClient.setQueryData(authKeys.session, session);
    },
  });
}

/** Ends the session, goes to the login page, then forgets every cached answer. */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    onSettled: async () => {
      await navigate('/login', { replace: true });
      queryClient.removeQueries();
    },
  });
}
