import { App, Button, Card, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Activity, signUp, type Signup, withdraw } from '../../../api/volunteers';
import { useNotifyError } from '../../../shared/errors/useNotifyError';
import { ActivityStateTag } from '../components/ActivityStateTag';
import { timeRange } from '../model';
import { useVolunteerMutation } from '../queries';
import { CodeEntry } from './CodeEntry';

/** One activity near the resident: sign up or withdraw, then check in and out with the organiser's code. */
export function PhoneActivityCard({ activity: a }: { activity: Activity }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notify = useNotifyError();
  const [entering, setEntering] = useState(false);
  const join = useVolunteerMutation(() => signUp(a.id));
  const leave = useVolunteerMutation(() => withdraw(a.id));
  const action = a.actions.includes('check_out') ? 'out' : a.actions.includes('check_in') ? 'in' : null;
  const done = (s: Signup) => {
    setEntering(false);
    void message.success(
      s.checkedOutAt
        ? t('volunteers.phone.checkedOut', { hours: s.hours ?? 0, points: s.points ?? 0 })
        : t('volunteers.phone.checkedIn'),
    );
  };
  return (
    <Card size="small" data-testid="phone-activity" data-title={a.title}>
      <Flex vertical gap={6}>
        <Flex justify="space-between" align="start" gap="small">
          <Typography.Text strong style={{ fontSize: '1.1em' }}>
            {a.title}
          </Typography.Text>
          <ActivityStateTag activity={a} />
        </Flex>
        <Typography.Text type="secondary">
          {t(`volunteers.kinds.${a.kind}`)} · {a.place}
        </Typography.Text>
        <Typography.Text type="secondary">{timeRange(a)}</Typography.Text>
        <Typography.Text type="secondary">
          {t('volunteers.fields.signedUp')} {a.signedUp} / {a.capacity}
        </Typography.Text>
        {a.mySignup?.checkedOutAt ? <Tag color="green">{t('volunteers.checkedOut')}</Tag> : null}
        {a.mySignup?.checkedInAt && !a.mySignup.checkedOutAt ? (
          <Tag color="blue">{t('volunteers.checkedIn')}</Tag>
        ) : null}
        <Flex gap="small" wrap>
          {a.actions.includes('sign_up') ? (
            <Button
              type="primary"
              size="large"
              loading={join.isPending}
              onClick={() =>
                join.mutate(undefined, {
                  onSuccess: () => void message.success(t('volunteers.phone.signedUp')),
                  onError: notify,
                })
              }
              data-testid="sign-up"
            >
              {t('volunteers.phone.signUp')}
            </Button>
          ) : null}
          {!a.mySignup && !a.actions.includes('sign_up') && a.signedUp >= a.capacity ? (
            <Tag>{t('volunteers.phone.full')}</Tag>
          ) : null}
          {action ? (
            <Button size="large" onClick={() => setEntering((v) => !v)} data-testid={`enter-code-${action}`}>
              {action === 'in' ? t('volunteers.phone.enterCode') : t('volunteers.phone.enterCodeOut')}
            </Button>
          ) : null}
          {a.actions.includes('withdraw') ? (
            <Button
              size="large"
              loading={leave.isPending}
              onClick={() => leave.mutate(undefined, { onError: notify })}
            >
              {t('volunteers.phone.withdraw')}
            </Button>
          ) : null}
        </Flex>
        {entering && action ? (
          <CodeEntry activityId={a.id} action={action} onDone={done} onError={notify} />
        ) : null}
      </Flex>
    </Card>
  );
}
