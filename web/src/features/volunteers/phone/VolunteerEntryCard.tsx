import SmileOutlined from '@ant-design/icons-svg/es/asn/SmileOutlined';
import WalletOutlined from '@ant-design/icons-svg/es/asn/WalletOutlined';
import { useTranslation } from 'react-i18next';
import { EntryCard } from '../../../shared/plain/EntryCard';

/** The resident home page's way in to volunteering and the points passbook. */
export function VolunteerEntryCard() {
  const { t } = useTranslation();
  return (
    <EntryCard
      title={t('volunteers.phone.entry')}
      testId="volunteer-entry"
      entries={[
        {
          to: '/m/volunteers',
          icon: SmileOutlined,
          title: t('volunteers.phone.entry'),
          hint: t('volunteers.phone.entryHint'),
          testId: 'entry-volunteers',
        },
        {
          to: '/m/volunteers/passbook',
          icon: WalletOutlined,
          title: t('volunteers.phone.passbookEntry'),
          hint: t('volunteers.phone.passbookHint'),
          testId: 'entry-passbook-home',
        },
      ]}
    />
  );
}
