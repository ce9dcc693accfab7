import { type TableColumnsType, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Person } from '../../../api/registry';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { type PersonFilter, usePersonList } from '../queries';
import { CareGroupTags } from './CareGroupTags';

const mono = { fontFamily: 'monospace' };

/** People matching a filter, with their numbers masked; a name opens the person. */
export function PeopleTable({ filter }: { filter: PersonFilter }) {
  const { t } = useTranslation();
  const list = usePersonList(filter);
  const columns: TableColumnsType<Person> = [
    {
      key: 'name',
      title: t('registry.name'),
      fixed: 'left',
      render: (_, person) => <Link to={`/console/registry/people/${person.id}`}>{person.name}</Link>,
    },
    {
      key: 'sex',
      title: t('registry.sex'),
      render: (_, person) => (person.sex ? t(`registry.sexes.${person.sex}`) : '—'),
    },
    { key: 'birthDate', title: t('registry.birthDate'), render: (_, person) => person.birthDate ?? '—' },
    {
      key: 'idNumber',
      title: t('registry.idNumber'),
      render: (_, person) => (
        <Space size={4} wrap>
          <Typography.Text style={mono}>{person.idNumberMasked ?? '—'}</Typography.Text>
          {person.idType === 'resident_id' ? null : <Tag>{t(`registry.documentTypes.${person.idType}`)}</Tag>}
        </Space>
      ),
    },
    {
      key: 'phone',
      title: t('registry.phone'),
      render: (_, person) => <Typography.Text style={mono}>{person.phoneMasked ?? '—'}</Typography.Text>,
    },
    {
      key: 'careGroups',
      title: t('registry.careGroup'),
      render: (_, person) => (
        <Space size={[0, 4]} wrap>
          <CareGroupTags groups={person.careGroups} />
          {person.partyMember ? <Tag color="red">{t('registry.partyMember')}</Tag> : null}
        </Space>
      ),
    },
    {
      key: 'houses',
      title: t('registry.houses'),
      render: (_, person) =>
        person.houses.length === 0 ? (
          '—'
        ) : (
          <Space size={[0, 4]} wrap>
            {person.houses.map((house) => (
              <Link
                key={house.houseId}
                to={`/console/registry/places/${house.placeId}?house=${house.houseId}`}
              >
                <Tag>
                  {house.label} · {t(`registry.relations.${house.role}`)}
                </Tag>
              </Link>
            ))}
          </Space>
        ),
    },
  ];
  return <CursorTable<Person> list={list} columns={columns} testId="person-table" />;
}
