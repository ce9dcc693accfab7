import { SmileOutlined, WalletOutlined } from '@ant-design/icons';
import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { EntryButton } from '../../events/phone/components/EventsEntryCard';

/** The resident home page's way in to volunteering and the points passbook. */
export function VolunteerEntryCard() {
  const { t } = useTranslation();
  return (
    <Card title={t('volunteers.phone.entry')} data-testid="volunteer-entry">
      <Flex vertical gap="small">
        <EntryButton
          to="/m/volunteers"
          icon={<SmileOutlined />}
          title={t('volunteers.phone.entry')}
          hint={t('volunteers.phone.entryHint')}
          testId="entry-volunteers"
        />
        <EntryButton
          to="/m/volunteers/passbook"
          icon={<WalletOutlined />}
          title={t('volunteers.phone.passbookEntry')}
          hint={t('volunteers.phone.passbookHint')}
          testId="entry-passbook-home"
        />
      </Flex>
    </Card>
  );
}
