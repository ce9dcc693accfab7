import { Card, Descriptions, Flex, Skeleton, Tag } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Round } from '../../../api/evaluations';
import { ConfirmButton } from '../../../shared/components/ConfirmButton';
import { PageSpinner } from '../../../shared/components/PageSpinner';
import { PageTitle } from '../../../shared/components/PageTitle';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { RoundStatusTag } from '../components/RoundStatusTag';
import { ResultPanel } from '../components/ResultPanel';
import { dimensionLabel } from '../model';
import { useRound, useRoundAction, useRoundResult, useTrend } from '../queries';

const TrendChart = lazy(() => import('../components/TrendChart'));

/** `/console/evaluations/:id`: a round, opening and closing it, its results and the compound's trend. */
export default function RoundPage() {
  const id = Number(useParams().id);
  const round = useRound(id);
  if (round.isPending) return <PageSpinner />;
  if (round.isError) return <ErrorAlert error={round.error} onRetry={() => void round.refetch()} />;
  return <RoundView round={round.data} />;
}

function RoundView({ round: r }: { round: Round }) {
  const { t, i18n } = useTranslation();
  const act = useRoundAction(r.id);
  const result = useRoundResult(r.id, r.status !== 'draft');
  const trend = useTrend(r.compoundId, r.target);
  const action = (a: 'open' | 'close') =>
    r.actions.includes(a) ? (
      <ConfirmButton
        key={a}
        type="primary"
        confirm={t(`evaluations.confirm.${a}`)}
        onConfirm={() => act.mutateAsync(a)}
        loading={act.isPending}
        data-testid={`round-${a}`}
      >
        {t(`evaluations.actions.${a}`)}
      </ConfirmButton>
    ) : null;
  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={
          <Flex gap="small" align="center" wrap>
            <span data-testid="round-title">{r.title}</span>
            <RoundStatusTag status={r.status} />
          </Flex>
        }
        extra={[action('open'), action('close')]}
      />
      <Card>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          size="small"
          items={[
            { key: 'compound', label: t('evaluations.fields.compound'), children: r.compoundName },
            {
              key: 'target',
              label: t('evaluations.fields.target'),
              children: `${t(`evaluations.targets.${r.target}`)} · ${r.targetName}`,
            },
            {
              key: 'period',
              label: t('evaluations.fields.period'),
              children: `${r.periodFrom} — ${r.periodTo}`,
            },
            { key: 'closes', label: t('evaluations.fields.closesOn'), children: r.closesOn },
            { key: 'by', label: t('evaluations.fields.createdBy'), children: r.createdByName },
            {
              key: 'dimensions',
              label: t('evaluations.fields.dimensions'),
              children: (
                <Flex gap={4} wrap>
                  {r.dimensions.map((d) => (
                    <Tag key={d.code}>{dimensionLabel(d, i18n.language)}</Tag>
                  ))}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      {result.error ? <ErrorAlert error={result.error} onRetry={() => void result.refetch()} /> : null}
      {result.data ? <ResultPanel result={result.data} /> : null}
      {trend.error ? <ErrorAlert error={trend.error} onRetry={() => void trend.refetch()} /> : null}
      {trend.data ? (
        <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
          <TrendChart points={trend.data} />
        </Suspense>
      ) : null}
    </Flex>
  );
}
