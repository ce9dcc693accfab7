import { Flex, Segmented, Select, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../api/registry';
import { useDebouncedValue } from '../../../shared/hooks/useDebouncedValue';
import { usePerson, usePersonList } from '../queries';

/** How a person is looked up: a name prefix, or an exact document number. */
type LookupMode = 'name' | 'idNumber';

/** Below this an ID number cannot match exactly (the shortest documents have 8 characters). */
const MIN_ID_LENGTH = 5;

interface PersonSelectProps {
  /** Given by Form.Item. */
  id?: string;
  value?: number;
  onChange?: (personId: number | undefined) => void;
  communityId: number;
}

function personLabel(person: Person): string {
  return [person.name, person.idNumberMasked].filter(Boolean).join(' · ');
}

/** Picks a person of the community by name, or by exact ID number (`GET /registry/people`). */
export function PersonSelect({ id, value, onChange, communityId }: PersonSelectProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<LookupMode>('name');
  const [search, setSearch] = useState('');
  const text = useDebouncedValue(search.trim());
  const ready = mode === 'name' ? text.length > 0 : text.length >= MIN_ID_LENGTH;
  const results = usePersonList(
    mode === 'name' ? { communityId, q: text } : { communityId, idNumber: text },
    ready,
  );
  const selected = usePerson(value);

  const people = new Map<number, Person>();
  if (selected.data) people.set(selected.data.id, selected.data);
  if (ready) for (const person of results.items) people.set(person.id, person);

  return (
    <Flex vertical gap="small">
      <Segmented<LookupMode>
        size="small"
        value={mode}
        onChange={(next) => {
          setMode(next);
          setSearch('');
        }}
        options={[
          { value: 'name', label: t('registry.byName') },
          { value: 'idNumber', label: t('registry.byIdNumber') },
        ]}
      />
      <Select<number>
        id={id}
        aria-label={t('registry.person')}
        value={value}
        onChange={(personId?: number) => onChange?.(personId)}
        options={[...people.values()].map((person) => ({ value: person.id, label: personLabel(person) }))}
        allowClear
        showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
        placeholder={t(
          mode === 'name' ? 'registry.personByNamePlaceholder' : 'registry.personByIdPlaceholder',
        )}
        notFoundContent={
          results.isFetching ? (
            <Spin size="small" />
          ) : ready ? (
            t('common.noResults')
          ) : (
            t('registry.typeToSearch')
          )
        }
        style={{ width: '100%' }}
        data-testid="person-select"
      />
    </Flex>
  );
}
