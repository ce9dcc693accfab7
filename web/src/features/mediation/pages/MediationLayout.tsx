import { Tabs } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { PageSpinner } from '../../../shared/components/PageSpinner';
import { PageTitle } from '../../../shared/components/PageTitle';

const BASE = '/console/mediation';
const SECTIONS = ['cases', 'mediators', 'stats'] as const;
type Section = (typeof SECTIONS)[number];
const pathOf = (s: Section) => (s === 'cases' ? BASE : `${BASE}/${s}`);

/** `/console/mediation`: the cases, the mediators and the counts as tabs. */
export default function MediationLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return (
    <>
      <PageTitle title={t('mediation.title')} />
      <Tabs
        activeKey={SECTIONS.find((s) => s !== 'cases' && pathname.startsWith(pathOf(s))) ?? 'cases'}
        onChange={(key) => void navigate(pathOf(SECTIONS.find((s) => s === key) ?? 'cases'))}
        items={SECTIONS.map((s) => ({ key: s, label: t(`mediation.tabs.${s}`) }))}
        style={{ marginBottom: 8 }}
        data-testid="mediation-tabs"
      />
      <Suspense fallback={<PageSpinner />}>
        <Outlet />
      </Suspense>
    </>
  );
}
