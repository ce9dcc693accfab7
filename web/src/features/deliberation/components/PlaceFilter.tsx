import { useTranslation } from 'react-i18next';
import { NodeSelect } from '../../org/components/NodeSelect';

/** Narrows a list to one community or compound (and what lies under it). */
export function PlaceFilter({
  value,
  onChange,
}: {
  value: number | undefined;
  onChange: (id?: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <div style={{ width: 260, maxWidth: '100%' }}>
      <NodeSelect
        kinds={['community', 'compound']}
        value={value}
        onChange={onChange}
        placeholder={t('deliberation.filterPlace')}
        aria-label={t('deliberation.filterPlace')}
      />
    </div>
  );
}
