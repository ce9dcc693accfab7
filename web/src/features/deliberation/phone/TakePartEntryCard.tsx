import CommentOutlined from '@ant-design/icons-svg/es/asn/CommentOutlined';
import StarOutlined from '@ant-design/icons-svg/es/asn/StarOutlined';
import { useTranslation } from 'react-i18next';
import { EntryCard } from '../../../shared/plain/EntryCard';

/** The resident home page's way in to the compound's topics (议事) and evaluations (评议). */
export function TakePartEntryCard() {
  const { t } = useTranslation();
  return (
    <EntryCard
      title={t('deliberation.phone.entryCard')}
      testId="take-part-entry"
      entries={[
        {
          to: '/m/topics',
          icon: CommentOutlined,
          title: t('deliberation.phone.entry'),
          hint: t('deliberation.phone.entryHint'),
          testId: 'entry-topics',
        },
        {
          to: '/m/evaluations',
          icon: StarOutlined,
          title: t('evaluations.phone.entry'),
          hint: t('evaluations.phone.entryHint'),
          testId: 'entry-evaluations',
        },
      ]}
    />
  );
}
