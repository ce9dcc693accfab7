import { EditOutlined, EyeOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Flex, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Person } from '../../../api/registry';
import { PageTitle } from '../../../shared/components/PageTitle';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { CareGroupTags } from '../components/CareGroupTags';
import { CareVisitsCard } from '../components/CareVisitsCard';
import { PersonFormModal } from '../components/PersonFormModal';
import { RevealModal } from '../components/RevealModal';
import { usePerson } from '../queries';

const mono = { fontFamily: 'monospace' };

/** `/console/registry/people/:id`: one person, numbers masked, with the houses they own or live in. */
export default function PersonPage() {
  const { id } = useParams();
  const person = usePerson(Number(id) || undefined);
  if (person.isPending) return <Skeleton active />;
  if (person.isError) return <ErrorAlert error={person.error} onRetry={() => void person.refetch()} />;
  return <PersonView person={person.data} />;
}

function PersonView({ person }: { person: Person }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [revealing, setRevealing] = useState(false);
  const canReveal =
    person.actions.includes('reveal') && (person.idNumberMasked !== null || person.phoneMasked !== null);

  return (
    <>
      <PageTitle
        title={person.name}
        extra={
          <>
            {canReveal ? (
              <Button icon={<EyeOutlined />} onClick={() => setRevealing(true)} data-testid="person-reveal">
                {t('registry.revealButton')}
              </Button>
            ) : null}
            {person.actions.includes('update') ? (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="person-edit">
                {t('common.edit')}
              </Button>
            ) : null}
          </>
        }
      />
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'name', label: t('registry.name'), children: person.name },
          {
            key: 'sex',
            label: t('registry.sex'),
            children: person.sex ? t(`registry.sexes.${person.sex}`) : '—',
          },
          { key: 'birthDate', label: t('registry.birthDate'), children: person.birthDate ?? '—' },
          {
            key: 'idType',
            label: t('registry.idType'),
            children: t(`registry.documentTypes.${person.idType}`),
          },
          {
            key: 'idNumber',
            label: t('registry.idNumber'),
            children: <Typography.Text style={mono}>{person.idNumberMasked ?? '—'}</Typography.Text>,
          },
          {
            key: 'phone',
            label: t('registry.phone'),
            children: <Typography.Text style={mono}>{person.phoneMasked ?? '—'}</Typography.Text>,
          },
          {
            key: 'careGroups',
            label: t('registry.careGroup'),
            children: <CareGroupTags groups={person.careGroups} />,
          },
          {
            key: 'partyMember',
            label: t('registry.partyMember'),
            children: t(person.partyMember ? 'common.yes' : 'common.no'),
          },
        ]}
      />
      <Card size="small" title={t('registry.houses')} data-testid="person-houses">
        {person.houses.length === 0 ? (
          <Empty description={t('registry.noPersonHouses')} />
        ) : (
          <Flex vertical gap="small">
            {person.houses.map((house) => (
              <Space key={`${house.houseId}-${house.role}`} wrap>
                <Link to={`/console/registry/places/${house.placeId}?house=${house.houseId}`}>
                  {house.label}
                </Link>
                <Tag color={house.role === 'owner' ? 'gold' : undefined}>
                  {t(`registry.relations.${house.role}`)}
                </Tag>
              </Space>
            ))}
          </Flex>
        )}
      </Card>
      {person.careGroups.length > 0 ? <CareVisitsCard person={person} /> : null}
      <PersonFormModal target={editing ? { mode: 'edit', person } : null} onClose={() => setEditing(false)} />
      {canReveal ? (
        <RevealModal person={person} open={revealing} onClose={() => setRevealing(false)} />
      ) : null}
    </>
  );
}
