import { App, Button, Card, Empty, Flex, List, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { takeRequest } from '../../../../api/volunteers';
import { PageSpinner } from '../../../../shared/components/PageSpinner';
import { ErrorAlert } from '../../../../shared/errors/ErrorAlert';
import { useNotifyError } from '../../../../shared/errors/useNotifyError';
import { formatDateTime } from '../../../../shared/format';
import { PhoneHeader } from '../../../events/phone/components/PhoneHeader';
import { usePartyService, useVolunteerMutation } from '../../queries';
import { PhoneActivityCard } from '../PhoneActivityCard';

/**
 * `/m/volunteers/party` (党员服务): for a party member, the compounds they serve, the open requests there nobody
 * has taken (taking one makes it theirs: they then follow it in "my reports"), the activities, and their months.
 */
export default function PhonePartyPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const notify = useNotifyError();
  const party = usePartyService();
  const take = useVolunteerMutation(takeRequest);
  if (party.isLoading) return <PageSpinner />;
  if (party.error || !party.data)
    return <ErrorAlert error={party.error} onRetry={() => void party.refetch()} />;
  const p = party.data;
  return (
    <Flex vertical gap="middle" data-testid="phone-party">
      <PhoneHeader title={t('volunteers.party.title')} back="/m/volunteers" />
      {p.compounds.length === 0 ? (
        <Empty description={t('volunteers.party.notMember')} />
      ) : (
        <Typography.Text type="secondary">
          {t('volunteers.party.compounds', { names: p.compounds.map((c) => c.name).join('、') })}
        </Typography.Text>
      )}
      <Card size="small" title={t('volunteers.party.requests')}>
        <List
          dataSource={p.openRequests}
          locale={{ emptyText: t('volunteers.party.noRequests') }}
          renderItem={(r) => (
            <List.Item
              data-testid="open-request"
              actions={[
                <Button
                  key="take"
                  type="primary"
                  onClick={() =>
                    take.mutate(r.id, {
                      onSuccess: () => {
                        void message.success(t('volunteers.party.taken'));
                        void navigate(`/m/reports/${r.id}`);
                      },
                      onError: notify,
                    })
                  }
                >
                  {t('volunteers.party.take')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={r.description}
                description={`${r.compoundName} · ${formatDateTime(r.reportedAt)}`}
              />
            </List.Item>
          )}
        />
      </Card>
      {p.activities.map((a) => (
        <PhoneActivityCard key={a.id} activity={a} />
      ))}
      <Card size="small" title={t('volunteers.party.months')}>
        <Table
          rowKey="month"
          size="small"
          pagination={false}
          dataSource={p.months}
          columns={[
            { title: t('volunteers.passbook.month'), dataIndex: 'month' },
            { title: t('volunteers.fields.hours'), dataIndex: 'hours' },
            { title: t('volunteers.stats.personTimes'), dataIndex: 'personTimes' },
            { title: t('volunteers.party.closed'), dataIndex: 'requests' },
          ]}
        />
      </Card>
    </Flex>
  );
}
