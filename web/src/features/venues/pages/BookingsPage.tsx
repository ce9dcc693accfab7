import { DownloadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Segmented, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bookingsExportUrl, cancelBooking, type Booking } from '../../../api/venues';
import { ConfirmButton } from '../../../shared/components/ConfirmButton';
import { PageTitle } from '../../../shared/components/PageTitle';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { thisMonth, timeRange } from '../../volunteers/model';
import { useBookings, useVenueMutation } from '../queries';

type Filter = 'confirmed' | 'cancelled' | 'all';

/** `/console/venues/bookings`: every booking of the rooms in scope, newest first; a month's ledger as xlsx. */
export default function BookingsPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('confirmed');
  const [month, setMonth] = useState(thisMonth());
  const list = useBookings(filter === 'all' ? undefined : filter);
  const cancel = useVenueMutation(cancelBooking);
  return (
    <>
      <PageTitle title={t('shell.menu.venueBookings')} />
      <Flex gap="middle" wrap align="center" style={{ marginBottom: 12 }}>
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={(['confirmed', 'cancelled', 'all'] as const).map((f) => ({
            value: f,
            label: t(`venues.bookings.filter.${f}`),
          }))}
        />
        <DatePicker
          picker="month"
          allowClear={false}
          value={dayjs(`${month}-01`)}
          onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
        />
        <Button icon={<DownloadOutlined />} href={bookingsExportUrl(month)}>
          {t('venues.bookings.export')}
        </Button>
      </Flex>
      <CursorTable<Booking>
        list={list}
        testId="bookings-table"
        columns={[
          { title: t('venues.fields.when'), render: (_, b) => timeRange(b) },
          { title: t('venues.fields.room'), render: (_, b) => `${b.stationName} · ${b.roomName}` },
          { title: t('venues.fields.purpose'), dataIndex: 'purpose' },
          { title: t('venues.fields.attendees'), dataIndex: 'attendees' },
          {
            title: t('venues.fields.bookedBy'),
            render: (_, b) => (
              <>
                {b.bookedByName}{' '}
                <Tag>{t(b.byResident ? 'venues.bookings.resident' : 'venues.bookings.staff')}</Tag>
              </>
            ),
          },
          {
            title: t('venues.fields.status'),
            render: (_, b) =>
              b.actions.includes('cancel') ? (
                <ConfirmButton
                  size="small"
                  danger
                  confirm={t('venues.bookings.cancelConfirm')}
                  onConfirm={() => cancel.mutateAsync(b.id)}
                >
                  {t('venues.bookings.cancel')}
                </ConfirmButton>
              ) : (
                <Tag>{t(`venues.bookings.status.${b.status}`)}</Tag>
              ),
          },
        ]}
      />
    </>
  );
}
