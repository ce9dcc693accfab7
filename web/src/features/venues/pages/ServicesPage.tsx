import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateService, type Service } from '../../../api/venues';
import { PageTitle } from '../../../shared/components/PageTitle';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { useDebouncedValue } from '../../../shared/hooks/useDebouncedValue';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { CreateServiceModal } from '../components/CreateServiceModal';
import { useServices, useVenueMutation } from '../queries';

/** `/console/venues/services`: the service guide (办事指南) of the stations in scope, searchable, kept here. */
export default function ServicesPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [creating, setCreating] = useState(false);
  const [q, setQ] = useState('');
  const query = useDebouncedValue(q.trim(), 300);
  const list = useServices(query ? { q: query } : {});
  const toggle = useVenueMutation(updateService);
  return (
    <>
      <PageTitle title={t('shell.menu.serviceGuide')} />
      <Flex justify="space-between" gap="middle" style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('venues.services.search')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          style={{ maxWidth: 320 }}
        />
        {hasPermission(user, 'venue.manage') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('venues.services.create')}
          </Button>
        ) : null}
      </Flex>
      <CursorTable<Service>
        list={list}
        testId="services-table"
        columns={[
          {
            title: t('venues.fields.service'),
            render: (_, s) => (
              <>
                {s.name} {s.selfService ? <Tag color="green">{t('venues.fields.selfService')}</Tag> : null}
              </>
            ),
          },
          { title: t('venues.fields.department'), dataIndex: 'department' },
          {
            title: t('venues.fields.station'),
            render: (_, s) => [s.stationName, s.location].filter(Boolean).join(' · '),
          },
          { title: t('venues.fields.hours'), render: (_, s) => s.hours ?? '—' },
          { title: t('venues.fields.materials'), render: (_, s) => s.materials.join('、') || '—' },
          {
            title: t('venues.fields.status'),
            render: (_, s) =>
              s.actions.includes('manage') ? (
                <Button size="small" onClick={() => toggle.mutate({ id: s.id, active: !s.active })}>
                  {t(s.active ? 'venues.services.withdraw' : 'venues.services.restore')}
                </Button>
              ) : (
                <Tag>{t(s.active ? 'venues.services.active' : 'venues.services.withdrawn')}</Tag>
              ),
          },
        ]}
      />
      <CreateServiceModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
