import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ApiError } from '../../../api/errors';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { PageSpinner } from '../../../shared/components/PageSpinner';
import { canUseResidentPages, homePath, isConsoleUser } from '../access';
import { CurrentUserContext } from '../currentUser';
import { useSession } from '../queries';

interface RequireSessionProps {
  area: 'console' | 'resident';
  children: ReactNode;
}

/** Renders its children only for a signed-in user of the area; others go to the login page or their own home. */
export function RequireSession({ area, children }: RequireSessionProps) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <PageSpinner />;
  if (session.error instanceof ApiError && session.error.status === 401) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  if (session.isError) return <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />;
  const { user } = session.data;
  const allowed = area === 'console' ? isConsoleUser(user) : canUseResidentPages(user);
  if (!allowed) return <Navigate to={homePath(user)} replace />;
  return <CurrentUserContext value={user}>{children}</CurrentUserContext>;
}
