import { createContext, useContext } from 'react';
import type { User } from '../../api/auth';

/** The signed-in user, given by `RequireSession` to the pages under it. */
export const CurrentUserContext = createContext<User | null>(null);

/**
 * The user of a page rendered under `RequireSession`. Read from context rather than from the session
 * query, so a page being left while the session is dropped (logout) never renders without a user.
 */
export function useCurrentUser(): User {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser outside RequireSession');
  return user;
}
