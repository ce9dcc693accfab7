import { UserAddOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Form, Input, Space, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CAPABLE_POWERS, type CapablePerson, type CapablePower } from '../../../api/governance';
import type { OrgNode } from '../../../api/org';
import { FormModal } from '../../../shared/components/FormModal';
import { PageTitle } from '../../../shared/components/PageTitle';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { useNode } from '../../org/queries';
import { usePlaceParam } from '../../org/usePlaceParam';
import { PersonField, usePersonCreator } from '../../registry/components/PersonField';
import { CompoundChoices, PlacePicker } from '../components/PlacePicker';
import { useCapableList, useCreateCapablePerson } from '../queries';

const CAPABLE_PLACES = ['compound'];
const EXPERTISE_MAX_LENGTH = 200;

const isPower = (power: string): power is CapablePower =>
  (CAPABLE_POWERS as readonly string[]).includes(power);

/** `/console/governance/capable?placeId=`: capable persons (贤达能人) of a compound and their powers. */
export default function CapablePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const place = usePlaceParam(CAPABLE_PLACES);
  const node = useNode(place.id);
  const canManage = hasPermission(user, 'governance.manage');
  const [adding, setAdding] = useState(false);

  return (
    <>
      <PageTitle
        title={t('governance.capable.title')}
        extra={
          canManage && node.data ? (
            <Button
              type="primary"
              icon={<UserAddOutlined />}
              onClick={() => setAdding(true)}
              data-testid="capable-add"
            >
              {t('governance.capable.add')}
            </Button>
          ) : null
        }
      />
      <Typography.Paragraph type="secondary">{t('governance.capable.intro')}</Typography.Paragraph>
      <PlacePicker kinds={CAPABLE_PLACES} place={place} placeholder={t('governance.pickCompound')} />
      {place.id === undefined ? (
        <CompoundChoices place={place} hint={t('governance.pickCompound')} />
      ) : (
        <CapableTable placeId={place.id} />
      )}
      {adding && node.data ? <CapableModal compound={node.data} onClose={() => setAdding(false)} /> : null}
    </>
  );
}

function CapableTable({ placeId }: { placeId: number }) {
  const { t } = useTranslation();
  const list = useCapableList(placeId);
  const columns: TableColumnsType<CapablePerson> = [
    {
      key: 'person',
      title: t('registry.person'),
      render: (_, item) => <Link to={`/console/registry/people/${item.personId}`}>{item.name}</Link>,
    },
    { key: 'compound', title: t('kinds.compound'), dataIndex: 'compoundLabel' },
    {
      key: 'powers',
      title: t('governance.capable.powers'),
      render: (_, item) => (
        <Space size={[0, 4]} wrap>
          {item.powers.map((power) => (
            <Tag key={power} color="blue">
              {isPower(power) ? t(`governance.capable.powerNames.${power}`) : power}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'expertise',
      title: t('governance.capable.expertise'),
      render: (_, item) => item.expertise || '—',
    },
  ];
  return (
    <CursorTable<CapablePerson>
      list={list}
      columns={columns}
      testId="capable-table"
      locale={{ emptyText: t('governance.capable.none') }}
    />
  );
}

interface CapableValues {
  personId: number;
  powers: CapablePower[];
  expertise?: string;
}

function CapableModal({ compound, onClose }: { compound: OrgNode; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CapableValues>();
  const communityId = compound.communityId ?? 0;
  const creator = usePersonCreator(communityId, (personId) => form.setFieldValue('personId', personId));
  const create = useCreateCapablePerson();

  async function submit(values: CapableValues): Promise<void> {
    const expertise = values.expertise?.trim();
    await create.mutateAsync({
      personId: values.personId,
      compoundId: compound.id,
      powers: values.powers,
      ...(expertise ? { expertise } : {}),
    });
    void message.success(t('governance.capable.added'));
    onClose();
  }

  return (
    <>
      <FormModal<CapableValues>
        open
        form={form}
        title={t('governance.capable.addTitle', { place: compound.name })}
        initialValues={{ powers: [...CAPABLE_POWERS] }}
        onSubmit={submit}
        onCancel={onClose}
        submitTestId="capable-submit"
      >
        <PersonField communityId={communityId} onCreate={creator.open} />
        <Form.Item
          name="powers"
          label={t('governance.capable.powers')}
          rules={[{ required: true, type: 'array', min: 1, message: t('governance.capable.powersRequired') }]}
        >
          <Checkbox.Group
            options={CAPABLE_POWERS.map((value) => ({
              value,
              label: t(`governance.capable.powerNames.${value}`),
            }))}
            data-testid="capable-powers"
          />
        </Form.Item>
        <Form.Item
          name="expertise"
          label={t('governance.capable.expertise')}
          rules={[{ max: EXPERTISE_MAX_LENGTH }]}
        >
          <Input placeholder={t('governance.capable.expertisePlaceholder')} data-testid="capable-expertise" />
        </Form.Item>
      </FormModal>
      {creator.modal}
    </>
  );
}
