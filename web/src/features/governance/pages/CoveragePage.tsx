import { Card, Col, Empty, Flex, Row, Skeleton, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageRow } from '../../../api/governance';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { formatPercent } from '../../../shared/format';
import { usePlaceParam } from '../../org/usePlaceParam';
import { COVERAGE_KINDS, REFERENCE_COVERAGE } from '../coverage';
import { CompoundCoverageTable } from '../components/CompoundCoverageTable';
import { CoverageBar, ReferenceBar } from '../components/CoverageBar';
import { CoverageTable } from '../components/CoverageTable';
import { PlacePicker } from '../components/PlacePicker';
import { useCoverage } from '../queries';

const reportOf = (row: CoverageRow) => `/console/governance?nodeId=${row.nodeId}`;
const leadersOf = (row: CoverageRow) => `/console/governance/leaders?placeId=${row.nodeId}`;

/**
 * `/console/governance?nodeId=`: how many buildings have a filed leader and how many compounds a party
 * organisation, for the scope node (or one searched for), and below it by street, community and compound;
 * last, each compound with its party organisation and its leaders, a page at a time.
 */
export default function CoveragePage() {
  const { t } = useTranslation();
  const node = usePlaceParam(COVERAGE_KINDS, 'nodeId');
  return (
    <>
      <Typography.Paragraph type="secondary">{t('governance.coverage.intro')}</Typography.Paragraph>
      <PlacePicker kinds={COVERAGE_KINDS} place={node} placeholder={t('governance.coverage.pickNode')} />
      {node.id === undefined ? (
        <Empty description={t('governance.coverage.pickNode')} />
      ) : (
        <CoverageReportView nodeId={node.id} />
      )}
    </>
  );
}

function BigRate({ rate, testId, children }: { rate: number; testId: string; children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <Flex align="baseline" gap="middle" wrap>
      <div
        data-testid={testId}
        style={{ fontSize: 48, fontWeight: 600, lineHeight: 1.1, color: token.colorText }}
      >
        {formatPercent(rate)}
      </div>
      <Typography.Text type="secondary">{children}</Typography.Text>
    </Flex>
  );
}

function CoverageReportView({ nodeId }: { nodeId: number }) {
  const { t } = useTranslation();
  const report = useCoverage(nodeId);
  if (report.isPending) return <Skeleton active />;
  if (report.isError) return <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />;
  const { buildingLeaders: leaders, partyOrgs: parties } = report.data;
  const reference = {
    rate: REFERENCE_COVERAGE,
    label: t('governance.coverage.reference', { rate: formatPercent(REFERENCE_COVERAGE) }),
  };
  const buildings = t('governance.coverage.buildings');
  const compounds = t('governance.coverage.compounds');

  return (
    <Flex vertical gap="middle">
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('governance.coverage.leadersTitle')} style={{ height: '100%' }}>
            <Flex vertical gap="middle">
              <BigRate rate={leaders.overall.rate} testId="coverage-overall">
                {t('governance.coverage.leadersCount', {
                  covered: leaders.overall.covered,
                  total: leaders.overall.total,
                })}
              </BigRate>
              <ReferenceBar rate={leaders.overall.rate} reference={reference} />
              <Typography.Text type="secondary">{t('governance.coverage.referenceHint')}</Typography.Text>
            </Flex>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('governance.coverage.partyTitle')} style={{ height: '100%' }}>
            <Flex vertical gap="middle">
              <BigRate rate={parties.overall.rate} testId="coverage-party">
                {t('governance.coverage.partyCount', {
                  covered: parties.overall.covered,
                  total: parties.overall.total,
                })}
              </BigRate>
              <CoverageBar rate={parties.overall.rate} />
            </Flex>
          </Card>
        </Col>
      </Row>
      {leaders.byStreet.length > 1 ? (
        <CoverageTable
          title={t('governance.coverage.leadersByStreet')}
          rows={leaders.byStreet}
          unit={buildings}
          linkTo={reportOf}
          reference={REFERENCE_COVERAGE}
        />
      ) : null}
      <CoverageTable
        title={t('governance.coverage.leadersByCommunity')}
        rows={leaders.byCommunity}
        unit={buildings}
        linkTo={reportOf}
        reference={REFERENCE_COVERAGE}
        testId="coverage-by-community"
      />
      <CoverageTable
        title={t('governance.coverage.leadersByCompound')}
        rows={leaders.byCompound}
        unit={buildings}
        linkTo={leadersOf}
        reference={REFERENCE_COVERAGE}
        testId="coverage-by-compound"
      />
      <CoverageTable
        title={t('governance.coverage.partyByCommunity')}
        rows={parties.byCommunity}
        unit={compounds}
        linkTo={reportOf}
        testId="coverage-party-by-community"
      />
      <CompoundCoverageTable nodeId={nodeId} />
    </Flex>
  );
}
