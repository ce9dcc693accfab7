import { App, Button, Card, Flex, Form, Input, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { addDays, isIsoDate, localDate, startOfLocalDay } from '../../../../../domain/common/local-date';
import { minutesOf, wallClockText } from '../../../../../domain/venues/rules';
import { book } from '../../../api/venues';
import { PageSpinner } from '../../../shared/components/PageSpinner';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { PhoneHeader } from '../../events/phone/components/PhoneHeader';
import { hoursSummary } from '../model';
import { useRoom, useSchedule, useVenueMutation } from '../queries';

interface Values {
  date: string;
  from: string;
  to: string;
  attendees: number;
  purpose: string;
}

/**
 * Dates and times are the compound's wall clock (Asia/Shanghai), as its opening hours are, whatever zone the phone
 * is set to.
 */
const instant = (date: string, hm: string) =>
  new Date(startOfLocalDay(date).getTime() + (minutesOf(hm) ?? 0) * 60_000).toISOString();
const hmOf = (iso: string) => wallClockText(new Date(iso)).slice(11);

/**
 * `/m/venues/rooms/:id`: book a room. The times already taken that day are listed; a booking that overlaps one
 * anyway (someone was quicker) is refused by the server, and the refusal names the time taken.
 */
export default function PhoneBookPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const room = useRoom(id);
  const [form] = Form.useForm<Values>();
  const [date, setDate] = useState(addDays(localDate(new Date()), 1));
  const schedule = useSchedule(id, instant(date, '00:00'), instant(addDays(date, 1), '00:00'));
  const save = useVenueMutation(book);
  if (room.isLoading) return <PageSpinner />;
  if (room.error || !room.data) return <ErrorAlert error={room.error} onRetry={() => void room.refetch()} />;
  const r = room.data;
  const submit = (v: Values) =>
    save.mutate(
      {
        roomId: id,
        startsAt: instant(v.date, v.from),
        endsAt: instant(v.date, v.to),
        attendees: v.attendees,
        purpose: v.purpose,
      },
      {
        onSuccess: () => {
          void message.success(t('venues.phone.booked'));
          void navigate('/m/venues');
        },
      },
    );
  return (
    <Flex vertical gap="middle" data-testid="phone-book">
      <PhoneHeader title={r.name} back="/m/venues" />
      <Typography.Text type="secondary">
        {r.stationName} · {t('venues.phone.capacity', { n: r.capacity })}
      </Typography.Text>
      <Typography.Text type="secondary">{hoursSummary(t, r.openingHours)}</Typography.Text>
      <Card size="small" title={t('venues.phone.taken')}>
        {schedule.data?.taken.length ? (
          <Flex vertical data-testid="taken">
            {schedule.data.taken.map((x) => (
              <Typography.Text key={x.startsAt}>
                {hmOf(x.startsAt)}–{hmOf(x.endsAt)}
              </Typography.Text>
            ))}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('venues.phone.free')}</Typography.Text>
        )}
      </Card>
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ date, from: '10:00', to: '11:00', attendees: 1 }}
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.date && isIsoDate(changed.date)) setDate(changed.date);
        }}
      >
        <Form.Item name="date" label={t('venues.fields.date')} rules={[{ required: true }]}>
          <Input type="date" size="large" data-testid="book-date" />
        </Form.Item>
        <Flex gap="small">
          <Form.Item
            name="from"
            label={t('venues.fields.from')}
            rules={[{ required: true }]}
            style={{ flex: 1 }}
          >
            <Input type="time" step={900} size="large" data-testid="book-from" />
          </Form.Item>
          <Form.Item name="to" label={t('venues.fields.to')} rules={[{ required: true }]} style={{ flex: 1 }}>
            <Input type="time" step={900} size="large" data-testid="book-to" />
          </Form.Item>
        </Flex>
        <Form.Item name="attendees" label={t('venues.fields.attendees')} rules={[{ required: true }]}>
          <InputNumber
            min={1}
            max={r.capacity}
            size="large"
            style={{ width: '100%' }}
            data-testid="book-attendees"
          />
        </Form.Item>
        <Form.Item name="purpose" label={t('venues.fields.purpose')} rules={[{ required: true, max: 200 }]}>
          <Input size="large" data-testid="book-purpose" />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          size="large"
          block
          loading={save.isPending}
          data-testid="book-submit"
        >
          {t('venues.phone.confirm')}
        </Button>
      </Form>
    </Flex>
  );
}
