import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Flex, Popconfirm, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { voteExportUrl, type Vote } from '../../../api/votes';
import { PageSpinner } from '../../../shared/components/PageSpinner';
import { PageTitle } from '../../../shared/components/PageTitle';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { useNotifyError } from '../../../shared/errors/useNotifyError';
import { formatDateTime } from '../../../shared/format';
import { PaperBallotCard } from '../components/PaperBallotCard';
import { ResultPanel } from '../components/ResultPanel';
import { VoteRecordTabs } from '../components/VoteRecordTabs';
import { VoteStatusTag } from '../components/VoteTags';
import { matterKey, placeLabel } from '../model';
import { useVote, useVoteAction, useVoteResult } from '../queries';

/** `/console/votes/:id`: one vote: its rule and electorate, the live result, paper ballots, closing, the record. */
export default function VotePage() {
  const id = Number(useParams().id);
  const vote = useVote(id);
  if (vote.isPending) return <PageSpinner />;
  if (vote.isError) return <ErrorAlert error={vote.error} onRetry={() => void vote.refetch()} />;
  return <VoteView vote={vote.data} />;
}

function VoteView({ vote: v }: { vote: Vote }) {
  const { t } = useTranslation();
  const notify = useNotifyError();
  const act = useVoteAction(v.id);
  const counted = v.status === 'open' || v.status === 'closed';
  const result = useVoteResult(v.id, counted, v.status === 'open');
  const run = (action: 'open' | 'close' | 'cancel') => act.mutateAsync(action).catch(notify);
  const confirmed = (action: 'open' | 'close' | 'cancel', text: string, primary = false) =>
    v.actions.includes(action) ? (
      <Popconfirm key={action} title={text} onConfirm={() => void run(action)}>
        <Button type={primary ? 'primary' : 'default'} loading={act.isPending} data-testid={`vote-${action}`}>
          {t(`votes.actions.${action}`)}
        </Button>
      </Popconfirm>
    ) : null;

  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={
          <Flex gap="small" align="center" wrap>
            {v.title}
            <VoteStatusTag status={v.status} />
          </Flex>
        }
        extra={[
          confirmed('open', t('votes.confirmOpen'), true),
          confirmed('close', t('votes.confirmClose'), true),
          confirmed('cancel', t('votes.confirmCancel')),
          v.actions.includes('export') ? (
            <Button
              key="export"
              icon={<DownloadOutlined />}
              href={voteExportUrl(v.id)}
              download
              data-testid="vote-export"
            >
              {t('votes.actions.export')}
            </Button>
          ) : null,
        ]}
      />
      {v.publishBy && v.status === 'open' ? (
        <Alert type="info" showIcon title={t('votes.publishBy', { date: formatDateTime(v.publishBy) })} />
      ) : null}
      {v.noticeId ? (
        <Alert
          type="success"
          showIcon
          title={<Link to={`/console/notices/${v.noticeId}`}>{t('votes.resultNotice')}</Link>}
          data-testid="vote-notice-link"
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'place', label: t('votes.list.place'), children: placeLabel(v.place) },
                {
                  key: 'matter',
                  label: t('votes.fields.matter'),
                  children: t('votes.matterLabel', { n: v.matter, name: t(matterKey(v.matter)) }),
                },
                {
                  key: 'rule',
                  label: '',
                  children: (
                    <Typography.Text type="secondary">
                      {t(`votes.rules.${v.rule}`)}；{t('votes.quorumRule')}
                    </Typography.Text>
                  ),
                },
                ...(v.description
                  ? [{ key: 'description', label: t('votes.fields.description'), children: v.description }]
                  : []),
                {
                  key: 'period',
                  label: t('votes.list.closesAt'),
                  children: `${formatDateTime(v.openedAt ?? v.opensAt)} — ${formatDateTime(v.closedAt ?? v.closesAt)}`,
                },
                {
                  key: 'options',
                  label: '',
                  children: [
                    v.allowChange ? t('votes.fields.allowChange') : null,
                    v.absentCountsAsAgree ? t('votes.fields.absentCountsAsAgree') : null,
                  ]
                    .filter(Boolean)
                    .join('；'),
                },
              ]}
            />
            {v.electorate ? (
              <Flex gap="large" wrap style={{ marginTop: 12 }}>
                <Statistic
                  title={t('votes.electorate.totalArea')}
                  value={v.electorate.totalArea}
                  precision={2}
                  suffix="㎡"
                />
                <Statistic title={t('votes.electorate.totalOwners')} value={v.electorate.totalOwners} />
              </Flex>
            ) : null}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          {result.data ? <ResultPanel result={result.data} /> : null}
        </Col>
      </Row>
      {v.actions.includes('enter_ballot') ? <PaperBallotCard voteId={v.id} /> : null}
      {counted ? (
        <Card>
          <VoteRecordTabs voteId={v.id} />
        </Card>
      ) : null}
    </Flex>
  );
}
