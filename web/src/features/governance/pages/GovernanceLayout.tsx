import { Tabs } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate, useSearchParams } from 'react-router';
import { PageSpinner } from '../../../shared/components/PageSpinner';

const BASE = '/console/governance';
const SECTIONS = ['coverage', 'leaders', 'bodies', 'checkins', 'capable'] as const;
type Section = (typeof SECTIONS)[number];

const pathOf = (section: Section) => (section === 'coverage' ? BASE : `${BASE}/${section}`);

function sectionOf(pathname: string): Section {
  return (
    SECTIONS.find((section) => section !== 'coverage' && pathname.startsWith(pathOf(section))) ?? 'coverage'
  );
}

/**
 * `/console/governance`: coverage, building leaders, the bodies of a compound, party members' check-ins
 * and capable persons, as tabs. The compound chosen on one tab stays chosen on the others.
 */
export default function GovernanceLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const placeId = params.get('placeId');

  return (
    <>
      <Tabs
        activeKey={sectionOf(pathname)}
        onChange={(key) => {
          const section = SECTIONS.find((s) => s === key) ?? 'coverage';
          const keep = section !== 'coverage' && placeId ? `?placeId=${placeId}` : '';
          void navigate(pathOf(section) + keep);
        }}
        items={SECTIONS.map((section) => ({ key: section, label: t(`governance.tabs.${section}`) }))}
        style={{ marginBottom: 8 }}
        data-testid="governance-tabs"
      />
      <Suspense fallback={<PageSpinner />}>
        <Outlet />
      </Suspense>
    </>
  );
}
