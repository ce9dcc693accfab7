import { BellOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Badge, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ALERT_STREAM_URL, type AlertChange } from '../../../api/devices';
import { useServerEvents } from '../../../shared/hooks/useServerEvents';
import { DEVICES_KEY, useActiveAlertCount } from '../queries';

const ALERT = ['alert'] as const;
const ALERTS_PAGE = '/console/devices/alerts';

const isAlert = (v: unknown): v is AlertChange =>
  typeof v === 'object' && v !== null && typeof (v as AlertChange).id === 'number';

/**
 * The console header's bell: the count of active device alerts, and a notification the moment one opens in the
 * user's scope (`GET /devices/alerts/stream`), without a reload. Loaded in its own chunk for those who read devices.
 */
export default function LiveAlerts() {
  const { t } = useTranslation();
  const { notification } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const count = useActiveAlertCount().data?.active ?? 0;
  const refresh = () => void client.invalidateQueries({ queryKey: DEVICES_KEY });

  useServerEvents(ALERT_STREAM_URL, {
    events: ALERT,
    onBatch: (messages) => {
      refresh();
      for (const a of messages.map((m) => m.data).filter(isAlert)) {
        if (a.status !== 'open') continue;
        notification.open({
          key: `device-alert-${a.id}`,
          type: a.severity === 'critical' ? 'error' : 'warning',
          title: t('liveAlerts.opened', { severity: t(`devices.severity.${a.severity}`) }),
          description: `${a.deviceName} · ${t(`devices.conditions.${a.condition}`)}`,
          // A critical alarm (smoke, someone trapped) stays until someone reads it.
          duration: a.severity === 'critical' ? 0 : 8,
          props: { 'data-testid': 'live-alert-notification' },
          onClick: () => {
            notification.destroy(`device-alert-${a.id}`);
            void navigate(ALERTS_PAGE);
          },
        });
      }
    },
    onReopen: refresh,
  });

  return (
    <Button
      type="text"
      aria-label={t('liveAlerts.badge', { count })}
      data-testid="live-alerts"
      data-count={count}
      onClick={() => void navigate(ALERTS_PAGE)}
      icon={
        <Badge count={count} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      }
    />
  );
}
