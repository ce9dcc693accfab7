import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ApiError } from '../../../api/errors';
import { PageSpinner } from '../../../shared/components/PageSpinner';
import { useErrorText } from '../../../shared/errors/useErrorText';
import { Button } from '../../../shared/plain/Button';
import { Notice } from '../../../shared/plain/Notice';
import { canUseResidentPages, homePath, isConsoleUser } from '../access';
import { CurrentUserContext } from '../currentUser';
import { useSession } from '../queries';

interface RequireSessionProps {
  area: 'console' | 'resident';
  children: ReactNode;
}

/**
 * Renders its children only for a signed-in user of the area; others go to the login page or their own home.
 * Plain (no antd): it is part of the app shell every page loads.
 */
export function RequireSession({ area, children }: RequireSessionProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <PageSpinner />;
  if (session.error instanceof ApiError && session.error.status === 401) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  if (session.isError) {
    return (
      <Notice
        kind="error"
        title={errorText(session.error)}
        action={<Button onClick={() => void session.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  const { user } = session.data;
  const allowed = area === 'console' ? isConsoleUser(user) : canUseResidentPages(user);
  if (!allowed) return <Navigate to={homePath(user)} replace />;
  return <CurrentUserContext value={user}>{children}</CurrentUserContext>;
}
