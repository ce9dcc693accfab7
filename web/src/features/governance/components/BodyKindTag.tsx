import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { type GovernanceBody, PARTY_LEVELS, type PartyLevel } from '../../../api/governance';

const COLORS: Record<GovernanceBody['kind'], string> = {
  party_org: 'red',
  owners_committee: 'blue',
  supervisory_committee: 'geekblue',
  property_company: 'purple',
  resident_group: 'cyan',
  compound_officer: 'green',
};

const isPartyLevel = (level: string | null): level is PartyLevel =>
  (PARTY_LEVELS as readonly (string | null)[]).includes(level);

/** The kind of a body; a party organisation with its level (社区党委 / 小区党支部 / 楼栋党小组). */
export function BodyKindTag({ body }: { body: Pick<GovernanceBody, 'kind' | 'partyLevel'> }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[body.kind]}>
      {t(`governance.bodies.kinds.${body.kind}`)}
      {isPartyLevel(body.partyLevel) ? ` · ${t(`governance.bodies.partyLevels.${body.partyLevel}`)}` : ''}
    </Tag>
  );
}
