import { Select, Spin } from 'antd';
import { type UIEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CursorList } from '../cursor/useCursorList';
import { useDebouncedValue } from '../hooks/useDebouncedValue';

export interface SearchOption {
  value: number;
  label: string;
}

/**
 * What was typed (trimmed, debounced; '' for everything) and the select's `within` → the matching options, a server
 * page at a time.
 */
export type OptionSource = (q: string, within?: number) => CursorList<SearchOption>;

interface SearchSelectProps {
  /** Given by Form.Item. */
  id?: string;
  value?: number | number[];
  onChange?: (value: number | number[] | undefined) => void;
  multiple?: boolean;
  /** Called as a hook on every render: keep the same function for the life of the select. */
  useOptions: OptionSource;
  /** Passed to `useOptions`, e.g. the node the options are limited to. */
  within?: number;
  /** The labels of values chosen before (an edited record's links), which the first page may not hold. */
  known?: readonly SearchOption[];
  placeholder?: string;
  'aria-label'?: string;
  'data-testid'?: string;
}

/** Scrolled this close to the bottom, the next page is fetched. */
const NEAR_BOTTOM_PX = 32;

/**
 * A select over a server-paginated list: typing searches the server, scrolling to the end of the options fetches
 * the next page, and chosen options keep their labels while other text is searched for.
 */
export function SearchSelect({
  id,
  value,
  onChange,
  multiple = false,
  useOptions,
  within,
  known = [],
  placeholder,
  'aria-label': ariaLabel,
  'data-testid': testId,
}: SearchSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const list = useOptions(q, within);
  const [chosen, setChosen] = useState<ReadonlyMap<number, string>>(new Map());

  const options = new Map<number, string>();
  for (const o of known) options.set(o.value, o.label);
  for (const [v, label] of chosen) options.set(v, label);
  for (const o of list.items) options.set(o.value, o.label);

  function handleChange(next?: number | number[]) {
    const picked = next === undefined ? [] : Array.isArray(next) ? next : [next];
    setChosen(new Map(picked.map((v) => [v, options.get(v) ?? String(v)])));
    onChange?.(next);
  }

  function handleScroll(e: UIEvent<HTMLDivElement>) {
    const el = e.currentTarget;
    if (
      el.scrollTop + el.clientHeight >= el.scrollHeight - NEAR_BOTTOM_PX &&
      list.hasNextPage &&
      !list.isFetching
    )
      list.fetchNextPage();
  }

  return (
    <Select<number | number[]>
      id={id}
      mode={multiple ? 'multiple' : undefined}
      aria-label={ariaLabel}
      value={value}
      onChange={handleChange}
      options={[...options].map(([v, label]) => ({ value: v, label }))}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      onPopupScroll={handleScroll}
      popupRender={(menu) => (
        <>
          {menu}
          {list.isFetchingNextPage ? <Spin size="small" style={{ display: 'block', margin: 8 }} /> : null}
        </>
      )}
      placeholder={placeholder}
      notFoundContent={list.isFetching ? <Spin size="small" /> : t('common.noResults')}
      style={{ width: '100%' }}
      data-testid={testId}
    />
  );
}
