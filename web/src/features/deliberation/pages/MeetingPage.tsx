import { Alert, Button, Card, Col, Descriptions, Empty, Flex, Row, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { Meeting } from '../../../api/deliberation';
import { PageTitle } from '../../../shared/components/PageTitle';
import { QueryResult } from '../../../shared/components/QueryResult';
import { ReasonModal } from '../../../shared/components/ReasonModal';
import { formatDateTime } from '../../../shared/format';
import { AgendaCard } from '../components/AgendaCard';
import { EditMeetingModal } from '../components/EditMeetingModal';
import { RecordMeetingModal } from '../components/RecordMeetingModal';
import { ResolutionModal } from '../components/ResolutionModal';
import { ResolutionsCard } from '../components/ResolutionsCard';
import { MeetingKindTag, MeetingStatusTag } from '../components/Tags';
import { useCancelMeeting, useMeeting } from '../queries';

/** `/console/deliberation/meetings/:id`: one meeting: invitations, agenda, attendance, minutes, resolutions. */
export default function MeetingPage() {
  const id = Number(useParams().id);
  return <QueryResult query={useMeeting(id)}>{(meeting) => <MeetingView meeting={meeting} />}</QueryResult>;
}

type Dialog = 'edit' | 'record' | 'cancel' | 'resolve' | null;

function MeetingView({ meeting: m }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  // `?resolve=<topic>` comes from a topic's page: the resolution form opens on that topic.
  const resolveTopic = Number(params.get('resolve')) || undefined;
  const [dialog, setDialog] = useState<Dialog>(
    resolveTopic && m.actions.includes('resolve') ? 'resolve' : null,
  );
  const cancel = useCancelMeeting(m.id);
  const can = (action: Meeting['actions'][number]) => m.actions.includes(action);
  const close = () => {
    setDialog(null);
    if (resolveTopic) setParams({}, { replace: true });
  };
  const attended = m.invitees.filter((i) => i.attended).length;
  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={<span data-testid="meeting-heading">{m.title}</span>}
        tags={
          <>
            <MeetingKindTag kind={m.kind} />
            <MeetingStatusTag status={m.status} />
          </>
        }
        extra={[
          can('edit') ? (
            <Button key="edit" onClick={() => setDialog('edit')} data-testid="meeting-edit">
              {t('common.edit')}
            </Button>
          ) : null,
          can('hold') ? (
            <Button key="hold" type="primary" onClick={() => setDialog('record')} data-testid="meeting-hold">
              {t('deliberation.hold')}
            </Button>
          ) : null,
          can('record') ? (
            <Button key="record" onClick={() => setDialog('record')} data-testid="meeting-record">
              {t('deliberation.correctRecord')}
            </Button>
          ) : null,
          can('cancel') ? (
            <Button key="cancel" danger onClick={() => setDialog('cancel')} data-testid="meeting-cancel">
              {t('deliberation.cancelMeeting')}
            </Button>
          ) : null,
        ]}
      />
      {m.status === 'planned' && !can('hold') && can('edit') ? (
        <Alert type="info" showIcon title={t('deliberation.holdAfterStart')} />
      ) : null}
      {m.cancelReason ? (
        <Alert
          type="warning"
          showIcon
          title={t('deliberation.cancelledBecause', { reason: m.cancelReason })}
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('deliberation.details')}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'place', label: t('deliberation.fields.place'), children: m.placeName },
                { key: 'at', label: t('deliberation.fields.startsAt'), children: formatDateTime(m.startsAt) },
                { key: 'location', label: t('deliberation.fields.location'), children: m.location },
                { key: 'by', label: t('deliberation.fields.convenedBy'), children: m.convenedByName },
                ...(m.heldAt
                  ? [
                      {
                        key: 'held',
                        label: t('deliberation.fields.heldAt'),
                        children: formatDateTime(m.heldAt),
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            title={t('deliberation.invitees')}
            data-testid="meeting-invitees"
            extra={
              m.status === 'held' ? (
                <Typography.Text type="secondary" data-testid="meeting-attendance">
                  {t('deliberation.attendanceSummary', {
                    attended,
                    invited: m.invitees.length,
                    others: m.otherAttendees,
                  })}
                </Typography.Text>
              ) : null
            }
          >
            {m.invitees.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('deliberation.noInvitees')} />
            ) : (
              <Flex gap="small" wrap>
                {m.invitees.map((i) => (
                  <Tag
                    key={i.id}
                    color={i.attended === true ? 'green' : i.attended === false ? 'default' : 'blue'}
                    data-testid="invitee"
                  >
                    {i.name}
                    {i.attended === true ? ` · ${t('deliberation.attended')}` : ''}
                    {i.attended === false ? ` · ${t('deliberation.absent')}` : ''}
                  </Tag>
                ))}
              </Flex>
            )}
          </Card>
        </Col>
      </Row>
      <AgendaCard meeting={m} />
      {m.minutes ? (
        <Card title={t('deliberation.fields.minutes')}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="meeting-minutes">
            {m.minutes}
          </Typography.Paragraph>
        </Card>
      ) : null}
      <ResolutionsCard meeting={m} onAdd={() => setDialog('resolve')} />
      <EditMeetingModal meeting={m} open={dialog === 'edit'} onClose={close} />
      <RecordMeetingModal meeting={m} open={dialog === 'record'} onClose={close} />
      <ResolutionModal meeting={m} topicId={resolveTopic} open={dialog === 'resolve'} onClose={close} />
      <ReasonModal
        open={dialog === 'cancel'}
        title={t('deliberation.cancelMeeting')}
        label={t('deliberation.cancelReason')}
        onCancel={close}
        onSubmit={async (reason) => {
          await cancel.mutateAsync(reason);
          close();
        }}
        testId="cancel"
      />
    </Flex>
  );
}
