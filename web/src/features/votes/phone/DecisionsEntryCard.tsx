import {
  CheckSquareOutlined,
  FileDoneOutlined,
  NotificationOutlined,
  VerticalAlignTopOutlined,
} from '@ant-design/icons';
import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { EntryButton } from '../../events/phone/components/EventsEntryCard';

/** Where each entry goes and the message section that names it (`<section>.phone.entry`, `…entryHint`). */
const ENTRIES = [
  { to: '/m/votes', section: 'votes', icon: <CheckSquareOutlined />, testId: 'entry-votes' },
  { to: '/m/notices', section: 'notices', icon: <NotificationOutlined />, testId: 'entry-notices' },
  { to: '/m/elevators', section: 'elevators', icon: <VerticalAlignTopOutlined />, testId: 'entry-elevators' },
  { to: '/m/conventions', section: 'conventions', icon: <FileDoneOutlined />, testId: 'entry-conventions' },
] as const;

/** The resident home page's way in to owner votes, public notices, elevator retrofits and conventions. */
export function DecisionsEntryCard() {
  const { t } = useTranslation();
  return (
    <Card title={`${t('votes.phone.entry')} · ${t('notices.phone.entry')}`} data-testid="decisions-entry">
      <Flex vertical gap="small">
        {ENTRIES.map((e) => (
          <EntryButton
            key={e.to}
            to={e.to}
            icon={e.icon}
            title={t(`${e.section}.phone.entry`)}
            hint={t(`${e.section}.phone.entryHint`)}
            testId={e.testId}
          />
        ))}
      </Flex>
    </Card>
  );
}
