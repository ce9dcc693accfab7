import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { createStation, STATION_KINDS, type StationKind } from '../../../api/venues';
import { FormModal } from '../../../shared/components/FormModal';
import { NodeSelect } from '../../org/components/NodeSelect';
import { useVenueMutation } from '../queries';

interface Values {
  nodeId: number;
  kind: StationKind;
  name: string;
  address: string;
  phone?: string;
}

/** A service station at a compound or serving a whole community. */
export function CreateStationModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useVenueMutation(createStation);
  async function submit(v: Values) {
    await create.mutateAsync({ ...v, ...(v.phone ? { phone: v.phone } : {}) });
    onClose();
  }
  return (
    <FormModal<Values>
      open={open}
      title={t('venues.stations.create')}
      form={form}
      onSubmit={submit}
      onCancel={onClose}
      initialValues={{ kind: 'service_station' }}
    >
      <Form.Item name="nodeId" label={t('venues.fields.where')} rules={[{ required: true }]}>
        <NodeSelect kinds={['compound', 'community']} />
      </Form.Item>
      <Form.Item name="kind" label={t('venues.fields.kind')} rules={[{ required: true }]}>
        <Select options={STATION_KINDS.map((k) => ({ value: k, label: t(`venues.stationKinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="name" label={t('venues.fields.name')} rules={[{ required: true, max: 100 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="address" label={t('venues.fields.address')} rules={[{ required: true, max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="phone" label={t('venues.fields.phone')} rules={[{ max: 40 }]}>
        <Input />
      </Form.Item>
    </FormModal>
  );
}
