import { QrcodeOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Form, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { cancelActivity, signUp } from '../../../api/volunteers';
import { PageSpinner } from '../../../shared/components/PageSpinner';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { useNotifyError } from '../../../shared/errors/useNotifyError';
import { PersonSelect } from '../../registry/components/PersonSelect';
import { placeLabel } from '../../votes/model';
import { ActivityStateTag } from '../components/ActivityStateTag';
import { CheckCodeModal } from '../components/CheckCodeModal';
import { RosterTable } from '../components/RosterTable';
import { timeRange } from '../model';
import { useActivity, useVolunteerMutation } from '../queries';

/** `/console/volunteers/activities/:id`: the activity, its roster with check-in/out, and the code to scan. */
export default function ActivityPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const { modal } = App.useApp();
  const notify = useNotifyError();
  const activity = useActivity(id);
  const [showCode, setShowCode] = useState(false);
  const [personId, setPersonId] = useState<number>();
  const cancel = useVolunteerMutation(() => cancelActivity(id));
  const add = useVolunteerMutation((p: number) => signUp(id, p));
  if (activity.isLoading) return <PageSpinner />;
  if (activity.error || !activity.data)
    return <ErrorAlert error={activity.error} onRetry={() => void activity.refetch()} />;
  const a = activity.data;
  return (
    <Flex vertical gap="middle">
      <Card
        title={<span data-testid="activity-heading">{a.title}</span>}
        extra={
          <Space>
            {a.actions.includes('show_code') ? (
              <Button
                type="primary"
                icon={<QrcodeOutlined />}
                onClick={() => setShowCode(true)}
                data-testid="show-code"
              >
                {t('volunteers.showCode')}
              </Button>
            ) : null}
            {a.actions.includes('cancel') ? (
              <Button
                danger
                onClick={() =>
                  void modal.confirm({
                    title: t('volunteers.cancel'),
                    content: t('volunteers.cancelConfirm'),
                    onOk: () => cancel.mutateAsync(undefined).catch(notify),
                  })
                }
              >
                {t('volunteers.cancel')}
              </Button>
            ) : null}
          </Space>
        }
      >
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { label: t('volunteers.fields.status'), children: <ActivityStateTag activity={a} /> },
            { label: t('volunteers.fields.kind'), children: t(`volunteers.kinds.${a.kind}`) },
            { label: t('volunteers.fields.where'), children: placeLabel(a.path) },
            { label: t('volunteers.fields.place'), children: a.place },
            { label: t('volunteers.fields.time'), children: timeRange(a) },
            {
              label: t('volunteers.fields.signedUp'),
              children: <span data-testid="activity-count">{`${a.signedUp} / ${a.capacity}`}</span>,
            },
            { label: t('volunteers.fields.team'), children: a.teamName ?? '—' },
            { label: t('volunteers.fields.organiser'), children: a.organiserName },
            ...(a.description
              ? [{ label: t('volunteers.fields.description'), children: a.description }]
              : []),
          ]}
        />
      </Card>
      {a.actions.includes('roster') ? (
        <Card title={t('volunteers.roster')}>
          {a.actions.includes('show_code') ? (
            <Form layout="inline" style={{ marginBottom: 12 }}>
              <Form.Item label={t('volunteers.addPerson')} style={{ minWidth: 360 }}>
                <PersonSelect communityId={a.communityId} value={personId} onChange={setPersonId} />
              </Form.Item>
              <Button
                disabled={!personId}
                loading={add.isPending}
                onClick={() =>
                  personId &&
                  add.mutate(personId, { onSuccess: () => setPersonId(undefined), onError: notify })
                }
              >
                {t('common.create')}
              </Button>
            </Form>
          ) : null}
          <RosterTable activity={a} />
        </Card>
      ) : null}
      <CheckCodeModal activityId={a.id} open={showCode} onClose={() => setShowCode(false)} />
    </Flex>
  );
}
