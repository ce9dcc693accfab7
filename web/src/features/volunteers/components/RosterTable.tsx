import { Button, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Activity, checkSignup, type Signup } from '../../../api/volunteers';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { useNotifyError } from '../../../shared/errors/useNotifyError';
import { formatDateTime } from '../../../shared/format';
import { useSignups, useVolunteerMutation } from '../queries';

/** Who signed up, and the organiser's own check-in and check-out buttons for each. */
export function RosterTable({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const list = useSignups(activity.id, activity.actions.includes('roster'));
  const notify = useNotifyError();
  const check = useVolunteerMutation((a: { signupId: number; action: 'in' | 'out' }) =>
    checkSignup(activity.id, a.signupId, a.action),
  );
  const by = (m: Signup['checkedInBy']) =>
    m ? ` · ${m === 'code' ? t('volunteers.byCode') : t('volunteers.byOrganiser')}` : '';
  const run = (signupId: number, action: 'in' | 'out') =>
    check.mutate({ signupId, action }, { onError: notify });
  return (
    <CursorTable<Signup>
      list={list}
      testId="roster"
      columns={[
        { title: t('volunteers.fields.name'), dataIndex: 'name' },
        {
          title: t('volunteers.checkIn'),
          render: (_, s) => (s.checkedInAt ? formatDateTime(s.checkedInAt) + by(s.checkedInBy) : '—'),
        },
        {
          title: t('volunteers.checkOut'),
          render: (_, s) => (s.checkedOutAt ? formatDateTime(s.checkedOutAt) + by(s.checkedOutBy) : '—'),
        },
        { title: t('volunteers.fields.hours'), render: (_, s) => s.hours ?? '—' },
        {
          title: t('common.actions'),
          render: (_, s) =>
            s.cancelledAt ? (
              <Tag>{t('volunteers.withdrawn')}</Tag>
            ) : (
              <Space>
                {!s.checkedInAt && activity.actions.includes('check') ? (
                  <Button size="small" onClick={() => run(s.id, 'in')} data-testid="roster-check-in">
                    {t('volunteers.checkIn')}
                  </Button>
                ) : null}
                {s.checkedInAt && !s.checkedOutAt ? (
                  <Button size="small" onClick={() => run(s.id, 'out')} data-testid="roster-check-out">
                    {t('volunteers.checkOut')}
                  </Button>
                ) : null}
                {s.checkedOutAt ? <Tag color="green">{t('volunteers.checkedOut')}</Tag> : null}
              </Space>
            ),
        },
      ]}
    />
  );
}
