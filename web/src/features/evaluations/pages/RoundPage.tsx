import { Card, Descriptions, Flex, Skeleton, Tag } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Round } from '../../../api/evaluations';
import { ConfirmButton } from '../../../shared/components/ConfirmButton';
import { QueryResult } from '../../../shared/components/QueryResult';
import { PageTitle } from '../../../shared/components/PageTitle';
import { RoundStatusTag } from '../components/RoundStatusTag';
import { ResultPanel } from '../components/ResultPanel';
import { dimensionLabel } from '../model';
import { useRound, useRoundAction, useRoundResult, useTrend } from '../queries';

const TrendChart = lazy(() => import('../components/TrendChart'));
const chartSkeleton = <Skeleton active paragraph={{ rows: 6 }} />;

/** `/console/evaluations/:id`: a round, opening and closing it, its results and the compound's trend. */
export default function RoundPage() {
  const id = Number(useParams().id);
  return <QueryResult query={useRound(id)}>{(round) => <RoundView round={round} />}</QueryResult>;
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
        title={<span data-testid="round-title">{r.title}</span>}
        tags={<RoundStatusTag status={r.status} />}
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
      {r.status === 'draft' ? null : (
        <QueryResult query={result} loading={chartSkeleton}>
          {(data) => <ResultPanel result={data} />}
        </QueryResult>
      )}
      <QueryResult query={trend} loading={chartSkeleton}>
        {(points) => (
          <Suspense fallback={chartSkeleton}>
            <TrendChart points={points} />
          </Suspense>
        )}
      </QueryResult>
    </Flex>
  );
}
