import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deliverRedemption, type Redemption, type Reward, updateReward } from '../../../api/volunteers';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { useNotifyError } from '../../../shared/errors/useNotifyError';
import { formatDateTime } from '../../../shared/format';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { placeLabel } from '../../votes/model';
import { CreateRewardModal } from '../components/CreateRewardModal';
import { RulesCard } from '../components/RulesCard';
import { useCommunityChoice } from '../components/useCommunityChoice';
import { useRedemptions, useRewards, useVolunteerMutation } from '../queries';

/** `/console/volunteers/rewards`: the catalogue, what residents redeemed (to hand over), and the points rules. */
export default function RewardsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const notify = useNotifyError();
  const [creating, setCreating] = useState(false);
  const rewards = useRewards();
  const { communityId, picker } = useCommunityChoice();
  const redemptions = useRedemptions(communityId);
  const toggle = useVolunteerMutation((r: Reward) => updateReward(r.id, { active: !r.active }));
  const deliver = useVolunteerMutation((r: Redemption) => deliverRedemption(r.id));
  return (
    <Flex vertical gap="middle">
      <Card
        title={t('volunteers.rewards.title')}
        extra={
          hasPermission(user, 'volunteer.manage') ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="reward-create"
            >
              {t('volunteers.rewards.create')}
            </Button>
          ) : null
        }
      >
        <CursorTable<Reward>
          list={rewards}
          testId="rewards-table"
          columns={[
            { title: t('volunteers.rewards.name'), dataIndex: 'name' },
            { title: t('volunteers.rewards.cost'), dataIndex: 'cost' },
            {
              title: t('volunteers.rewards.stock'),
              render: (_, r) => r.stock ?? t('volunteers.rewards.unlimited'),
            },
            { title: t('volunteers.fields.where'), render: (_, r) => placeLabel(r.path) },
            {
              title: t('volunteers.fields.status'),
              render: (_, r) => (
                <Tag color={r.active ? 'green' : 'default'}>
                  {r.active ? t('volunteers.rewards.active') : t('volunteers.rewards.inactive')}
                </Tag>
              ),
            },
            {
              title: t('common.actions'),
              render: (_, r) =>
                r.actions.includes('update') ? (
                  <Button size="small" onClick={() => toggle.mutate(r, { onError: notify })}>
                    {r.active ? t('volunteers.rewards.withdraw') : t('volunteers.rewards.offer')}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      <Card title={t('volunteers.rewards.redemptions')} extra={picker}>
        {communityId ? (
          <CursorTable<Redemption>
            list={redemptions}
            testId="redemptions-table"
            columns={[
              { title: t('volunteers.fields.name'), dataIndex: 'name' },
              { title: t('volunteers.rewards.name'), dataIndex: 'rewardName' },
              { title: t('volunteers.rewards.cost'), dataIndex: 'cost' },
              { title: t('common.createdAt'), render: (_, r) => formatDateTime(r.createdAt) },
              {
                title: t('volunteers.fields.status'),
                render: (_, r) =>
                  r.actions.includes('deliver') ? (
                    <Button size="small" onClick={() => deliver.mutate(r, { onError: notify })}>
                      {t('volunteers.rewards.deliver')}
                    </Button>
                  ) : (
                    <Tag color={r.status === 'delivered' ? 'green' : 'orange'}>
                      {t(`volunteers.rewards.${r.status}`)}
                    </Tag>
                  ),
              },
            ]}
          />
        ) : null}
      </Card>
      {communityId ? <RulesCard communityId={communityId} /> : null}
      <CreateRewardModal open={creating} onClose={() => setCreating(false)} />
    </Flex>
  );
}
