import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { bindHouse, fetchMe, login, logout, requestSignupCode, type Session, signUp } from '../../api/auth';

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

/** A call that opens a session (login, sign-up): nothing cached from before it survives. */
function useSessionStart<Variables>(mutationFn: (variables: Variables) => Promise<Session>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (session: Session) => {
      queryClient.removeQueries();
      queryClient.setQueryData(authKeys.session, session);
    },
  });
}

export function useLogin() {
  return useSessionStart(login);
}

/** Texts a sign-up code to a phone (`POST /signup/code`). */
export function useRequestSignupCode() {
  return useMutation({ mutationFn: requestSignupCode });
}

/** Creates a resident account and signs it in (`POST /signup`). */
export function useSignup() {
  return useSessionStart(signUp);
}

/** Binds the user to a house by invitation code, then reads the user again (a bound house brings a role). */
export function useBindHouse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: bindHouse,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authKeys.session }),
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
