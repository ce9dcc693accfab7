import FlagOutlined from '@ant-design/icons-svg/es/asn/FlagOutlined';
import WalletOutlined from '@ant-design/icons-svg/es/asn/WalletOutlined';
import { Card, Empty, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageSpinner } from '../../../../shared/components/PageSpinner';
import { LoadMore } from '../../../../shared/cursor/LoadMore';
import { ErrorAlert } from '../../../../shared/errors/ErrorAlert';
import { EntryLink } from '../../../../shared/plain/EntryCard';
import { PhoneHeader } from '../../../events/phone/components/PhoneHeader';
import { timeRange } from '../../model';
import { useActivities, useMyService, usePartyService } from '../../queries';
import { PhoneActivityCard } from '../PhoneActivityCard';

/** `/m/volunteers`: activities near the resident still ahead, their hours, and the way to the passbook. */
export default function PhoneVolunteersPage() {
  const { t } = useTranslation();
  const list = useActivities({ when: 'upcoming' });
  const mine = useMyService().data;
  const party = usePartyService().data;
  return (
    <Flex vertical gap="middle" data-testid="phone-volunteers">
      <PhoneHeader title={t('volunteers.phone.title')} back="/m" />
      {mine ? (
        <Typography.Text strong data-testid="my-hours">
          {t('volunteers.phone.myHours', { hours: mine.hours, times: mine.personTimes })}
        </Typography.Text>
      ) : null}
      <EntryLink
        to="/m/volunteers/passbook"
        icon={WalletOutlined}
        title={t('volunteers.phone.passbookEntry')}
        hint={t('volunteers.phone.passbookHint')}
        testId="entry-passbook"
      />
      {party?.compounds.length ? (
        <EntryLink
          to="/m/volunteers/party"
          icon={FlagOutlined}
          title={t('volunteers.party.entry')}
          hint={t('volunteers.party.entryHint')}
          testId="entry-party"
        />
      ) : null}
      {list.isLoading ? <PageSpinner /> : null}
      {list.error ? <ErrorAlert error={list.error} onRetry={list.refetch} /> : null}
      {!list.isLoading && !list.error && list.items.length === 0 ? (
        <Empty description={t('volunteers.phone.none')} />
      ) : null}
      {list.items.map((a) => (
        <PhoneActivityCard key={a.id} activity={a} />
      ))}
      <LoadMore list={list} />
      {mine && mine.signups.length ? (
        <Card size="small" title={t('volunteers.phone.mine')}>
          <List
            size="small"
            dataSource={mine.signups}
            renderItem={(s) => (
              <List.Item extra={s.hours !== null ? `${s.hours} h` : null}>
                <List.Item.Meta title={s.title} description={timeRange(s)} />
              </List.Item>
            )}
          />
        </Card>
      ) : null}
    </Flex>
  );
}
