import { Navigate } from 'react-router';
import { homePath } from '../features/auth/access';
import { useSession } from '../features/auth/queries';
import { PageSpinner } from '../shared/components/PageSpinner';

/** `/`: the user's home when signed in, else the login page. */
export function RootRedirect() {
  const session = useSession();
  if (session.isPending) return <PageSpinner />;
  return <Navigate to={session.data ? homePath(session.data.user) : '/login'} replace />;
}
