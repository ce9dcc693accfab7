import { Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { startPatrol } from '../../../api/patrols';
import { PageTitle } from '../../../shared/components/PageTitle';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { useNotifyError } from '../../../shared/errors/useNotifyError';
import { formatDateTime } from '../../../shared/format';
import { windowsText } from '../model';
import { usePatrolMutation, usePatrols, usePlans } from '../queries';

/**
 * `/console/patrols/walk`: the grid worker's or building leader's own plans and open patrols, laid out for a
 * 375 px phone (staff have no phone area; the console's menu folds into a drawer at that width).
 */
export default function WalkPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotifyError();
  const plans = usePlans(true);
  const open = usePatrols({ mine: true, status: 'in_progress' });
  const start = usePatrolMutation(startPatrol);
  async function begin(planId: number) {
    try {
      const p = await start.mutateAsync(planId);
      void navigate(`/console/patrols/walk/${p.id}`);
    } catch (e) {
      notify(e);
    }
  }
  return (
    <div style={{ maxWidth: 560 }}>
      <PageTitle title={t('shell.menu.patrolWalk')} />
      {open.items.length > 0 ? (
        <Card size="small" title={t('patrols.walk.open')} style={{ marginBottom: 12 }}>
          <List
            dataSource={open.items}
            renderItem={(p) => (
              <List.Item
                data-testid="open-patrol"
                extra={
                  <Link to={`/console/patrols/walk/${p.id}`} data-testid="continue-patrol">
                    {t('patrols.walk.continue')}
                  </Link>
                }
              >
                <List.Item.Meta title={p.planName} description={formatDateTime(p.startedAt)} />
              </List.Item>
            )}
          />
        </Card>
      ) : null}
      {plans.error ? <ErrorAlert error={plans.error} onRetry={plans.refetch} /> : null}
      <Flex vertical gap="small" data-testid="my-plans">
        {plans.items.map((p) => (
          <Card size="small" key={p.id} data-testid="my-plan">
            <Flex justify="space-between" align="center" gap="small" wrap>
              <div>
                <Typography.Text strong>{p.name}</Typography.Text>
                <div>
                  <Tag>{t(`patrols.scopes.${p.scope}`)}</Tag>
                  <Typography.Text type="secondary">{p.targetName}</Typography.Text>
                </div>
                <Typography.Text type="secondary">{windowsText(p)}</Typography.Text>
              </div>
              {p.actions.includes('start') ? (
                <Button
                  type="primary"
                  size="large"
                  loading={start.isPending && start.variables === p.id}
                  onClick={() => void begin(p.id)}
                  data-testid="start-patrol"
                >
                  {t('patrols.walk.start')}
                </Button>
              ) : null}
            </Flex>
          </Card>
        ))}
        {!plans.isLoading && plans.items.length === 0 ? (
          <Empty description={t('patrols.walk.noPlans')} />
        ) : null}
      </Flex>
    </div>
  );
}
