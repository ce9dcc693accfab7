import { Card, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageSpinner } from '../../../../shared/components/PageSpinner';
import { LoadMore } from '../../../../shared/cursor/LoadMore';
import { ErrorAlert } from '../../../../shared/errors/ErrorAlert';
import { PhoneHeader } from '../../../events/phone/components/PhoneHeader';
import { placeLabel } from '../../../votes/model';
import { ElevatorStatusTag } from '../../components/ElevatorStatusTag';
import { useElevators } from '../../queries';

/** `/m/elevators`: the retrofits of the resident's unit; a tap opens where it stands. */
export default function MyElevatorsPage() {
  const { t } = useTranslation();
  const list = useElevators({});
  return (
    <Flex vertical gap="middle" data-testid="my-elevators">
      <PhoneHeader title={t('elevators.phone.title')} back="/m" />
      {list.isLoading ? <PageSpinner /> : null}
      {list.error ? <ErrorAlert error={list.error} onRetry={list.refetch} /> : null}
      {!list.isLoading && !list.error && list.items.length === 0 ? (
        <Empty description={t('elevators.phone.none')} />
      ) : null}
      {list.items.map((e) => (
        <Link key={e.id} to={`/m/elevators/${e.id}`} data-testid="my-elevator" style={{ color: 'inherit' }}>
          <Card size="small" hoverable>
            <Flex vertical gap={4}>
              <Flex justify="space-between" gap="small" align="start">
                <Typography.Text strong style={{ fontSize: '1.1em' }}>
                  {e.title}
                </Typography.Text>
                <ElevatorStatusTag status={e.status} />
              </Flex>
              <Typography.Text type="secondary">{placeLabel(e.place)}</Typography.Text>
            </Flex>
          </Card>
        </Link>
      ))}
      <LoadMore list={list} />
    </Flex>
  );
}
