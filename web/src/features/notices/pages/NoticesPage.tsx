import { PlusOutlined } from '@ant-design/icons';
import { Button, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Notice } from '../../../api/notices';
import { PageTitle } from '../../../shared/components/PageTitle';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { formatDateTime } from '../../../shared/format';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { placeLabel } from '../../votes/model';
import { NoticePhaseTag } from '../components/NoticeBody';
import { PublishNoticeModal } from '../components/PublishNoticeModal';
import { useNotices } from '../queries';

/** `/console/notices`: notices in the caller's scope with read counts and pending objections. */
export default function NoticesPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const list = useNotices();
  return (
    <>
      <PageTitle
        title={t('notices.title')}
        extra={
          hasPermission(user, 'notice.manage') ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="notice-create"
            >
              {t('notices.create')}
            </Button>
          ) : null
        }
      />
      <CursorTable<Notice>
        list={list}
        testId="notices-table"
        columns={[
          {
            title: t('notices.fields.title'),
            render: (_, n) => <Link to={`/console/notices/${n.id}`}>{n.title}</Link>,
          },
          { title: t('notices.list.audience'), render: (_, n) => placeLabel(n.audience) },
          { title: t('notices.list.phase'), render: (_, n) => <NoticePhaseTag notice={n} /> },
          {
            title: t('notices.list.period'),
            render: (_, n) =>
              t('notices.period', { start: formatDateTime(n.startsAt), end: formatDateTime(n.endsAt) }),
          },
          { title: t('notices.list.reads'), render: (_, n) => n.readCount ?? '—' },
          {
            title: t('notices.list.objections'),
            render: (_, n) =>
              n.objections ? (
                <>
                  {n.objections.total}{' '}
                  {n.objections.pending ? (
                    <Tag color="orange">{t('notices.pendingCount', { count: n.objections.pending })}</Tag>
                  ) : null}
                </>
              ) : (
                '—'
              ),
          },
        ]}
      />
      <PublishNoticeModal
        open={creating}
        onClose={() => setCreating(false)}
        onPublished={(n) => {
          setCreating(false);
          void navigate(`/console/notices/${n.id}`);
        }}
      />
    </>
  );
}
