import { PrinterOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Row, Statistic, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageSpinner } from '../../../shared/components/PageSpinner';
import { PageTitle } from '../../../shared/components/PageTitle';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { ButtonLink } from '../../events/phone/components/ButtonLink';
import { NoticeBody, NoticePhaseTag } from '../components/NoticeBody';
import { ObjectionsCard } from '../components/ObjectionsCard';
import { useNotice, useNoticeReads } from '../queries';

/** `/console/notices/:id`: the notice, who has read it by building, the objections to resolve, a print view. */
export default function NoticePage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const notice = useNotice(id);
  const manages = notice.data?.actions.includes('resolve') ?? false;
  const reads = useNoticeReads(id, manages);
  if (notice.isPending) return <PageSpinner />;
  if (notice.isError) return <ErrorAlert error={notice.error} onRetry={() => void notice.refetch()} />;
  const n = notice.data;
  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={
          <Flex gap="small" align="center" wrap>
            {n.title}
            <NoticePhaseTag notice={n} />
          </Flex>
        }
        extra={
          <ButtonLink to={`/print/notices/${n.id}`} icon={<PrinterOutlined />} data-testid="notice-print">
            {t('notices.print')}
          </ButtonLink>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Card>
            <NoticeBody notice={n} />
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          {manages ? (
            <Card title={t('notices.readsByBuilding')} data-testid="notice-reads">
              <Statistic title={t('notices.reads')} value={reads.data?.total ?? n.readCount ?? 0} />
              <Table
                size="small"
                rowKey={(r) => String(r.buildingId)}
                pagination={false}
                dataSource={reads.data?.byBuilding ?? []}
                columns={[
                  { title: t('kinds.building'), render: (_, r) => r.name || '—' },
                  { title: t('notices.reads'), dataIndex: 'count' },
                ]}
              />
            </Card>
          ) : null}
        </Col>
      </Row>
      <ObjectionsCard noticeId={n.id} canResolve={manages} />
    </Flex>
  );
}
