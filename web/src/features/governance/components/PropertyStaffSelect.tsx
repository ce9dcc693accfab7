import { Select, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PropertyStaffAccount } from '../../../api/governance';
import { useDebouncedValue } from '../../../shared/hooks/useDebouncedValue';
import { usePropertyStaff } from '../queries';

interface PropertyStaffSelectProps {
  /** Given by Form.Item. */
  id?: string;
  value?: number;
  onChange?: (accountId: number | undefined) => void;
  /** Staff granted at or above this compound are offered. */
  compoundId: number;
}

const labelOf = (account: PropertyStaffAccount) => `${account.displayName}（${account.username}）`;

/** Picks a property staff account serving the compound, searched by name (`GET /governance/property-staff`). */
export function PropertyStaffSelect({ id, value, onChange, compoundId }: PropertyStaffSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const results = usePropertyStaff(compoundId, q);
  // The chosen account keeps its label while another name is searched for.
  const [chosen, setChosen] = useState<PropertyStaffAccount | null>(null);

  const accounts = new Map<number, PropertyStaffAccount>();
  if (chosen && chosen.accountId === value) accounts.set(chosen.accountId, chosen);
  for (const account of results.items) accounts.set(account.accountId, account);

  return (
    <Select<number>
      id={id}
      aria-label={t('governance.leaders.staffAccount')}
      value={value}
      onChange={(accountId?: number) => {
        setChosen(accountId === undefined ? null : (accounts.get(accountId) ?? null));
        onChange?.(accountId);
      }}
      options={[...accounts.values()].map((account) => ({
        value: account.accountId,
        label: labelOf(account),
      }))}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      placeholder={t('governance.leaders.staffPlaceholder')}
      notFoundContent={results.isFetching ? <Spin size="small" /> : t('governance.leaders.staffNone')}
      style={{ width: '100%' }}
      data-testid="leader-account"
    />
  );
}
