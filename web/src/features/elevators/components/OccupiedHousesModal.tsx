import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Elevator } from '../../../api/elevators';
import { FormModal } from '../../../shared/components/FormModal';
import { useSetOccupied, useUnitHouses } from '../queries';

interface Values {
  houseIds: number[];
}

/** The plan moved before its notice: the houses the elevator now occupies (a house that stays keeps its consent). */
export function OccupiedHousesModal({
  elevator: e,
  open,
  onClose,
}: {
  elevator: Elevator;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const houses = useUnitHouses(open ? e.unitId : undefined);
  const save = useSetOccupied(e.id);
  return (
    <FormModal<Values>
      open={open}
      title={t('elevators.consents.edit')}
      form={form}
      initialValues={{ houseIds: e.occupied.map((o) => o.houseId) }}
      onSubmit={async (v) => {
        await save.mutateAsync(v.houseIds);
        onClose();
      }}
      onCancel={onClose}
      submitTestId="occupied-save"
    >
      <Form.Item
        name="houseIds"
        label={t('elevators.fields.occupied')}
        extra={t('elevators.consents.editHint')}
      >
        <Select
          mode="multiple"
          loading={houses.isLoading}
          data-testid="occupied-houses"
          optionFilterProp="label"
          options={(houses.data?.items ?? []).map((h) => ({ value: h.id, label: h.number }))}
        />
      </Form.Item>
    </FormModal>
  );
}
