import { Card, Empty, Flex, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageSpinner } from '../../../shared/components/PageSpinner';
import { LoadMore } from '../../../shared/cursor/LoadMore';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { useDebouncedValue } from '../../../shared/hooks/useDebouncedValue';
import { PhoneHeader } from '../../events/phone/components/PhoneHeader';
import { useServices } from '../queries';

/** `/m/services`: the service guide of the resident's stations: what is handled where and when, what to bring. */
export default function PhoneGuidePage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const query = useDebouncedValue(q.trim(), 300);
  const list = useServices(query ? { q: query } : {});
  return (
    <Flex vertical gap="middle" data-testid="phone-guide">
      <PhoneHeader title={t('venues.phone.guideEntry')} back="/m" />
      <Input.Search
        size="large"
        allowClear
        placeholder={t('venues.services.search')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        data-testid="guide-search"
      />
      {list.isLoading ? <PageSpinner /> : null}
      {list.error ? <ErrorAlert error={list.error} onRetry={list.refetch} /> : null}
      {!list.isLoading && !list.error && list.items.length === 0 ? (
        <Empty description={t('venues.phone.noServices')} />
      ) : null}
      {list.items.map((s) => (
        <Card size="small" key={s.id} data-testid="guide-item">
          <Flex vertical gap={4}>
            <Flex justify="space-between" align="start" gap="small">
              <Typography.Text strong style={{ fontSize: '1.1em' }}>
                {s.name}
              </Typography.Text>
              {s.selfService ? <Tag color="green">{t('venues.fields.selfService')}</Tag> : null}
            </Flex>
            <Typography.Text type="secondary">{s.department}</Typography.Text>
            <Typography.Text>
              {t('venues.phone.whereLine', {
                where: [s.stationName, s.location].filter(Boolean).join(' · '),
                address: s.stationAddress,
              })}
            </Typography.Text>
            {s.hours ? (
              <Typography.Text>{t('venues.phone.hoursLine', { hours: s.hours })}</Typography.Text>
            ) : null}
            {s.materials.length ? (
              <Typography.Text>
                {t('venues.phone.bringLine', {
                  materials: s.materials.join(t('venues.phone.listSeparator')),
                })}
              </Typography.Text>
            ) : null}
            {s.onlineUrl ? (
              <Typography.Link href={s.onlineUrl} target="_blank" rel="noopener noreferrer">
                {t('venues.services.online')}
              </Typography.Link>
            ) : null}
          </Flex>
        </Card>
      ))}
      <LoadMore list={list} />
    </Flex>
  );
}
