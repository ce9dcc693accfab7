import { Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { cancelBooking } from '../../../api/venues';
import { ConfirmButton } from '../../../shared/components/ConfirmButton';
import { PageSpinner } from '../../../shared/components/PageSpinner';
import { LoadMore } from '../../../shared/cursor/LoadMore';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { PhoneHeader } from '../../events/phone/components/PhoneHeader';
import { timeRange } from '../../volunteers/model';
import { hoursSummary } from '../model';
import { useMyBookings, useRooms, useVenueMutation } from '../queries';

/** `/m/venues`: the rooms of the resident's stations to book, and the resident's own bookings. */
export default function PhoneVenuesPage() {
  const { t } = useTranslation();
  const rooms = useRooms();
  const mine = useMyBookings();
  const cancel = useVenueMutation(cancelBooking);
  const bookable = rooms.items.filter((r) => r.actions.includes('book'));
  return (
    <Flex vertical gap="middle" data-testid="phone-venues">
      <PhoneHeader title={t('venues.phone.title')} back="/m" />
      {rooms.isLoading ? <PageSpinner /> : null}
      {rooms.error ? <ErrorAlert error={rooms.error} onRetry={rooms.refetch} /> : null}
      {!rooms.isLoading && !rooms.error && bookable.length === 0 ? (
        <Empty description={t('venues.phone.noRooms')} />
      ) : null}
      {bookable.map((r) => (
        <Card size="small" key={r.id} data-testid="phone-room" data-name={r.name}>
          <Flex vertical gap={4}>
            <Typography.Text strong style={{ fontSize: '1.1em' }}>
              {r.name}
            </Typography.Text>
            <Typography.Text type="secondary">
              {r.stationName} · {t(`venues.roomKinds.${r.kind}`)} ·{' '}
              {t('venues.phone.capacity', { n: r.capacity })}
            </Typography.Text>
            <Typography.Text type="secondary">{hoursSummary(t, r.openingHours)}</Typography.Text>
            <Link to={`/m/venues/rooms/${r.id}`}>
              <Button type="primary" size="large" block data-testid="book-room">
                {t('venues.phone.book')}
              </Button>
            </Link>
          </Flex>
        </Card>
      ))}
      <Card size="small" title={t('venues.phone.mine')}>
        <List
          size="small"
          dataSource={mine.items}
          locale={{ emptyText: t('venues.phone.noBookings') }}
          renderItem={(b) => (
            <List.Item
              data-testid="my-booking"
              extra={
                b.actions.includes('cancel') ? (
                  <ConfirmButton
                    size="small"
                    danger
                    confirm={t('venues.bookings.cancelConfirm')}
                    onConfirm={() => cancel.mutateAsync(b.id)}
                    data-testid="cancel-booking"
                  >
                    {t('venues.bookings.cancel')}
                  </ConfirmButton>
                ) : (
                  <Tag>{t(`venues.bookings.status.${b.status}`)}</Tag>
                )
              }
            >
              <List.Item.Meta title={`${b.roomName} · ${b.purpose}`} description={timeRange(b)} />
            </List.Item>
          )}
        />
        <LoadMore list={mine} />
      </Card>
    </Flex>
  );
}
