import { Checkbox, Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { createRoom, ROOM_KINDS, WEEKDAYS, type RoomKind } from '../../../api/venues';
import { FormModal } from '../../../shared/components/FormModal';
import { weeklyHours } from '../model';
import { useVenueMutation } from '../queries';

interface Values {
  kind: RoomKind;
  name: string;
  capacity: number;
  weekdays: number[];
  opens: string;
  closes: string;
}

const HM = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** A room of a station with the same opening hours on each chosen weekday (the API takes any weekly pattern). */
export function CreateRoomModal({ stationId, onClose }: { stationId: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useVenueMutation(createRoom);
  async function submit(v: Values) {
    await create.mutateAsync({
      stationId: stationId!,
      kind: v.kind,
      name: v.name,
      capacity: v.capacity,
      openingHours: weeklyHours(v.weekdays, v.opens, v.closes),
    });
    onClose();
  }
  return (
    <FormModal<Values>
      open={stationId !== null}
      title={t('venues.rooms.create')}
      form={form}
      onSubmit={submit}
      onCancel={onClose}
      initialValues={{
        kind: 'meeting',
        capacity: 20,
        weekdays: [1, 2, 3, 4, 5, 6],
        opens: '09:00',
        closes: '21:00',
      }}
    >
      <Form.Item name="kind" label={t('venues.fields.kind')} rules={[{ required: true }]}>
        <Select options={ROOM_KINDS.map((k) => ({ value: k, label: t(`venues.roomKinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="name" label={t('venues.fields.name')} rules={[{ required: true, max: 100 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="capacity" label={t('venues.fields.capacity')} rules={[{ required: true }]}>
        <InputNumber min={1} max={1000} />
      </Form.Item>
      <Form.Item name="weekdays" label={t('venues.fields.weekdays')} rules={[{ required: true }]}>
        <Checkbox.Group options={WEEKDAYS.map((d) => ({ value: d, label: t(`venues.weekdays.d${d}`) }))} />
      </Form.Item>
      <Space>
        <Form.Item name="opens" label={t('venues.fields.opens')} rules={[{ required: true, pattern: HM }]}>
          <Input placeholder="09:00" style={{ width: 100 }} />
        </Form.Item>
        <Form.Item name="closes" label={t('venues.fields.closes')} rules={[{ required: true, pattern: HM }]}>
          <Input placeholder="21:00" style={{ width: 100 }} />
        </Form.Item>
      </Space>
    </FormModal>
  );
}
