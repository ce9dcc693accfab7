import CheckSquareOutlined from '@ant-design/icons-svg/es/asn/CheckSquareOutlined';
import FileDoneOutlined from '@ant-design/icons-svg/es/asn/FileDoneOutlined';
import NotificationOutlined from '@ant-design/icons-svg/es/asn/NotificationOutlined';
import VerticalAlignTopOutlined from '@ant-design/icons-svg/es/asn/VerticalAlignTopOutlined';
import { useTranslation } from 'react-i18next';
import { EntryCard } from '../../../shared/plain/EntryCard';

/** Where each entry goes and the message section that names it (`<section>.phone.entry`, `…entryHint`). */
const ENTRIES = [
  { to: '/m/votes', section: 'votes', icon: CheckSquareOutlined, testId: 'entry-votes' },
  { to: '/m/notices', section: 'notices', icon: NotificationOutlined, testId: 'entry-notices' },
  { to: '/m/elevators', section: 'elevators', icon: VerticalAlignTopOutlined, testId: 'entry-elevators' },
  { to: '/m/conventions', section: 'conventions', icon: FileDoneOutlined, testId: 'entry-conventions' },
] as const;

/** The resident home page's way in to owner votes, public notices, elevator retrofits and conventions. */
export function DecisionsEntryCard() {
  const { t } = useTranslation();
  return (
    <EntryCard
      title={`${t('votes.phone.entry')} · ${t('notices.phone.entry')}`}
      testId="decisions-entry"
      entries={ENTRIES.map((e) => ({
        to: e.to,
        icon: e.icon,
        title: t(`${e.section}.phone.entry`),
        hint: t(`${e.section}.phone.entryHint`),
        testId: e.testId,
      }))}
    />
  );
}
