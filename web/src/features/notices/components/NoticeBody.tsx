import { PaperClipOutlined } from '@ant-design/icons';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../../../api/notices';
import { formatDateTime } from '../../../shared/format';
import { placeLabel } from '../../votes/model';

const PHASE_COLOR = { scheduled: 'default', running: 'processing', ended: 'default' } as const;

export function NoticePhaseTag({ notice }: { notice: Pick<Notice, 'phase'> }) {
  const { t } = useTranslation();
  return <Tag color={PHASE_COLOR[notice.phase]}>{t(`notices.phase.${notice.phase}`)}</Tag>;
}

/** What a notice says: audience, period, text as written (line breaks kept), its files. Console, phone and print. */
export function NoticeBody({ notice: n }: { notice: Notice }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap="small" data-testid="notice-body">
      <Typography.Text type="secondary">
        {t('notices.fields.node')}：{placeLabel(n.audience)} ·{' '}
        {t('notices.period', { start: formatDateTime(n.startsAt), end: formatDateTime(n.endsAt) })}
      </Typography.Text>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', fontSize: '1.05em', margin: 0 }}>
        {n.body}
      </Typography.Paragraph>
      {n.attachments.map((a, i) => (
        <Typography.Link key={a.id} href={a.url} target="_blank" rel="noopener">
          <PaperClipOutlined /> {t('notices.attachment')} {i + 1} ·{' '}
          {a.mime === 'application/pdf' ? 'PDF' : a.mime.split('/')[1]} · {Math.ceil(a.size / 1024)} KB
        </Typography.Link>
      ))}
      <Typography.Text type="secondary">
        {t('notices.publishedBy', { name: n.publishedByName })}
      </Typography.Text>
    </Flex>
  );
}
