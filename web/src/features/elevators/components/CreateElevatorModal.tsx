import { Alert, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Elevator } from '../../../api/elevators';
import { FormModal } from '../../../shared/components/FormModal';
import { NodeSelect } from '../../org/components/NodeSelect';
import { useChildNodes } from '../../org/queries';
import { useCreateElevator, useEligibility, useUnitHouses } from '../queries';

interface Values {
  compoundId: number;
  buildingId: number;
  unitId: number;
  title: string;
  plan: string;
  occupiedHouseIds?: number[];
}

/** Starts a retrofit: the unit (its eligibility read from the registry), the plan and the houses it occupies. */
export function CreateElevatorModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (e: Elevator) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateElevator();
  const compoundId = Form.useWatch('compoundId', form);
  const buildingId = Form.useWatch('buildingId', form);
  const unitId = Form.useWatch('unitId', form);
  const buildings = useChildNodes(compoundId ?? 0, 'building', !!compoundId);
  const units = useChildNodes(buildingId ?? 0, 'unit', !!buildingId);
  const eligibility = useEligibility(unitId);
  const houses = useUnitHouses(unitId);
  const el = eligibility.data;

  return (
    <FormModal<Values>
      open={open}
      title={t('elevators.create')}
      form={form}
      onSubmit={async (v) =>
        onCreated(
          await create.mutateAsync({
            unitId: v.unitId,
            title: v.title,
            plan: v.plan,
            occupiedHouseIds: v.occupiedHouseIds ?? [],
          }),
        )
      }
      onCancel={onClose}
      submitText={t('common.create')}
      submitTestId="elevator-create-submit"
      width={640}
    >
      <Form.Item name="compoundId" label={t('votes.fields.compound')} rules={[{ required: true }]}>
        <NodeSelect
          kinds={['compound']}
          onChange={() => form.setFieldsValue({ buildingId: undefined, unitId: undefined })}
        />
      </Form.Item>
      <Form.Item name="buildingId" label={t('elevators.fields.building')} rules={[{ required: true }]}>
        <Select
          disabled={!compoundId}
          data-testid="elevator-building"
          options={(buildings.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
          onChange={() => form.setFieldsValue({ unitId: undefined, occupiedHouseIds: [] })}
        />
      </Form.Item>
      <Form.Item name="unitId" label={t('elevators.fields.unit')} rules={[{ required: true }]}>
        <Select
          disabled={!buildingId}
          data-testid="elevator-unit"
          options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          onChange={() => form.setFieldsValue({ occupiedHouseIds: [] })}
        />
      </Form.Item>
      {el ? (
        <Alert
          style={{ marginBottom: 16 }}
          type={el.eligible && el.runningId === null ? 'success' : 'warning'}
          showIcon
          data-testid="elevator-eligibility"
          title={
            el.runningId !== null
              ? t('elevators.eligibility.running')
              : el.eligible
                ? t('elevators.eligibility.eligible', { floors: el.floors })
                : el.reasons.map((r) => t(`elevators.eligibility.${r}`)).join('；')
          }
          description={t('elevators.eligibility.rule')}
        />
      ) : null}
      <Form.Item name="title" label={t('elevators.fields.title')} rules={[{ required: true, max: 200 }]}>
        <Input data-testid="elevator-title" />
      </Form.Item>
      <Form.Item name="plan" label={t('elevators.fields.plan')} rules={[{ required: true, max: 20000 }]}>
        <Input.TextArea rows={4} data-testid="elevator-plan" />
      </Form.Item>
      <Form.Item
        name="occupiedHouseIds"
        label={t('elevators.fields.occupied')}
        extra={t('elevators.fields.occupiedHint')}
      >
        <Select
          mode="multiple"
          disabled={!unitId}
          data-testid="elevator-occupied"
          optionFilterProp="label"
          options={(houses.data?.items ?? []).map((h) => ({ value: h.id, label: h.number }))}
        />
      </Form.Item>
    </FormModal>
  );
}
