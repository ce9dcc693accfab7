import { Tabs } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { PageSpinner } from '../../../shared/components/PageSpinner';
import { PageTitle } from '../../../shared/components/PageTitle';

const BASE = '/console/volunteers';
const SECTIONS = ['activities', 'teams', 'stats', 'rewards', 'passbooks'] as const;
type Section = (typeof SECTIONS)[number];

const pathOf = (section: Section) => (section === 'activities' ? BASE : `${BASE}/${section}`);
const sectionOf = (pathname: string): Section =>
  SECTIONS.find((s) => s !== 'activities' && pathname.startsWith(pathOf(s))) ?? 'activities';

/** `/console/volunteers`: activities, teams, hours, rewards and passbooks as tabs. */
export default function VolunteersLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return (
    <>
      <PageTitle title={t('volunteers.title')} />
      <Tabs
        activeKey={sectionOf(pathname)}
        onChange={(key) => void navigate(pathOf(SECTIONS.find((s) => s === key) ?? 'activities'))}
        items={SECTIONS.map((s) => ({ key: s, label: t(`volunteers.tabs.${s}`) }))}
        style={{ marginBottom: 8 }}
        data-testid="volunteers-tabs"
      />
      <Suspense fallback={<PageSpinner />}>
        <Outlet />
      </Suspense>
    </>
  );
}
