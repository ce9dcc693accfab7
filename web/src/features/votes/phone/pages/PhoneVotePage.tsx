import { CheckCircleFilled, CloseCircleFilled, MinusCircleFilled } from '@ant-design/icons';
import { App, Button, Card, Flex, Modal, Result, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Choice, Vote } from '../../../../api/votes';
import { PageSpinner } from '../../../../shared/components/PageSpinner';
import { ErrorAlert } from '../../../../shared/errors/ErrorAlert';
import { useNotifyError } from '../../../../shared/errors/useNotifyError';
import { formatDateTime } from '../../../../shared/format';
import { ButtonLink } from '../../../events/phone/components/ButtonLink';
import { PhoneHeader } from '../../../events/phone/components/PhoneHeader';
import { ResultPanel } from '../../components/ResultPanel';
import { VoteStatusTag } from '../../components/VoteTags';
import { matterKey, placeLabel } from '../../model';
import { useCastBallot, useVote, useVoteResult } from '../../queries';

const CHOICE_LOOK: Record<Choice, { icon: ReactNode; color: string }> = {
  agree: { icon: <CheckCircleFilled />, color: '#389e0d' },
  disagree: { icon: <CloseCircleFilled />, color: '#cf1322' },
  abstain: { icon: <MinusCircleFilled />, color: '#8c8c8c' },
};

/** `/m/votes/:id`: an owner votes in two taps: the answer, then confirm. */
export default function PhoneVotePage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const vote = useVote(id);
  const header = <PhoneHeader title={t('votes.phone.title')} back="/m/votes" />;
  return (
    <Flex vertical gap="middle">
      {header}
      {vote.isPending ? <PageSpinner /> : null}
      {vote.isError ? <ErrorAlert error={vote.error} onRetry={() => void vote.refetch()} /> : null}
      {vote.data ? <PhoneVote vote={vote.data} /> : null}
    </Flex>
  );
}

function PhoneVote({ vote: v }: { vote: Vote }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notify = useNotifyError();
  const cast = useCastBallot(v.id);
  const result = useVoteResult(v.id, v.status === 'closed', false);
  const [pending, setPending] = useState<{ houseId: number; houseLabel: string; choice: Choice } | null>(
    null,
  );
  const canVote = v.actions.includes('ballot');

  async function confirm() {
    if (!pending) return;
    try {
      await cast.mutateAsync({ houseId: pending.houseId, choice: pending.choice, channel: 'online' });
      void message.success(t('votes.phone.thanks'));
    } catch (error) {
      notify(error);
    } finally {
      setPending(null);
    }
  }

  return (
    <>
      <Card size="small">
        <Flex vertical gap={6}>
          <Flex justify="space-between" gap="small" align="start">
            <Typography.Title level={4} style={{ margin: 0 }}>
              {v.title}
            </Typography.Title>
            <VoteStatusTag status={v.status} />
          </Flex>
          <Typography.Text type="secondary">{placeLabel(v.place)}</Typography.Text>
          {v.description ? (
            <Typography.Paragraph style={{ margin: 0 }}>{v.description}</Typography.Paragraph>
          ) : null}
          <Typography.Text type="secondary" style={{ fontSize: '0.9em' }}>
            {t('votes.matterLabel', { n: v.matter, name: t(matterKey(v.matter)) })}。
            {t(`votes.rules.${v.rule}`)}
          </Typography.Text>
          {v.closesAt ? (
            <Typography.Text>
              {t('votes.list.closesAt')} {formatDateTime(v.closesAt)}
            </Typography.Text>
          ) : null}
        </Flex>
      </Card>
      {v.myHouses.length === 0 && v.status === 'open' ? (
        <Result status="info" title={t('votes.phone.notOwner')} />
      ) : null}
      {v.myHouses.map((h) => (
        <Card
          key={h.houseId}
          size="small"
          title={`${t('votes.phone.yourHouse')}：${h.houseLabel}`}
          data-testid="my-house-ballot"
        >
          <Flex vertical gap="small">
            {h.choice ? (
              <Typography.Text
                strong
                data-testid="my-choice"
                style={{ color: CHOICE_LOOK[h.choice].color, fontSize: '1.1em' }}
              >
                {CHOICE_LOOK[h.choice].icon}{' '}
                {t('votes.phone.voted', { choice: t(`votes.choices.${h.choice}`) })}
              </Typography.Text>
            ) : null}
            {canVote && (!h.choice || v.allowChange) ? (
              <>
                <Typography.Text type="secondary">
                  {h.choice ? t('votes.phone.change') : t('votes.phone.choose')}
                </Typography.Text>
                {(['agree', 'disagree', 'abstain'] as const).map((c) => (
                  <Button
                    key={c}
                    size="large"
                    block
                    icon={CHOICE_LOOK[c].icon}
                    style={{
                      height: 56,
                      fontSize: '1.15em',
                      color: CHOICE_LOOK[c].color,
                      borderColor: CHOICE_LOOK[c].color,
                    }}
                    onClick={() => setPending({ houseId: h.houseId, houseLabel: h.houseLabel, choice: c })}
                    data-testid={`choose-${c}`}
                  >
                    {t(`votes.choices.${c}`)}
                  </Button>
                ))}
              </>
            ) : null}
            {!canVote && v.status !== 'open' && !h.choice ? (
              <Typography.Text type="secondary">{t('votes.phone.ended')}</Typography.Text>
            ) : null}
          </Flex>
        </Card>
      ))}
      {result.data ? <ResultPanel result={result.data} compact /> : null}
      {v.noticeId ? (
        <ButtonLink to={`/m/notices/${v.noticeId}`} size="large" block data-testid="vote-notice-link">
          {t('votes.resultNotice')}
        </ButtonLink>
      ) : null}
      <Modal
        open={pending !== null}
        title={t('votes.phone.confirmTitle')}
        onCancel={() => setPending(null)}
        onOk={() => void confirm()}
        okText={t('votes.phone.confirm')}
        okButtonProps={{ size: 'large', loading: cast.isPending, id: 'confirm-ballot' }}
        cancelButtonProps={{ size: 'large' }}
        centered
      >
        {pending ? (
          <Typography.Paragraph style={{ fontSize: '1.15em' }}>
            {t('votes.phone.confirmText', {
              house: pending.houseLabel,
              choice: t(`votes.choices.${pending.choice}`),
            })}
          </Typography.Paragraph>
        ) : null}
      </Modal>
    </>
  );
}
