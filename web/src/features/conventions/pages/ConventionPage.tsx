import { Alert, Button, Card, Col, Flex, Popconfirm, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Convention } from '../../../api/conventions';
import { PageSpinner } from '../../../shared/components/PageSpinner';
import { PageTitle } from '../../../shared/components/PageTitle';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { useNotifyError } from '../../../shared/errors/useNotifyError';
import { PaperBallotCard } from '../../votes/components/PaperBallotCard';
import { ResultPanel } from '../../votes/components/ResultPanel';
import { placeLabel } from '../../votes/model';
import { ConventionStatusTag } from '../components/ConventionStatusTag';
import { CoverageCard } from '../components/CoverageCard';
import { useConvention, useConventionAction } from '../queries';

/** `/console/conventions/:id`: the text, its adoption vote (matter 2) and, once adopted, signature coverage. */
export default function ConventionPage() {
  const id = Number(useParams().id);
  const c = useConvention(id);
  if (c.isPending) return <PageSpinner />;
  if (c.isError) return <ErrorAlert error={c.error} onRetry={() => void c.refetch()} />;
  return <ConventionView convention={c.data} />;
}

const ACTIONS = ['start_vote', 'close_vote', 'cancel'] as const;

function ConventionView({ convention: c }: { convention: Convention }) {
  const { t } = useTranslation();
  const notify = useNotifyError();
  const act = useConventionAction(c.id);
  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={
          <Flex gap="small" align="center" wrap>
            {c.title}
            <ConventionStatusTag status={c.status} />
          </Flex>
        }
        extra={ACTIONS.filter((a) => c.actions.includes(a)).map((a) => (
          <Popconfirm
            key={a}
            title={t(`conventions.confirm.${a}`)}
            onConfirm={() => void act.mutateAsync(a).catch(notify)}
          >
            <Button
              type={a === 'cancel' ? 'default' : 'primary'}
              loading={act.isPending}
              data-testid={`convention-${a}`}
            >
              {t(`conventions.actions.${a}`)}
            </Button>
          </Popconfirm>
        ))}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={placeLabel(c.place)}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.body}</Typography.Paragraph>
            {c.status === 'adopted' ? (
              <Statistic
                title={t('conventions.signatures')}
                value={c.signatures}
                data-testid="convention-signatures"
              />
            ) : null}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          {c.vote?.result ? (
            <Flex vertical gap="small">
              <ResultPanel result={c.vote.result} />
              <Link to={`/console/votes/${c.vote.id}`}>{t('elevators.voteLink')}</Link>
            </Flex>
          ) : (
            <Alert type="info" showIcon title={t('conventions.voteRule')} />
          )}
        </Col>
      </Row>
      {c.vote?.status === 'open' && c.status === 'voting' ? <PaperBallotCard voteId={c.vote.id} /> : null}
      {c.status === 'adopted' ? <CoverageCard conventionId={c.id} /> : null}
    </Flex>
  );
}
