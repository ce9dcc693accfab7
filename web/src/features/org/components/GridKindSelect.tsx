import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { GRID_KINDS, type GridKind } from '../../../api/grids';

/** Comprehensive / basic / micro grid. */
export function GridKindSelect(props: Omit<SelectProps<GridKind>, 'options'>) {
  const { t } = useTranslation();
  return (
    <Select<GridKind>
      {...props}
      options={GRID_KINDS.map((kind) => ({ value: kind, label: t(`grids.kinds.${kind}`) }))}
    />
  );
}
