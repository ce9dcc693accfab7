import { PlusOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventCategory, EventSummary } from '../../../../api/eventsPhone';
import { PageSpinner } from '../../../../shared/components/PageSpinner';
import { ErrorAlert } from '../../../../shared/errors/ErrorAlert';
import { formatDateTime } from '../../../../shared/format';
import { MoreButton } from '../../../../shared/plain/MoreButton';
import { categoryIcon, categoryName } from '../categories';
import { ButtonLink } from '../components/ButtonLink';
import { CategoryIcon } from '../components/CategoryIcon';
import { PhoneHeader } from '../components/PhoneHeader';
import { StatusTag } from '../components/StatusTag';
import { useCategories, useMyReports } from '../queries';
import { statusHint } from '../status';

/** `/m/reports`: the resident's reports, newest first, each with its status explained; ten more at a time. */
export default function MyReportsPage() {
  const { t } = useTranslation();
  const list = useMyReports();
  const categories = useCategories();

  return (
    <Flex vertical gap="middle">
      <PhoneHeader title={t('residentEvents.list.title')} back="/m" />
      <ButtonLink
        to="/m/report"
        type="primary"
        size="large"
        block
        icon={<PlusOutlined />}
        style={{ minHeight: 52 }}
      >
        {t('residentEvents.entry.report')}
      </ButtonLink>
      {list.isLoading ? (
        <PageSpinner />
      ) : list.error ? (
        <ErrorAlert error={list.error} onRetry={list.refetch} />
      ) : list.items.length === 0 ? (
        <Card>
          <Empty description={t('residentEvents.list.empty')} />
        </Card>
      ) : (
        <Flex vertical gap="small" role="list" data-testid="my-reports">
          {list.items.map((report) => (
            <div role="listitem" key={report.id}>
              <ReportRow report={report} categories={categories.data} />
            </div>
          ))}
        </Flex>
      )}
      {list.hasNextPage ? (
        <MoreButton list={list} label={t('residentEvents.list.loadMore')} />
      ) : list.items.length > 0 ? (
        <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
          {t('residentEvents.list.noMore')}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

function ReportRow({
  report,
  categories,
}: {
  report: EventSummary;
  categories: EventCategory[] | undefined;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Link
      to={`/m/reports/${report.id}`}
      style={{ display: 'block', color: 'inherit', borderRadius: 8 }}
      data-testid="my-report"
      data-id={report.id}
    >
      <Card size="small" hoverable>
        <Flex vertical gap={6}>
          <Flex align="center" gap="small">
            <CategoryIcon icon={categoryIcon(report.categoryCode)} size={36} />
            <Typography.Text strong style={{ flex: 1, minWidth: 0 }} ellipsis>
              {categoryName(categories, report.categoryCode, i18n.language)}
            </Typography.Text>
            <StatusTag status={report.status} />
          </Flex>
          <Typography.Text type="secondary">
            {t(`residentEvents.statusHint.${statusHint(report)}`)}
          </Typography.Text>
          <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
            {report.description}
          </Typography.Paragraph>
          <Flex justify="space-between" gap="small" wrap>
            <Typography.Text type="secondary">
              {t('residentEvents.number', { id: report.id })} · {report.placeName}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('residentEvents.list.reportedAt', { at: formatDateTime(report.reportedAt) })}
            </Typography.Text>
          </Flex>
          {report.urgency === 'overdue' || report.urgency === 'warning' ? (
            <div>
              <Tag color={report.urgency === 'overdue' ? 'error' : 'warning'}>
                {t(`residentEvents.urgency.${report.urgency}`)}
              </Tag>
            </div>
          ) : null}
        </Flex>
      </Card>
    </Link>
  );
}
