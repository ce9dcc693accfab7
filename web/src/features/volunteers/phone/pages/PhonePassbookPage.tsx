import { App, Button, Card, Empty, Flex, List, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { redeem, type Reward } from '../../../../api/volunteers';
import { PageSpinner } from '../../../../shared/components/PageSpinner';
import { ErrorAlert } from '../../../../shared/errors/ErrorAlert';
import { useNotifyError } from '../../../../shared/errors/useNotifyError';
import { formatDateTime } from '../../../../shared/format';
import { PhoneHeader } from '../../../events/phone/components/PhoneHeader';
import { useMyPoints, useRewards, useVolunteerMutation } from '../../queries';

/** `/m/volunteers/passbook` (爱心存折): the balance, every entry with its cause, and rewards to redeem. */
export default function PhonePassbookPage() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const notify = useNotifyError();
  const points = useMyPoints();
  const rewards = useRewards();
  const take = useVolunteerMutation((r: Reward) => redeem(r.id));
  if (points.isLoading) return <PageSpinner />;
  if (points.error || !points.data)
    return <ErrorAlert error={points.error} onRetry={() => void points.refetch()} />;
  const balanceIn = (communityId: number) =>
    points.data.passbooks.find((p) => p.communityId === communityId)?.balance ?? 0;
  const total = points.data.passbooks.reduce((sum, p) => sum + p.balance, 0);
  return (
    <Flex vertical gap="middle" data-testid="phone-passbook">
      <PhoneHeader title={t('volunteers.passbook.title')} back="/m/volunteers" />
      <Card>
        <Statistic title={t('volunteers.passbook.balance')} value={total} valueStyle={{ fontSize: 40 }} />
        <span data-testid="balance" hidden>
          {total}
        </span>
      </Card>
      <Card size="small" title={t('volunteers.phone.rewards')}>
        <List
          dataSource={rewards.items.filter((r) => r.actions.includes('redeem'))}
          locale={{ emptyText: <Empty description={t('common.noResults')} /> }}
          renderItem={(r) => (
            <List.Item
              data-testid="reward"
              actions={[
                <Button
                  key="redeem"
                  type="primary"
                  disabled={balanceIn(r.communityId) < r.cost}
                  onClick={() =>
                    void modal.confirm({
                      title: t('volunteers.phone.redeemConfirm', { cost: r.cost, name: r.name }),
                      okButtonProps: { 'data-testid': 'redeem-ok' },
                      onOk: () =>
                        take
                          .mutateAsync(r)
                          .then(() => void message.success(t('volunteers.phone.redeemed')))
                          .catch(notify),
                    })
                  }
                  data-testid="redeem"
                >
                  {balanceIn(r.communityId) < r.cost
                    ? t('volunteers.phone.notEnough')
                    : t('volunteers.phone.redeem')}
                </Button>,
              ]}
            >
              <List.Item.Meta title={r.name} description={`${r.cost} ${t('volunteers.fields.points')}`} />
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={t('volunteers.passbook.entries')}>
        {points.data.items.length === 0 ? <Empty description={t('volunteers.passbook.none')} /> : null}
        <List
          dataSource={points.data.items}
          renderItem={(e) => (
            <List.Item
              data-testid="entry"
              extra={
                <Typography.Text strong type={e.points > 0 ? 'success' : 'danger'}>
                  {e.points > 0 ? `+${e.points}` : e.points}
                </Typography.Text>
              }
            >
              <List.Item.Meta
                title={`${t(`volunteers.passbook.entryKinds.${e.kind}`)} · ${e.note}`}
                description={formatDateTime(e.createdAt)}
              />
            </List.Item>
          )}
        />
      </Card>
    </Flex>
  );
}
