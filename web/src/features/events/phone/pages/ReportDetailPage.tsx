import { Alert, Card, Descriptions, Flex, Image, Rate, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { PageSpinner } from '../../../../shared/components/PageSpinner';
import { ErrorAlert } from '../../../../shared/errors/ErrorAlert';
import { formatDateTime } from '../../../../shared/format';
import { elderMode } from '../../../resident/elder';
import { categoryIcon, categoryName } from '../categories';
import { CategoryIcon } from '../components/CategoryIcon';
import { PhoneHeader } from '../components/PhoneHeader';
import { ReportActions } from '../components/ReportActions';
import { ReportHistory } from '../components/ReportHistory';
import { ReportProgress } from '../components/ReportProgress';
import { StatusTag } from '../components/StatusTag';
import { useCategories, useReport } from '../queries';
import { statusHint } from '../status';

const PHOTO = 104;

/**
 * `/m/reports/:id`: one report: where it stands in plain words, its progress, what was reported (photos
 * included), who handles it by when, what the resident may do now, and its whole history.
 */
export default function ReportDetailPage() {
  const { t, i18n } = useTranslation();
  const elder = elderMode.use();
  const id = Number(useParams().id);
  const query = useReport(id);
  const categories = useCategories();

  const header = <PhoneHeader title={t('residentEvents.detail.title')} back="/m/reports" />;
  if (!Number.isInteger(id) || id <= 0) return <Navigate to="/m/reports" replace />;
  if (query.isPending) {
    return (
      <Flex vertical gap="middle">
        {header}
        <PageSpinner />
      </Flex>
    );
  }
  if (!query.data) {
    return (
      <Flex vertical gap="middle">
        {header}
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      </Flex>
    );
  }
  const report = query.data;
  const hint = t(`residentEvents.statusHint.${statusHint(report)}`);

  return (
    <Flex vertical gap="middle" data-testid="report-detail" data-id={report.id}>
      {header}
      <Card>
        <Flex vertical gap="small">
          <Flex align="center" gap="small">
            <CategoryIcon icon={categoryIcon(report.categoryCode)} size={44} />
            <Flex vertical style={{ flex: 1, minWidth: 0 }}>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {categoryName(categories.data, report.categoryCode, i18n.language)}
              </Typography.Title>
              <Typography.Text type="secondary">
                {t('residentEvents.number', { id: report.id })}
              </Typography.Text>
            </Flex>
            <StatusTag status={report.status} large />
          </Flex>
          <Alert
            type={report.status === 'rejected' ? 'warning' : report.status === 'closed' ? 'success' : 'info'}
            title={hint}
            showIcon
            data-testid="report-hint"
          />
        </Flex>
      </Card>

      <Card title={t('residentEvents.detail.progress')}>
        <ReportProgress status={report.status} timeline={report.timeline} />
      </Card>

      <Card>
        <Descriptions
          column={1}
          size="small"
          layout={elder ? 'vertical' : 'horizontal'}
          items={[
            {
              key: 'description',
              label: t('residentEvents.detail.description'),
              children: <span style={{ whiteSpace: 'pre-wrap' }}>{report.description}</span>,
            },
            {
              key: 'place',
              label: t('residentEvents.detail.place'),
              children: [report.placeName, report.address].filter(Boolean).join(' · '),
            },
            {
              key: 'reportedAt',
              label: t('residentEvents.detail.reportedAt'),
              children: formatDateTime(report.reportedAt),
            },
            {
              key: 'assignee',
              label: t('residentEvents.detail.assignee'),
              children: report.assignee?.name || t('residentEvents.detail.noAssignee'),
            },
            ...(report.deadline && (report.status === 'dispatched' || report.status === 'in_progress')
              ? [
                  {
                    key: 'deadline',
                    label: t('residentEvents.detail.deadline'),
                    children: (
                      <Flex gap="small" wrap align="center">
                        {t('residentEvents.detail.deadlineAt', { at: formatDateTime(report.deadline) })}
                        {report.urgency === 'overdue' || report.urgency === 'warning' ? (
                          <Tag color={report.urgency === 'overdue' ? 'error' : 'warning'}>
                            {t(`residentEvents.urgency.${report.urgency}`)}
                          </Tag>
                        ) : null}
                      </Flex>
                    ),
                  },
                ]
              : []),
            ...(report.rating !== null
              ? [
                  {
                    key: 'rating',
                    label: t('residentEvents.detail.yourRating'),
                    children: (
                      <Flex vertical gap={2}>
                        <Rate disabled value={report.rating} />
                        {report.ratingComment ? <span>{report.ratingComment}</span> : null}
                      </Flex>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>

      {report.attachments.length ? (
        <Card title={t('residentEvents.detail.photos')}>
          <Flex gap="small" wrap data-testid="report-photos">
            <Image.PreviewGroup>
              {report.attachments.map((file, index) => (
                <Image
                  key={file.id}
                  src={file.url}
                  width={PHOTO}
                  height={PHOTO}
                  alt={t('residentEvents.report.photoAlt', { index: index + 1 })}
                  style={{ objectFit: 'cover', borderRadius: 8 }}
                />
              ))}
            </Image.PreviewGroup>
          </Flex>
        </Card>
      ) : null}

      <ReportActions report={report} elder={elder} />

      <Card title={t('residentEvents.detail.history')}>
        <ReportHistory entries={report.timeline} />
      </Card>
    </Flex>
  );
}
