import AlertOutlined from '@ant-design/icons-svg/es/asn/AlertOutlined';
import ApartmentOutlined from '@ant-design/icons-svg/es/asn/ApartmentOutlined';
import FileTextOutlined from '@ant-design/icons-svg/es/asn/FileTextOutlined';
import { useTranslation } from 'react-i18next';
import { EntryCard } from '../../../../shared/plain/EntryCard';

/** The resident home page's way in to reporting a problem, their reports and their grid. */
export function EventsEntryCard() {
  const { t } = useTranslation();
  return (
    <EntryCard
      title={t('residentEvents.entry.title')}
      testId="events-entry"
      entries={[
        {
          to: '/m/report',
          primary: true,
          icon: AlertOutlined,
          title: t('residentEvents.entry.report'),
          hint: t('residentEvents.entry.reportHint'),
          testId: 'entry-report',
        },
        {
          to: '/m/reports',
          icon: FileTextOutlined,
          title: t('residentEvents.entry.myReports'),
          hint: t('residentEvents.entry.myReportsHint'),
          testId: 'entry-my-reports',
        },
        {
          to: '/m/grid',
          icon: ApartmentOutlined,
          title: t('residentEvents.entry.myGrid'),
          hint: t('residentEvents.entry.myGridHint'),
          testId: 'entry-my-grid',
        },
      ]}
    />
  );
}
