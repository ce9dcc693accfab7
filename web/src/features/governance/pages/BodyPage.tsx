import { ArrowLeftOutlined, EditOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, type DescriptionsProps, Skeleton, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { BodyMember, GovernanceBody } from '../../../api/governance';
import { PageTitle } from '../../../shared/components/PageTitle';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { useNode } from '../../org/queries';
import { detailsOf } from '../components/BodyFields';
import { BodyKindTag } from '../components/BodyKindTag';
import { FilingTag, ViolationList } from '../components/Compliance';
import { EditBodyModal } from '../components/EditBodyModal';
import { MembersModal } from '../components/MembersModal';
import { useBody } from '../queries';

/** `/console/governance/bodies/:id`: one body, its members, and for an owners' committee its RULES.md §1 checks. */
export default function BodyPage() {
  const { id } = useParams();
  const body = useBody(Number(id) || 0);
  if (body.isPending) return <Skeleton active />;
  if (body.isError) return <ErrorAlert error={body.error} onRetry={() => void body.refetch()} />;
  return <BodyView body={body.data} />;
}

function BodyView({ body }: { body: GovernanceBody }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const place = useNode(body.placeId);
  const communityId = place.data?.communityId ?? undefined;
  const [editing, setEditing] = useState(false);
  const [editingFacts, setEditingFacts] = useState(false);
  const canManage = hasPermission(user, 'governance.manage');
  const committee = body.kind === 'owners_committee';
  const details = detailsOf(body);

  const items: DescriptionsProps['items'] = [
    { key: 'kind', label: t('governance.bodies.kind'), children: <BodyKindTag body={body} /> },
    { key: 'place', label: t('governance.bodies.place'), children: body.placeLabel },
    ...(body.parentBodyId === null
      ? []
      : [
          {
            key: 'parent',
            label: t('governance.bodies.parent'),
            children: (
              <Link to={`/console/governance/bodies/${body.parentBodyId}`}>#{body.parentBodyId}</Link>
            ),
          },
        ]),
    ...(body.electedOn || body.termEndsOn || committee
      ? [
          { key: 'electedOn', label: t('governance.bodies.electedOn'), children: body.electedOn ?? '—' },
          { key: 'termEndsOn', label: t('governance.bodies.termEndsOn'), children: body.termEndsOn ?? '—' },
        ]
      : []),
    ...(committee
      ? [
          { key: 'filedOn', label: t('governance.bodies.filedOn'), children: body.filedOn ?? '—' },
          {
            key: 'filing',
            label: t('governance.bodies.filingStatus'),
            children: body.filing ? <FilingTag filing={body.filing} /> : '—',
          },
        ]
      : []),
    ...(body.kind === 'property_company'
      ? [
          { key: 'company', label: t('governance.bodies.company'), children: details.company ?? '—' },
          {
            key: 'contract',
            label: t('governance.bodies.contract'),
            children:
              details.contractStart || details.contractEnd
                ? `${details.contractStart ?? '—'} ~ ${details.contractEnd ?? '—'}`
                : '—',
          },
          {
            key: 'contactPhone',
            label: t('governance.bodies.contactPhone'),
            children: details.contactPhone ?? '—',
          },
        ]
      : []),
    ...(body.kind === 'compound_officer'
      ? [
          { key: 'agency', label: t('governance.bodies.agency'), children: details.agency ?? '—' },
          {
            key: 'contactPhone',
            label: t('governance.bodies.contactPhone'),
            children: details.contactPhone ?? '—',
          },
        ]
      : []),
  ];

  return (
    <>
      <Link to={`/console/governance/bodies?placeId=${body.placeId}`}>
        <ArrowLeftOutlined /> {t('governance.bodies.back')}
      </Link>
      <PageTitle
        title={body.name}
        extra={
          canManage ? (
            <Button icon={<EditOutlined />} onClick={() => setEditingFacts(true)} data-testid="body-edit">
              {t('common.edit')}
            </Button>
          ) : null
        }
      />
      <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }} items={items} />
      {committee ? (
        <Card size="small" title={t('governance.bodies.checks')} style={{ marginTop: 16 }}>
          <ViolationList body={body} />
        </Card>
      ) : null}
      <Card
        size="small"
        style={{ marginTop: 16 }}
        title={
          <Space>
            <TeamOutlined />
            {t('governance.bodies.membersCount', { count: body.members.length })}
          </Space>
        }
        extra={
          canManage && communityId !== undefined ? (
            <Button size="small" onClick={() => setEditing(true)} data-testid="members-edit">
              {t('governance.bodies.editMembers')}
            </Button>
          ) : null
        }
      >
        <MemberTable body={body} />
      </Card>
      {editing && communityId !== undefined ? (
        <MembersModal body={body} communityId={communityId} onClose={() => setEditing(false)} />
      ) : null}
      {editingFacts ? <EditBodyModal body={body} onClose={() => setEditingFacts(false)} /> : null}
    </>
  );
}

function MemberTable({ body }: { body: GovernanceBody }) {
  const { t } = useTranslation();
  return (
    <Table<BodyMember>
      rowKey="personId"
      size="small"
      pagination={false}
      dataSource={body.members}
      locale={{ emptyText: t('governance.bodies.noMembers') }}
      columns={[
        {
          key: 'name',
          title: t('registry.name'),
          render: (_, member) => (
            <Link to={`/console/registry/people/${member.personId}`}>{member.name}</Link>
          ),
        },
        {
          key: 'role',
          title: t('governance.bodies.role'),
          render: (_, member) => t(`governance.bodies.roles.${member.role}`),
        },
        {
          key: 'since',
          title: t('governance.bodies.since'),
          render: (_, member) => member.since ?? '—',
        },
        {
          key: 'owner',
          title: t('governance.bodies.isOwner'),
          render: (_, member) =>
            member.isOwner ? (
              <Tag color="gold">{t('registry.relations.owner')}</Tag>
            ) : (
              <Tag color={body.kind === 'owners_committee' ? 'red' : undefined}>
                {t('governance.bodies.notOwner')}
              </Tag>
            ),
        },
      ]}
    />
  );
}
