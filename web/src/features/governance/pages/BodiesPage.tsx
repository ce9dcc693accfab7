import { PlusOutlined } from '@ant-design/icons';
import { Button, Segmented, Space, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { BODY_KINDS, type BodyKind, type GovernanceBody } from '../../../api/governance';
import { PageTitle } from '../../../shared/components/PageTitle';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { useNode } from '../../org/queries';
import { usePlaceParam } from '../../org/usePlaceParam';
import { BodyKindTag } from '../components/BodyKindTag';
import { FilingTag } from '../components/Compliance';
import { CreateBodyModal } from '../components/CreateBodyModal';
import { CompoundChoices, PlacePicker } from '../components/PlacePicker';
import { useBodyList } from '../queries';

const BODY_PLACES = ['compound', 'building'];
type KindFilter = BodyKind | 'all';

/** `/console/governance/bodies?placeId=`: a compound's party organisations, committees, property company, groups. */
export default function BodiesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const place = usePlaceParam(BODY_PLACES);
  const node = useNode(place.id);
  const [kind, setKind] = useState<KindFilter>('all');
  const [creating, setCreating] = useState(false);
  // Bodies belong to a compound; only a building party group sits on a building, chosen in the form.
  const compound = node.data?.kind === 'compound' ? node.data : undefined;

  return (
    <>
      <PageTitle
        title={t('governance.bodies.title')}
        extra={
          hasPermission(user, 'governance.manage') && compound ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="body-create"
            >
              {t('governance.bodies.create')}
            </Button>
          ) : null
        }
      />
      <Typography.Paragraph type="secondary">{t('governance.bodies.intro')}</Typography.Paragraph>
      <PlacePicker kinds={BODY_PLACES} place={place} placeholder={t('governance.pickCompoundOrBuilding')} />
      <Segmented<KindFilter>
        value={kind}
        onChange={setKind}
        options={[
          { value: 'all', label: t('governance.bodies.allKinds') },
          ...BODY_KINDS.map((value) => ({ value, label: t(`governance.bodies.kinds.${value}`) })),
        ]}
        style={{ marginBottom: 16, maxWidth: '100%', overflowX: 'auto' }}
      />
      {place.id === undefined ? (
        <CompoundChoices place={place} hint={t('governance.pickCompound')} />
      ) : (
        <BodyTable placeId={place.id} kind={kind === 'all' ? undefined : kind} />
      )}
      {creating && compound ? (
        <CreateBodyModal
          compound={compound}
          onClose={() => setCreating(false)}
          onCreated={(body) => void navigate(`/console/governance/bodies/${body.id}`)}
        />
      ) : null}
    </>
  );
}

function BodyTable({ placeId, kind }: { placeId: number; kind: BodyKind | undefined }) {
  const { t } = useTranslation();
  const list = useBodyList(placeId, kind);
  const columns: TableColumnsType<GovernanceBody> = [
    {
      key: 'name',
      title: t('governance.bodies.name'),
      render: (_, body) => <Link to={`/console/governance/bodies/${body.id}`}>{body.name}</Link>,
    },
    { key: 'kind', title: t('governance.bodies.kind'), render: (_, body) => <BodyKindTag body={body} /> },
    { key: 'place', title: t('governance.bodies.place'), dataIndex: 'placeLabel' },
    {
      key: 'term',
      title: t('governance.bodies.term'),
      render: (_, body) =>
        body.electedOn || body.termEndsOn ? `${body.electedOn ?? '—'} ~ ${body.termEndsOn ?? '—'}` : '—',
    },
    {
      key: 'members',
      title: t('governance.bodies.members'),
      render: (_, body) => body.members.length,
    },
    {
      key: 'compliance',
      title: t('governance.bodies.compliance'),
      render: (_, body) =>
        body.kind === 'owners_committee' ? (
          <Space size={4} wrap>
            {body.violations.length > 0 ? (
              <Tag color="red">{t('governance.bodies.problems', { count: body.violations.length })}</Tag>
            ) : body.electedOn && body.termEndsOn ? (
              <Tag color="green">{t('governance.bodies.compliantShort')}</Tag>
            ) : null}
            {body.filing ? <FilingTag filing={body.filing} /> : null}
          </Space>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <CursorTable<GovernanceBody>
      list={list}
      columns={columns}
      testId="body-table"
      locale={{ emptyText: t('governance.bodies.none') }}
    />
  );
}
