import { UserAddOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, type TableColumnsType, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PartyCheckin } from '../../../api/governance';
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
import { useCheckinList, useCreateCheckin } from '../queries';

const CHECKIN_PLACES = ['compound'];
const WORK_UNIT_MAX_LENGTH = 100;

/** `/console/governance/checkins?placeId=`: party members who checked in (双报到) with their compound. */
export default function CheckinsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const place = usePlaceParam(CHECKIN_PLACES);
  const node = useNode(place.id);
  const canManage = hasPermission(user, 'governance.manage');
  const [adding, setAdding] = useState(false);

  return (
    <>
      <PageTitle
        title={t('governance.checkins.title')}
        extra={
          canManage && node.data ? (
            <Button
              type="primary"
              icon={<UserAddOutlined />}
              onClick={() => setAdding(true)}
              data-testid="checkin-add"
            >
              {t('governance.checkins.add')}
            </Button>
          ) : null
        }
      />
      <Typography.Paragraph type="secondary">{t('governance.checkins.intro')}</Typography.Paragraph>
      <PlacePicker kinds={CHECKIN_PLACES} place={place} placeholder={t('governance.pickCompound')} />
      {place.id === undefined ? (
        <CompoundChoices place={place} hint={t('governance.pickCompound')} />
      ) : (
        <CheckinTable placeId={place.id} />
      )}
      {adding && node.data ? <CheckinModal compound={node.data} onClose={() => setAdding(false)} /> : null}
    </>
  );
}

function CheckinTable({ placeId }: { placeId: number }) {
  const { t } = useTranslation();
  const list = useCheckinList(placeId);
  const columns: TableColumnsType<PartyCheckin> = [
    {
      key: 'person',
      title: t('registry.person'),
      render: (_, item) => <Link to={`/console/registry/people/${item.personId}`}>{item.name}</Link>,
    },
    { key: 'compound', title: t('kinds.compound'), dataIndex: 'compoundLabel' },
    { key: 'workUnit', title: t('governance.checkins.workUnit'), dataIndex: 'workUnit' },
    { key: 'checkedInOn', title: t('governance.checkins.checkedInOn'), dataIndex: 'checkedInOn' },
  ];
  return (
    <CursorTable<PartyCheckin>
      list={list}
      columns={columns}
      testId="checkin-table"
      locale={{ emptyText: t('governance.checkins.none') }}
    />
  );
}

interface CheckinValues {
  personId: number;
  workUnit: string;
  checkedInOn: Dayjs;
}

function CheckinModal({ compound, onClose }: { compound: OrgNode; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CheckinValues>();
  const communityId = compound.communityId ?? 0;
  const creator = usePersonCreator(communityId, (personId) => form.setFieldValue('personId', personId));
  const create = useCreateCheckin();

  async function submit(values: CheckinValues): Promise<void> {
    await create.mutateAsync({
      personId: values.personId,
      compoundId: compound.id,
      workUnit: values.workUnit.trim(),
      checkedInOn: values.checkedInOn.format('YYYY-MM-DD'),
    });
    void message.success(t('governance.checkins.added'));
    onClose();
  }

  return (
    <>
      <FormModal<CheckinValues>
        open
        form={form}
        title={t('governance.checkins.addTitle', { place: compound.name })}
        initialValues={{ checkedInOn: dayjs() }}
        onSubmit={submit}
        onCancel={onClose}
        submitTestId="checkin-submit"
      >
        <PersonField communityId={communityId} onCreate={creator.open} />
        <Form.Item
          name="workUnit"
          label={t('governance.checkins.workUnit')}
          rules={[
            { required: true, whitespace: true, message: t('governance.checkins.workUnitRequired') },
            { max: WORK_UNIT_MAX_LENGTH },
          ]}
        >
          <Input data-testid="checkin-work-unit" />
        </Form.Item>
        <Form.Item
          name="checkedInOn"
          label={t('governance.checkins.checkedInOn')}
          rules={[{ required: true }]}
        >
          <DatePicker disabledDate={(date) => date.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
      {creator.modal}
    </>
  );
}
