import { CommentOutlined, StarOutlined } from '@ant-design/icons';
import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { EntryButton } from '../../events/phone/components/EventsEntryCard';

/** The resident home page's way in to the compound's topics (议事) and evaluations (评议). */
export function TakePartEntryCard() {
  const { t } = useTranslation();
  return (
    <Card title={t('deliberation.phone.entryCard')} data-testid="take-part-entry">
      <Flex vertical gap="small">
        <EntryButton
          to="/m/topics"
          icon={<CommentOutlined />}
          title={t('deliberation.phone.entry')}
          hint={t('deliberation.phone.entryHint')}
          testId="entry-topics"
        />
        <EntryButton
          to="/m/evaluations"
          icon={<StarOutlined />}
          title={t('evaluations.phone.entry')}
          hint={t('evaluations.phone.entryHint')}
          testId="entry-evaluations"
        />
      </Flex>
    </Card>
  );
}
