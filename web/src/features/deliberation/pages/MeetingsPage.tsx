import { Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  MEETING_KINDS,
  MEETING_STATES,
  type MeetingKind,
  type MeetingState,
  type MeetingSummary,
} from '../../../api/deliberation';
import { CreateButton } from '../../../shared/components/CreateButton';
import { PageTitle } from '../../../shared/components/PageTitle';
import { StatusFilter } from '../../../shared/components/StatusFilter';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { formatDateTime } from '../../../shared/format';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { CreateMeetingModal } from '../components/CreateMeetingModal';
import { PlaceFilter } from '../components/PlaceFilter';
import { MeetingKindTag, MeetingStatusTag } from '../components/Tags';
import { useMeetings } from '../queries';

/** `/console/deliberation/meetings`: joint meetings, residents' councils and owners' assemblies, newest first. */
export default function MeetingsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [kind, setKind] = useState<MeetingKind | undefined>();
  const [status, setStatus] = useState<MeetingState | undefined>();
  const [nodeId, setNodeId] = useState<number | undefined>();
  const [creating, setCreating] = useState(false);
  const list = useMeetings({
    ...(kind ? { kind } : {}),
    ...(status ? { status } : {}),
    ...(nodeId ? { nodeId } : {}),
  });
  return (
    <>
      <PageTitle
        title={t('deliberation.meetingsTitle')}
        extra={
          <CreateButton
            allowed={hasPermission(user, 'deliberation.manage')}
            onClick={() => setCreating(true)}
            testId="meeting-create"
          >
            {t('deliberation.createMeeting')}
          </CreateButton>
        }
      />
      <Flex wrap gap="middle" align="center" style={{ marginBottom: 16 }}>
        <StatusFilter
          states={MEETING_KINDS}
          value={kind}
          onChange={setKind}
          label={(k) => t(`deliberation.kinds.${k}`)}
          aria-label={t('deliberation.fields.kind')}
        />
        <StatusFilter
          states={MEETING_STATES}
          value={status}
          onChange={setStatus}
          label={(s) => t(`deliberation.meetingStatus.${s}`)}
          aria-label={t('deliberation.fields.status')}
        />
        <PlaceFilter value={nodeId} onChange={setNodeId} />
      </Flex>
      <CursorTable<MeetingSummary>
        list={list}
        testId="meetings-table"
        locale={{ emptyText: t('deliberation.noMeetings') }}
        columns={[
          {
            title: t('deliberation.fields.meetingTitle'),
            render: (_, m) => <Link to={`/console/deliberation/meetings/${m.id}`}>{m.title}</Link>,
          },
          { title: t('deliberation.fields.kind'), render: (_, m) => <MeetingKindTag kind={m.kind} /> },
          { title: t('deliberation.fields.place'), dataIndex: 'placeName' },
          { title: t('deliberation.fields.startsAt'), render: (_, m) => formatDateTime(m.startsAt) },
          { title: t('deliberation.fields.location'), dataIndex: 'location' },
          {
            title: t('deliberation.fields.status'),
            render: (_, m) => <MeetingStatusTag status={m.status} />,
          },
          { title: t('deliberation.fields.convenedBy'), dataIndex: 'convenedByName' },
        ]}
      />
      <CreateMeetingModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(m) => {
          setCreating(false);
          void navigate(`/console/deliberation/meetings/${m.id}`);
        }}
      />
    </>
  );
}
