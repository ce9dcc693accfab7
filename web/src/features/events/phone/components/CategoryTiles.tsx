import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type CategoryTile, localizedName } from '../categories';
import { CategoryIcon } from './CategoryIcon';

interface TileChoice {
  tile: CategoryTile;
  /** Shown instead of the category's own name ("电梯故障（其他情况）"). */
  label?: string;
}

/**
 * The categories as big buttons with a picture: three to a row, two in elder mode. Buttons, so they are
 * reached with Tab and pressed with Enter or Space like any other.
 */
export function CategoryTiles({
  choices,
  elder,
  onPick,
}: {
  choices: TileChoice[];
  elder: boolean;
  onPick: (tile: CategoryTile) => void;
}) {
  const { i18n } = useTranslation();
  const iconSize = elder ? 56 : 44;
  return (
    <div
      role="list"
      style={{
        display: 'grid',
        gridTemplateColumns: `repeat(${elder ? 2 : 3}, minmax(0, 1fr))`,
        gap: elder ? 12 : 8,
      }}
    >
      {choices.map(({ tile, label }) => (
        <div role="listitem" key={`${tile.code}${label ? ':self' : ''}`} style={{ display: 'flex' }}>
          <Button
            onClick={() => onPick(tile)}
            data-testid="category-tile"
            data-code={tile.code}
            style={{
              width: '100%',
              height: 'auto',
              minHeight: elder ? 128 : 104,
              padding: '12px 6px',
              display: 'flex',
              flexDirection: 'column',
              alignItems: 'center',
              justifyContent: 'center',
              gap: 8,
              whiteSpace: 'normal',
              borderRadius: 12,
            }}
          >
            <CategoryIcon icon={tile.icon} size={iconSize} />
            <Typography.Text style={{ lineHeight: 1.25, textAlign: 'center', wordBreak: 'break-word' }}>
              {label ?? localizedName(tile.name, i18n.language)}
            </Typography.Text>
          </Button>
        </div>
      ))}
    </div>
  );
}
