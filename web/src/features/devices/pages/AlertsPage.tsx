import { Button, Segmented, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { actOnAlert, type Alert } from '../../../api/devices';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { formatDateTime } from '../../../shared/format';
import { placeLabel } from '../../votes/model';
import { useAlerts, useDeviceMutation } from '../queries';

const FILTERS = ['active', 'resolved', 'all'] as const;
const SEVERITY_COLOR = { critical: 'red', major: 'orange', minor: 'default' } as const;

/** `/console/devices/alerts`: alerts raised by devices, each linked to the event it filed; acknowledge and resolve. */
export default function AlertsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState('active');
  const list = useAlerts(status);
  const act = useDeviceMutation(actOnAlert);
  return (
    <>
      <Segmented
        style={{ marginBottom: 12 }}
        value={status}
        onChange={(v) => setStatus(String(v))}
        options={FILTERS.map((f) => ({ value: f, label: t(`devices.alerts.filter.${f}`) }))}
      />
      <CursorTable<Alert>
        list={list}
        testId="alerts-table"
        columns={[
          {
            title: t('devices.alerts.severity'),
            render: (_, a) => (
              <Tag color={SEVERITY_COLOR[a.severity]}>{t(`devices.severity.${a.severity}`)}</Tag>
            ),
          },
          { title: t('devices.alerts.condition'), render: (_, a) => t(`devices.conditions.${a.condition}`) },
          { title: t('devices.name'), render: (_, a) => `${a.deviceName}（${a.deviceCode}）` },
          { title: t('devices.where'), render: (_, a) => placeLabel(a.path) },
          { title: t('devices.alerts.openedAt'), render: (_, a) => formatDateTime(a.openedAt) },
          { title: t('devices.alerts.occurrences'), dataIndex: 'occurrences' },
          { title: t('devices.state'), render: (_, a) => t(`devices.alerts.states.${a.status}`) },
          {
            title: t('devices.alerts.event'),
            render: (_, a) =>
              a.eventId ? <Link to={`/console/events/${a.eventId}`}>#{a.eventId}</Link> : null,
          },
          {
            title: '',
            render: (_, a) => (
              <Space>
                {a.actions.map((action) => (
                  <Button
                    key={action}
                    size="small"
                    loading={act.isPending}
                    onClick={() => act.mutate({ id: a.id, action })}
                  >
                    {t(`devices.alerts.actions.${action}`)}
                  </Button>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
