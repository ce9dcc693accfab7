import { TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCategoryBook } from '../queries';

interface CategoryTreeSelectProps {
  id?: string;
  value?: string;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  'aria-label'?: string;
  style?: React.CSSProperties;
}

/** Picks a category from the list of matters, sub-categories under their parent; typing filters by name. */
export function CategoryTreeSelect({
  id,
  value,
  onChange,
  placeholder,
  allowClear = true,
  'aria-label': ariaLabel,
  style,
}: CategoryTreeSelectProps) {
  const { t } = useTranslation();
  const book = useCategoryBook();
  return (
    <TreeSelect
      id={id}
      aria-label={ariaLabel}
      value={value}
      onChange={(code?: string) => onChange?.(code)}
      treeData={book.tree}
      loading={book.isLoading}
      treeDefaultExpandAll
      allowClear={allowClear}
      showSearch={{ treeNodeFilterProp: 'title' }}
      placeholder={placeholder ?? t('events.category')}
      style={{ minWidth: 200, ...style }}
      popupMatchSelectWidth={false}
      data-testid="category-select"
    />
  );
}
