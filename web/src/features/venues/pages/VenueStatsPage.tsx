import { DatePicker, Flex, Table } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Usage, VenueStats } from '../../../api/venues';
import { PageTitle } from '../../../shared/components/PageTitle';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { formatPercent } from '../../../shared/format';
import { thisMonth } from '../../volunteers/model';
import { useVenueStats } from '../queries';

type Row = Usage & { key: string; name: string; children?: Row[] };

/** `/console/venues/stats`: a month's bookings, hours booked and occupancy, per station with its rooms beneath. */
export default function VenueStatsPage() {
  const { t } = useTranslation();
  const [month, setMonth] = useState(thisMonth());
  const stats = useVenueStats(month);
  const rows: Row[] = (stats.data?.stations ?? []).map((s: VenueStats['stations'][number]) => ({
    ...s,
    key: `s${s.stationId}`,
    children: s.rooms.map((r) => ({ ...r, key: `r${r.roomId}` })),
  }));
  return (
    <Flex vertical gap="middle">
      <PageTitle title={t('shell.menu.venueStats')} />
      <DatePicker
        picker="month"
        allowClear={false}
        value={dayjs(`${month}-01`)}
        onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
        style={{ width: 160 }}
      />
      {stats.error ? <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} /> : null}
      <Table<Row>
        rowKey="key"
        size="small"
        loading={stats.isLoading}
        dataSource={rows}
        pagination={false}
        data-testid="venue-stats"
        columns={[
          { title: t('venues.fields.name'), dataIndex: 'name' },
          { title: t('venues.stats.bookings'), dataIndex: 'bookings' },
          { title: t('venues.stats.hours'), dataIndex: 'hours' },
          { title: t('venues.stats.openHours'), dataIndex: 'openHours' },
          {
            title: t('venues.stats.occupancy'),
            render: (_, r) => (r.occupancy === null ? '—' : formatPercent(r.occupancy)),
          },
        ]}
      />
    </Flex>
  );
}
