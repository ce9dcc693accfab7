import { Alert, Button, Card, Col, Descriptions, Flex, InputNumber, Popconfirm, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Elevator, ElevatorRouteAction } from '../../../api/elevators';
import { PageSpinner } from '../../../shared/components/PageSpinner';
import { PageTitle } from '../../../shared/components/PageTitle';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { useNotifyError } from '../../../shared/errors/useNotifyError';
import { formatDateTime } from '../../../shared/format';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { ObjectionsCard } from '../../notices/components/ObjectionsCard';
import { PaperBallotCard } from '../../votes/components/PaperBallotCard';
import { ResultPanel } from '../../votes/components/ResultPanel';
import { placeLabel } from '../../votes/model';
import { ConsentsCard } from '../components/ConsentsCard';
import { CostTableCard } from '../components/CostTableCard';
import { ElevatorStatusTag } from '../components/ElevatorStatusTag';
import { ElevatorSteps } from '../components/ElevatorSteps';
import { useElevator, useElevatorAction } from '../queries';

/** `/console/elevators/:id`: one retrofit as guided steps, each with what it needs and the action that moves on. */
export default function ElevatorPage() {
  const id = Number(useParams().id);
  const e = useElevator(id);
  if (e.isPending) return <PageSpinner />;
  if (e.isError) return <ErrorAlert error={e.error} onRetry={() => void e.refetch()} />;
  return <ElevatorView elevator={e.data} />;
}

const ACTIONS: ElevatorRouteAction[] = [
  'start_vote',
  'close_vote',
  'publish_plan',
  'close_notice',
  'complete',
  'cancel',
];

function ElevatorView({ elevator: e }: { elevator: Elevator }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const notify = useNotifyError();
  const act = useElevatorAction(e.id);
  const [noticeDays, setNoticeDays] = useState(e.noticeDays);
  const buttons = ACTIONS.filter((a) => e.actions.includes(a)).map((a) => (
    <Popconfirm
      key={a}
      title={t(`elevators.confirm.${a}`)}
      description={
        a === 'publish_plan' ? (
          <Flex gap="small" align="center">
            {t('elevators.noticeDays')}
            <InputNumber
              min={1}
              max={90}
              value={noticeDays}
              onChange={(v) => setNoticeDays(v ?? e.noticeDays)}
            />
          </Flex>
        ) : null
      }
      onConfirm={() =>
        void act.mutateAsync({ action: a, ...(a === 'publish_plan' ? { noticeDays } : {}) }).catch(notify)
      }
    >
      <Button
        type={a === 'cancel' ? 'default' : 'primary'}
        loading={act.isPending}
        data-testid={`elevator-${a}`}
      >
        {t(`elevators.actions.${a}`)}
      </Button>
    </Popconfirm>
  ));
  const showConsents =
    e.actions.includes('set_occupied') ||
    (e.occupied.length > 0 && e.status !== 'draft' && e.status !== 'voting');
  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={
          <Flex gap="small" align="center" wrap>
            {e.title}
            <ElevatorStatusTag status={e.status} />
          </Flex>
        }
        extra={buttons}
      />
      <Card>
        <ElevatorSteps status={e.status} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('elevators.plan')}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'unit', label: t('elevators.fields.unit'), children: placeLabel(e.place) },
                { key: 'floors', label: t('elevators.fields.floors'), children: e.floors },
                {
                  key: 'by',
                  label: t('votes.list.createdBy'),
                  children: `${e.createdByName} · ${formatDateTime(e.createdAt)}`,
                },
              ]}
            />
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 12 }}>
              {e.plan}
            </Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          {e.vote?.result ? (
            <Flex vertical gap="small">
              <ResultPanel result={e.vote.result} />
              <Link to={`/console/votes/${e.vote.id}`} data-testid="elevator-vote-link">
                {t('elevators.voteLink')}
              </Link>
            </Flex>
          ) : (
            <Alert type="info" showIcon title={t('elevators.voteRule')} />
          )}
        </Col>
      </Row>
      {e.vote?.status === 'open' && e.status === 'voting' ? <PaperBallotCard voteId={e.vote.id} /> : null}
      {showConsents ? <ConsentsCard elevator={e} /> : null}
      {e.notice ? (
        <Card
          title={
            <Link to={`/console/notices/${e.notice.id}`} data-testid="elevator-notice-link">
              {e.notice.title}
            </Link>
          }
          data-testid="elevator-notice"
        >
          <Typography.Paragraph>
            {t('elevators.noticePeriod', {
              from: formatDateTime(e.notice.startsAt),
              to: formatDateTime(e.notice.endsAt),
              phase: t(`elevators.noticePhase.${e.notice.phase}`),
            })}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t('elevators.objectionsRule')}</Typography.Paragraph>
          <ObjectionsCard noticeId={e.notice.id} canResolve={hasPermission(user, 'notice.manage')} />
        </Card>
      ) : null}
      {e.costs || e.actions.includes('save_costs') ? <CostTableCard elevator={e} /> : null}
    </Flex>
  );
}
