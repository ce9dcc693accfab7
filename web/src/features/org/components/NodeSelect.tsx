import { Select, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORG_KINDS } from '../../../api/model';
import type { OrgNode } from '../../../api/org';
import { useDebouncedValue } from '../../../shared/hooks/useDebouncedValue';
import { useNode, useNodeSearch } from '../queries';

interface NodeSelectProps {
  /** Given by Form.Item. */
  id?: string;
  value?: number;
  onChange?: (nodeId: number | undefined) => void;
  /** Only nodes of these kinds (a single kind is also passed to the search). */
  kinds?: readonly string[];
  placeholder?: string;
  'aria-label'?: string;
}

/** Picks an org node by typing part of its name or code (`GET /org/nodes?q=`). */
export function NodeSelect({
  id,
  value,
  onChange,
  kinds,
  placeholder,
  'aria-label': ariaLabel,
}: NodeSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const results = useNodeSearch(
    q,
    kinds?.length === 1 ? ORG_KINDS.find((kind) => kind === kinds[0]) : undefined,
  );
  const selected = useNode(value);

  const nodes = new Map<number, OrgNode>();
  if (selected.data) nodes.set(selected.data.id, selected.data);
  for (const node of results.data?.items ?? []) {
    if (!kinds || kinds.includes(node.kind)) nodes.set(node.id, node);
  }
  const options = [...nodes.values()].map((node) => ({
    value: node.id,
    label: `${node.name} · ${t(`kinds.${node.kind}`)}`,
    title: node.path.map((item) => item.name).join(' / '),
  }));

  return (
    <Select<number>
      id={id}
      aria-label={ariaLabel}
      value={value}
      onChange={(nodeId?: number) => onChange?.(nodeId)}
      options={options}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder={placeholder ?? t('org.nodeSelectPlaceholder')}
      notFoundContent={
        results.isFetching ? <Spin size="small" /> : q ? t('common.noResults') : t('org.typeToSearch')
      }
      style={{ width: '100%', minWidth: 180 }}
      popupMatchSelectWidth={false}
    />
  );
}
