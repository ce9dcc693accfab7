import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type ConsoleFeature, canUse } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';

/** A console page, or "no access" for a user whose roles cannot use it (reached by typing the address). */
export default function FeatureGate({ feature, page }: { feature: ConsoleFeature; page: ReactNode }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return canUse(user, feature) ? (
    page
  ) : (
    <Result status="403" title={t('shell.noAccess')} subTitle={t('shell.noAccessHint')} />
  );
}
