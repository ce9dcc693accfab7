import { Tabs } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { PageSpinner } from '../../../shared/components/PageSpinner';
import { PageTitle } from '../../../shared/components/PageTitle';

const BASE = '/console/projects';
const SECTIONS = ['projects', 'needs', 'resources', 'partners'] as const;
type Section = (typeof SECTIONS)[number];

const pathOf = (section: Section) => (section === 'projects' ? BASE : `${BASE}/${section}`);
const sectionOf = (pathname: string): Section =>
  SECTIONS.find((s) => s !== 'projects' && pathname.startsWith(pathOf(s))) ?? 'projects';

/** `/console/projects`: micro-projects, the needs and resources lists, and partner units, as tabs. */
export default function ProjectsLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return (
    <>
      <PageTitle title={t('projects.title')} />
      <Tabs
        activeKey={sectionOf(pathname)}
        onChange={(key) => void navigate(pathOf(SECTIONS.find((s) => s === key) ?? 'projects'))}
        items={SECTIONS.map((s) => ({ key: s, label: t(`projects.tabs.${s}`) }))}
        style={{ marginBottom: 8 }}
        data-testid="projects-tabs"
      />
      <Suspense fallback={<PageSpinner />}>
        <Outlet />
      </Suspense>
    </>
  );
}
