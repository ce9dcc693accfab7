import BulbOutlined from '@ant-design/icons-svg/es/asn/BulbOutlined';
import FundProjectionScreenOutlined from '@ant-design/icons-svg/es/asn/FundProjectionScreenOutlined';
import { useTranslation } from 'react-i18next';
import { EntryCard } from '../../../shared/plain/EntryCard';

/** The resident home page's way in to the compound's micro-projects and to raising a need. */
export function ProjectsEntryCard() {
  const { t } = useTranslation();
  return (
    <EntryCard
      title={t('projects.phone.entry')}
      testId="projects-entry"
      entries={[
        {
          to: '/m/projects',
          icon: FundProjectionScreenOutlined,
          title: t('projects.phone.entry'),
          hint: t('projects.phone.entryHint'),
          testId: 'entry-projects',
        },
        {
          to: '/m/projects?raise=1',
          icon: BulbOutlined,
          title: t('projects.phone.raise'),
          hint: t('projects.phone.raiseHint'),
          testId: 'entry-raise-need',
        },
      ]}
    />
  );
}
