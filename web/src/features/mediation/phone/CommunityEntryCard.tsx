import TeamOutlined from '@ant-design/icons-svg/es/asn/TeamOutlined';
import { useTranslation } from 'react-i18next';
import { EntryCard } from '../../../shared/plain/EntryCard';

/** The resident home page's way in to self-organisations near home and their own mediation cases. */
export function CommunityEntryCard() {
  const { t } = useTranslation();
  return (
    <EntryCard
      title={t('selforgs.phone.title')}
      testId="community-entry"
      entries={[
        {
          to: '/m/community',
          icon: TeamOutlined,
          title: t('selforgs.phone.title'),
          hint: t('selforgs.phone.hint'),
          testId: 'entry-community',
        },
      ]}
    />
  );
}
