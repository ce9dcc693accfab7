import {
  CheckSquareOutlined,
  FileDoneOutlined,
  NotificationOutlined,
  VerticalAlignTopOutlined,
} from '@ant-design/icons';
import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { EntryButton } from '../../events/phone/components/EventsEntryCard';

/** The resident home page's way in to owner votes, public notices, elevator retrofits and conventions. */
export function DecisionsEntryCard() {
  const { t } = useTranslation();
  return (
    <Card title={`${t('votes.phone.entry')} · ${t('notices.phone.entry')}`} data-testid="decisions-entry">
      <Flex vertical gap="small">
        <EntryButton
          to="/m/votes"
          icon={<CheckSquareOutlined />}
          title={t('votes.phone.entry')}
          hint={t('votes.phone.entryHint')}
          testId="entry-votes"
        />
        <EntryButton
          to="/m/notices"
          icon={<NotificationOutlined />}
          title={t('notices.phone.entry')}
          hint={t('notices.phone.entryHint')}
          testId="entry-notices"
        />
        <EntryButton
          to="/m/elevators"
          icon={<VerticalAlignTopOutlined />}
          title={t('elevators.phone.entry')}
          hint={t('elevators.phone.entryHint')}
          testId="entry-elevators"
        />
        <EntryButton
          to="/m/conventions"
          icon={<FileDoneOutlined />}
          title={t('conventions.phone.entry')}
          hint={t('conventions.phone.entryHint')}
          testId="entry-conventions"
        />
      </Flex>
    </Card>
  );
}
