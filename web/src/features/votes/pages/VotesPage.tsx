import { Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Vote } from '../../../api/votes';
import { ListTitle } from '../../../shared/components/ListTitle';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { formatDateTime } from '../../../shared/format';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { CreateVoteModal } from '../components/CreateVoteModal';
import { VoteStatusTag } from '../components/VoteTags';
import { matterKey, placeLabel } from '../model';
import { useVotes } from '../queries';

const FILTERS = ['all', 'draft', 'open', 'closed'] as const;

/** `/console/votes`: the votes in the caller's scope, newest first; those who run votes draft new ones here. */
export default function VotesPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [status, setStatus] = useState<(typeof FILTERS)[number]>('all');
  const [creating, setCreating] = useState(false);
  const list = useVotes(status === 'all' ? {} : { status });
  return (
    <>
      <ListTitle
        title={t('votes.title')}
        createText={t('votes.create')}
        canCreate={hasPermission(user, 'vote.manage')}
        onCreate={() => setCreating(true)}
        testId="vote-create"
      />
      <Segmented
        value={status}
        onChange={setStatus}
        options={FILTERS.map((f) => ({
          value: f,
          label: t(`votes.status.${f}`),
        }))}
        style={{ marginBottom: 16 }}
      />
      <CursorTable<Vote>
        list={list}
        testId="votes-table"
        columns={[
          {
            title: t('votes.fields.title'),
            dataIndex: 'title',
            render: (title: string, v) => <Link to={`/console/votes/${v.id}`}>{title}</Link>,
          },
          { title: t('votes.list.place'), render: (_, v) => placeLabel(v.place) },
          {
            title: t('votes.list.matter'),
            render: (_, v) => (
              <Typography.Text>
                {v.matter} · {t(matterKey(v.matter))}
              </Typography.Text>
            ),
          },
          { title: t('votes.list.status'), render: (_, v) => <VoteStatusTag status={v.status} /> },
          { title: t('votes.list.closesAt'), render: (_, v) => formatDateTime(v.closedAt ?? v.closesAt) },
          { title: t('votes.list.createdBy'), dataIndex: 'createdByName' },
        ]}
      />
      <CreateVoteModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(v) => {
          setCreating(false);
          void navigate(`/console/votes/${v.id}`);
        }}
      />
    </>
  );
}
