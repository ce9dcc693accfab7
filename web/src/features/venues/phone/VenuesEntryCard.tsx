import CalendarOutlined from '@ant-design/icons-svg/es/asn/CalendarOutlined';
import SolutionOutlined from '@ant-design/icons-svg/es/asn/SolutionOutlined';
import { useTranslation } from 'react-i18next';
import { EntryCard } from '../../../shared/plain/EntryCard';

/** The resident home page's way in to booking a room and to the service guide. */
export function VenuesEntryCard() {
  const { t } = useTranslation();
  return (
    <EntryCard
      title={t('venues.phone.entryTitle')}
      testId="venues-entry"
      entries={[
        {
          to: '/m/venues',
          icon: CalendarOutlined,
          title: t('venues.phone.entry'),
          hint: t('venues.phone.entryHint'),
          testId: 'entry-venues',
        },
        {
          to: '/m/services',
          icon: SolutionOutlined,
          title: t('venues.phone.guideEntry'),
          hint: t('venues.phone.guideHint'),
          testId: 'entry-services',
        },
      ]}
    />
  );
}
