import { PrinterOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageSpinner } from '../../../shared/components/PageSpinner';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { NoticeBody } from '../components/NoticeBody';
import { useNotice } from '../queries';

/** `/print/notices/:id`: the notice alone on a white page, to print and post on the notice board. */
export default function NoticePrintPage() {
  const { t } = useTranslation();
  const notice = useNotice(Number(useParams().id));
  if (notice.isPending) return <PageSpinner />;
  if (notice.isError) return <ErrorAlert error={notice.error} />;
  const n = notice.data;
  return (
    <div
      style={{ maxWidth: 760, margin: '0 auto', padding: 32, background: '#fff', minHeight: '100vh' }}
      data-testid="notice-print-view"
    >
      <Flex justify="flex-end" className="linli-no-print">
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('notices.print')}
        </Button>
      </Flex>
      <Typography.Title level={2} style={{ textAlign: 'center' }}>
        {n.title}
      </Typography.Title>
      <NoticeBody notice={n} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 32, textAlign: 'right' }}>
        {t('notices.printedAt', { time: dayjs().format('YYYY-MM-DD HH:mm') })}
      </Typography.Paragraph>
    </div>
  );
}
