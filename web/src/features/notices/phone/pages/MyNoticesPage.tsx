import { Card, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageSpinner } from '../../../../shared/components/PageSpinner';
import { LoadMore } from '../../../../shared/cursor/LoadMore';
import { ErrorAlert } from '../../../../shared/errors/ErrorAlert';
import { formatDateTime } from '../../../../shared/format';
import { PhoneHeader } from '../../../events/phone/components/PhoneHeader';
import { NoticePhaseTag } from '../../components/NoticeBody';
import { useNotices } from '../../queries';

/** `/m/notices`: notices to the resident's home (its unit, building, compound and community), newest first. */
export default function MyNoticesPage() {
  const { t } = useTranslation();
  const list = useNotices();
  return (
    <Flex vertical gap="middle" data-testid="my-notices">
      <PhoneHeader title={t('notices.phone.title')} back="/m" />
      {list.isLoading ? <PageSpinner /> : null}
      {list.error ? <ErrorAlert error={list.error} onRetry={list.refetch} /> : null}
      {!list.isLoading && !list.error && list.items.length === 0 ? (
        <Empty description={t('notices.phone.none')} />
      ) : null}
      {list.items.map((n) => (
        <Link key={n.id} to={`/m/notices/${n.id}`} style={{ color: 'inherit' }} data-testid="my-notice">
          <Card size="small" hoverable>
            <Flex vertical gap={4}>
              <Flex justify="space-between" gap="small" align="start">
                <Typography.Text strong={!n.readAt} style={{ fontSize: '1.1em' }}>
                  {n.title}
                </Typography.Text>
                <Flex gap={4}>
                  {n.readAt ? null : <Tag color="red">{t('notices.phone.unread')}</Tag>}
                  <NoticePhaseTag notice={n} />
                </Flex>
              </Flex>
              <Typography.Text type="secondary">
                {t('notices.period', { start: formatDateTime(n.startsAt), end: formatDateTime(n.endsAt) })}
              </Typography.Text>
            </Flex>
          </Card>
        </Link>
      ))}
      <LoadMore list={list} />
    </Flex>
  );
}
