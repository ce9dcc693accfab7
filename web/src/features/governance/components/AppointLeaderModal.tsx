import { App, DatePicker, Form, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { LEADER_SOURCES, type LeaderSource } from '../../../api/governance';
import type { OrgNode } from '../../../api/org';
import { FormModal } from '../../../shared/components/FormModal';
import { useChildNodes } from '../../org/queries';
import { PersonField, usePersonCreator } from '../../registry/components/PersonField';
import { useAppointLeader } from '../queries';
import { PropertyStaffSelect } from './PropertyStaffSelect';

interface AppointValues {
  buildingId: number;
  source: LeaderSource;
  personId?: number;
  accountId?: number;
  appointedOn: Dayjs;
}

/**
 * Appoints a building leader: a resident from the registry, or one of the property company's staff, found
 * by name among the accounts serving the compound. The leader counts towards coverage once filed.
 */
export function AppointLeaderModal({ place, onClose }: { place: OrgNode; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AppointValues>();
  const communityId = place.communityId ?? 0;
  const creator = usePersonCreator(communityId, (personId) => form.setFieldValue('personId', personId));
  const inBuilding = place.kind === 'building';
  /** The compound whose property staff may lead its buildings. */
  const compoundId = inBuilding ? (place.parentId ?? 0) : place.id;
  const buildings = useChildNodes(place.id, 'building', !inBuilding);
  const source = Form.useWatch('source', form) ?? 'resident';
  const appoint = useAppointLeader();

  async function submit(values: AppointValues): Promise<void> {
    await appoint.mutateAsync({
      buildingId: values.buildingId,
      source: values.source,
      ...(values.source === 'resident' ? { personId: values.personId } : { accountId: values.accountId }),
      appointedOn: values.appointedOn.format('YYYY-MM-DD'),
    });
    void message.success(t('governance.leaders.appointed'));
    onClose();
  }

  return (
    <>
      <FormModal<AppointValues>
        open
        form={form}
        title={t('governance.leaders.appointTitle', { place: place.name })}
        initialValues={{
          buildingId: inBuilding ? place.id : undefined,
          source: 'resident',
          appointedOn: dayjs(),
        }}
        onSubmit={submit}
        onCancel={onClose}
        submitTestId="leader-appoint-submit"
      >
        <Form.Item
          name="buildingId"
          label={t('kinds.building')}
          rules={[{ required: true, message: t('governance.leaders.buildingRequired') }]}
        >
          <Select
            disabled={inBuilding}
            loading={buildings.isLoading}
            options={
              inBuilding
                ? [{ value: place.id, label: place.name }]
                : buildings.data?.map((building) => ({ value: building.id, label: building.name }))
            }
            data-testid="leader-building"
          />
        </Form.Item>
        <Form.Item name="source" label={t('governance.leaders.source')} rules={[{ required: true }]}>
          <Radio.Group
            options={LEADER_SOURCES.map((value) => ({
              value,
              label: t(`governance.leaders.sources.${value}`),
            }))}
          />
        </Form.Item>
        {source === 'resident' ? (
          <PersonField communityId={communityId} onCreate={creator.open} />
        ) : (
          <Form.Item
            name="accountId"
            label={t('governance.leaders.staffAccount')}
            extra={t('governance.leaders.staffHint')}
            rules={[{ required: true, message: t('governance.leaders.staffRequired') }]}
          >
            <PropertyStaffSelect compoundId={compoundId} />
          </Form.Item>
        )}
        <Form.Item
          name="appointedOn"
          label={t('governance.leaders.appointedOn')}
          rules={[{ required: true }]}
        >
          <DatePicker disabledDate={(date) => date.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
      {creator.modal}
    </>
  );
}
