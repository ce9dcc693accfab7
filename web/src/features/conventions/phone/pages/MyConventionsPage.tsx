import { Card, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageSpinner } from '../../../../shared/components/PageSpinner';
import { LoadMore } from '../../../../shared/cursor/LoadMore';
import { ErrorAlert } from '../../../../shared/errors/ErrorAlert';
import { PhoneHeader } from '../../../events/phone/components/PhoneHeader';
import { placeLabel } from '../../../votes/model';
import { ConventionStatusTag } from '../../components/ConventionStatusTag';
import { useConventions } from '../../queries';

/** `/m/conventions`: the conventions of the resident's compound and building; adopted ones wait for a signature. */
export default function MyConventionsPage() {
  const { t } = useTranslation();
  const list = useConventions({});
  return (
    <Flex vertical gap="middle" data-testid="my-conventions">
      <PhoneHeader title={t('conventions.phone.title')} back="/m" />
      {list.isLoading ? <PageSpinner /> : null}
      {list.error ? <ErrorAlert error={list.error} onRetry={list.refetch} /> : null}
      {!list.isLoading && !list.error && list.items.length === 0 ? (
        <Empty description={t('conventions.phone.none')} />
      ) : null}
      {list.items.map((c) => (
        <Link
          key={c.id}
          to={`/m/conventions/${c.id}`}
          data-testid="my-convention"
          style={{ color: 'inherit' }}
        >
          <Card size="small" hoverable>
            <Flex vertical gap={4}>
              <Flex justify="space-between" gap="small" align="start">
                <Typography.Text strong style={{ fontSize: '1.1em' }}>
                  {c.title}
                </Typography.Text>
                <ConventionStatusTag status={c.status} />
              </Flex>
              <Typography.Text type="secondary">{placeLabel(c.place)}</Typography.Text>
              {c.status === 'adopted' ? (
                <div>
                  <Tag color="blue">{t('conventions.phone.toSign')}</Tag>
                </div>
              ) : null}
            </Flex>
          </Card>
        </Link>
      ))}
      <LoadMore list={list} />
    </Flex>
  );
}
