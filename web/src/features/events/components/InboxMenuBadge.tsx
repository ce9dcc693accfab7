import { useTranslation } from 'react-i18next';
import { useUnreadCount } from '../unread';

const MAX_SHOWN = 99;

/**
 * The unread notifications beside "我的待办" in the side menu (refreshed by the stream and once a minute).
 * A plain pill in antd's badge colours (its CSS variables) rather than antd's Badge or theme hook, which would
 * add chunks to every console page.
 */
export default function InboxMenuBadge() {
  const { t } = useTranslation();
  const count = useUnreadCount().data ?? 0;
  if (count === 0) return null;
  return (
    <span
      role="status"
      aria-label={t('events.inbox.unreadCount', { count })}
      data-testid="menu-unread"
      style={{
        display: 'inline-block',
        minWidth: 18,
        height: 18,
        padding: '0 5px',
        marginInlineStart: 8,
        borderRadius: 9,
        background: 'var(--ant-color-error, #ff4d4f)',
        color: '#fff',
        fontSize: 12,
        lineHeight: '18px',
        textAlign: 'center',
        verticalAlign: 'middle',
      }}
    >
      {count > MAX_SHOWN ? `${MAX_SHOWN}+` : count}
    </span>
  );
}
