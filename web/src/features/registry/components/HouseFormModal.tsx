import { App, Form, Input, InputNumber, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { AREA_SOURCES, type House, type HouseFields, HOUSE_USES, OCCUPANCIES } from '../../../api/registry';
import type { PathItem } from '../../../api/org';
import { FormModal } from '../../../shared/components/FormModal';
import { FLOOR_RANGE, HOUSE_NUMBER_MAX_LENGTH } from '../../../../../domain/registry/house';
import { useCreateHouse, useUpdateHouse } from '../queries';
import { areaRule } from '../rules';

/** `places`: where a new house may go (the building's units, or the building when it has none). */
export type HouseFormTarget =
  { mode: 'create'; places: PathItem[]; placeId: number } | { mode: 'edit'; house: House };

/** `placeId` is asked for only when the building has several units. */
type HouseFormValues = HouseFields & { placeId?: number };

function initialValues(target: HouseFormTarget): Partial<HouseFormValues> {
  if (target.mode === 'create') {
    return {
      placeId: target.placeId,
      areaSource: 'registered',
      use: 'residential',
      occupancy: 'owner_occupied',
    };
  }
  const { number, floor, area, areaSource, use, occupancy, developerHeld } = target.house;
  return { number, floor, area, areaSource, use, occupancy, developerHeld };
}

/** Only the fields that changed, so an edit never rewrites what someone else just saved. */
function changedFields(house: House, values: HouseFields): Partial<HouseFields> {
  const keys = Object.keys(values) as (keyof HouseFields)[];
  return Object.fromEntries(
    keys.filter((key) => values[key] !== house[key]).map((key) => [key, values[key]]),
  );
}

interface HouseFormModalProps {
  target: HouseFormTarget | null;
  onClose: () => void;
}

/** Create a house in a unit, or edit one: number, floor, exclusive area and its source, use, occupancy. */
export function HouseFormModal({ target, onClose }: HouseFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<HouseFormValues>();
  const createHouse = useCreateHouse();
  const updateHouse = useUpdateHouse();
  if (!target) return null;
  const editing = target.mode === 'edit' ? target.house : undefined;

  async function submit({ placeId, ...values }: HouseFormValues): Promise<void> {
    const fields = { ...values, number: values.number.trim(), developerHeld: values.developerHeld ?? false };
    if (editing) {
      const patch = changedFields(editing, fields);
      if (Object.keys(patch).length > 0) await updateHouse.mutateAsync({ id: editing.id, patch });
    } else if (target?.mode === 'create') {
      await createHouse.mutateAsync({ ...fields, placeId: placeId ?? target.placeId });
    }
    void message.success(t('common.saved'));
    onClose();
  }

  return (
    <FormModal<HouseFormValues>
      open
      form={form}
      title={editing ? t('registry.editHouseTitle', { number: editing.number }) : t('registry.createHouse')}
      initialValues={initialValues(target)}
      onSubmit={submit}
      onCancel={onClose}
      submitTestId="house-form-submit"
    >
      {target.mode === 'create' && target.places.length > 1 ? (
        <Form.Item name="placeId" label={t('kinds.unit')} rules={[{ required: true }]}>
          <Select options={target.places.map((place) => ({ value: place.id, label: place.name }))} />
        </Form.Item>
      ) : null}
      <Form.Item
        name="number"
        label={t('registry.houseNumber')}
        rules={[{ required: true, whitespace: true, max: HOUSE_NUMBER_MAX_LENGTH }]}
      >
        <Input autoFocus placeholder="1201" data-testid="house-form-number" />
      </Form.Item>
      <Form.Item
        name="floor"
        label={t('registry.floor')}
        rules={[{ required: true, type: 'integer', min: FLOOR_RANGE.min, max: FLOOR_RANGE.max }]}
      >
        <InputNumber
          min={FLOOR_RANGE.min}
          max={FLOOR_RANGE.max}
          precision={0}
          style={{ width: '100%' }}
          data-testid="house-form-floor"
        />
      </Form.Item>
      <Form.Item name="area" label={t('registry.area')} rules={[{ required: true }, areaRule(t)]}>
        <InputNumber
          min={0.01}
          step={0.01}
          suffix="m²"
          style={{ width: '100%' }}
          data-testid="house-form-area"
        />
      </Form.Item>
      <Form.Item
        name="areaSource"
        label={t('registry.areaSource')}
        extra={t('registry.areaSourceHint')}
        rules={[{ required: true }]}
      >
        <Select
          options={AREA_SOURCES.map((value) => ({ value, label: t(`registry.areaSources.${value}`) }))}
        />
      </Form.Item>
      <Form.Item name="use" label={t('registry.use')} rules={[{ required: true }]}>
        <Select options={HOUSE_USES.map((value) => ({ value, label: t(`registry.uses.${value}`) }))} />
      </Form.Item>
      <Form.Item name="occupancy" label={t('registry.occupancy')} rules={[{ required: true }]}>
        <Select
          options={OCCUPANCIES.map((value) => ({ value, label: t(`registry.occupancies.${value}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="developerHeld"
        label={t('registry.developerHeld')}
        extra={t('registry.developerHeldHint')}
        valuePropName="checked"
      >
        <Switch />
      </Form.Item>
    </FormModal>
  );
}
