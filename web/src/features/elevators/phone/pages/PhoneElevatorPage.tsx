import { App, Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Elevator } from '../../../../api/elevators';
import { PageSpinner } from '../../../../shared/components/PageSpinner';
import { ErrorAlert } from '../../../../shared/errors/ErrorAlert';
import { useNotifyError } from '../../../../shared/errors/useNotifyError';
import { formatDateTime } from '../../../../shared/format';
import { PhoneHeader } from '../../../events/phone/components/PhoneHeader';
import { ResultPanel } from '../../../votes/components/ResultPanel';
import { placeLabel } from '../../../votes/model';
import { CostTableCard } from '../../components/CostTableCard';
import { ElevatorStatusTag } from '../../components/ElevatorStatusTag';
import { ElevatorSteps } from '../../components/ElevatorSteps';
import { useElevator, useGiveConsent } from '../../queries';

/**
 * `/m/elevators/:id`: an owner follows their unit's retrofit: the step it is at, the vote (one tap to it), their
 * consent when the elevator occupies their house, the plan's notice (where they object) and the cost table.
 */
export default function PhoneElevatorPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const e = useElevator(id);
  return (
    <Flex vertical gap="middle">
      <PhoneHeader title={t('elevators.phone.title')} back="/m/elevators" />
      {e.isPending ? <PageSpinner /> : null}
      {e.isError ? <ErrorAlert error={e.error} onRetry={() => void e.refetch()} /> : null}
      {e.data ? <PhoneElevator elevator={e.data} /> : null}
    </Flex>
  );
}

function PhoneElevator({ elevator: e }: { elevator: Elevator }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notify = useNotifyError();
  const consent = useGiveConsent(e.id);
  return (
    <>
      <Card size="small">
        <Flex vertical gap="small">
          <Flex justify="space-between" gap="small" align="start">
            <Typography.Title level={4} style={{ margin: 0 }}>
              {e.title}
            </Typography.Title>
            <ElevatorStatusTag status={e.status} />
          </Flex>
          <Typography.Text type="secondary">{placeLabel(e.place)}</Typography.Text>
          <ElevatorSteps status={e.status} vertical />
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{e.plan}</Typography.Paragraph>
        </Flex>
      </Card>
      {e.vote ? (
        <Flex vertical gap="small">
          {e.vote.status === 'open' ? (
            <Link to={`/m/votes/${e.vote.id}`}>
              <Button type="primary" size="large" block data-testid="elevator-go-vote">
                {t('elevators.phone.goVote')}
              </Button>
            </Link>
          ) : null}
          {e.vote.result ? <ResultPanel result={e.vote.result} compact /> : null}
        </Flex>
      ) : null}
      {e.myPendingHouseIds.length && e.actions.includes('consent') ? (
        <Card size="small" title={t('elevators.consents.title')}>
          <Typography.Paragraph>{t('elevators.phone.consentAsk')}</Typography.Paragraph>
          {e.occupied
            .filter((o) => e.myPendingHouseIds.includes(o.houseId))
            .map((o) => (
              <Button
                key={o.houseId}
                type="primary"
                size="large"
                block
                loading={consent.isPending}
                data-testid="phone-consent"
                onClick={() =>
                  void consent
                    .mutateAsync({ houseId: o.houseId, channel: 'online' })
                    .then(() => void message.success(t('elevators.phone.consented')), notify)
                }
              >
                {t('elevators.phone.consentFor', { house: o.houseLabel })}
              </Button>
            ))}
        </Card>
      ) : null}
      {e.notice ? (
        <Card size="small" title={t('elevators.phone.notice')}>
          <Flex vertical gap="small">
            <Typography.Text>
              {t('elevators.noticePeriod', {
                from: formatDateTime(e.notice.startsAt),
                to: formatDateTime(e.notice.endsAt),
                phase: t(`elevators.noticePhase.${e.notice.phase}`),
              })}
            </Typography.Text>
            <Link to={`/m/notices/${e.notice.id}`} data-testid="elevator-phone-notice">
              <Button size="large" block>
                {e.notice.phase === 'running'
                  ? t('elevators.phone.readAndObject')
                  : t('elevators.phone.read')}
              </Button>
            </Link>
          </Flex>
        </Card>
      ) : null}
      {e.costs ? <CostTableCard elevator={e} /> : null}
    </>
  );
}
