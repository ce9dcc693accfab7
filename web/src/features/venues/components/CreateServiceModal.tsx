import { Form, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { createService } from '../../../api/venues';
import { FormModal } from '../../../shared/components/FormModal';
import { useStations, useVenueMutation } from '../queries';

interface Values {
  stationId: number;
  name: string;
  department: string;
  location?: string;
  hours?: string;
  materials?: string;
  onlineUrl?: string;
  selfService: boolean;
}

const optional = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

/** An entry of a station's service guide; what to bring is typed one item a line. */
export function CreateServiceModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const stations = useStations();
  const create = useVenueMutation(createService);
  async function submit(v: Values) {
    const location = optional(v.location);
    const hours = optional(v.hours);
    const onlineUrl = optional(v.onlineUrl);
    await create.mutateAsync({
      stationId: v.stationId,
      name: v.name,
      department: v.department,
      selfService: v.selfService,
      materials: (v.materials ?? '')
        .split('\n')
        .map((m) => m.trim())
        .filter(Boolean),
      ...(location ? { location } : {}),
      ...(hours ? { hours } : {}),
      ...(onlineUrl ? { onlineUrl } : {}),
    });
    onClose();
  }
  return (
    <FormModal<Values>
      open={open}
      title={t('venues.services.create')}
      form={form}
      onSubmit={submit}
      onCancel={onClose}
      initialValues={{ selfService: false }}
    >
      <Form.Item name="stationId" label={t('venues.fields.station')} rules={[{ required: true }]}>
        <Select
          loading={stations.isLoading}
          options={stations.items
            .filter((s) => s.actions.includes('manage'))
            .map((s) => ({ value: s.id, label: s.name }))}
        />
      </Form.Item>
      <Form.Item name="name" label={t('venues.fields.service')} rules={[{ required: true, max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item
        name="department"
        label={t('venues.fields.department')}
        rules={[{ required: true, max: 100 }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="location" label={t('venues.fields.location')} rules={[{ max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="hours" label={t('venues.fields.hours')} rules={[{ max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item
        name="materials"
        label={t('venues.fields.materials')}
        extra={t('venues.services.materialsHint')}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="onlineUrl" label={t('venues.fields.onlineUrl')} rules={[{ type: 'url' }]}>
        <Input placeholder="https://" />
      </Form.Item>
      <Form.Item name="selfService" label={t('venues.fields.selfService')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormModal>
  );
}
