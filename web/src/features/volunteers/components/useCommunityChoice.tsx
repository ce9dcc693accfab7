import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NodeSelect } from '../../org/components/NodeSelect';
import { useScopeCommunityId } from '../../org/useScopeCommunityId';

/**
 * Passbooks, rewards' redemptions and rules are a community's: the scope's community, or (for street staff) the one
 * picked here.
 */
export function useCommunityChoice() {
  const { t } = useTranslation();
  const scoped = useScopeCommunityId();
  const [chosen, setChosen] = useState<number>();
  const picker = scoped ? null : (
    <div style={{ width: 280 }}>
      <NodeSelect
        kinds={['community']}
        value={chosen}
        onChange={setChosen}
        placeholder={t('volunteers.chooseCommunity')}
        aria-label={t('volunteers.community')}
      />
    </div>
  );
  return { communityId: scoped ?? chosen, picker };
}
