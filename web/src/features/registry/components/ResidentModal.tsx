import { App, DatePicker, Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type House, RELATIONS, type Relation, STAY_KINDS, type StayKind } from '../../../api/registry';
import { FormModal } from '../../../shared/components/FormModal';
import { SHENZHEN_REGISTRATION_RULES } from '../../../../../domain/registry/residence-registration';
import { houseName } from '../places';
import { useCreateResidence } from '../queries';
import { PersonField, usePersonCreator } from './PersonField';

interface ResidentFormValues {
  personId: number;
  relation: Relation;
  stayKind: StayKind;
  movedInOn: Dayjs;
}

/** The reporting rule of a kind of stay, as configured (Shenzhen's by default, RULES.md §3). */
function stayRuleText(t: TFunction, kind: StayKind): string {
  const rule = SHENZHEN_REGISTRATION_RULES[kind];
  const within =
    rule.reportWithin === 'at_once'
      ? t('registry.reportAtOnce')
      : t('registry.reportWithinDays', { count: rule.reportWithin.days });
  const exempt =
    rule.exemptUnderDays === undefined ? '' : t('registry.exemptUnder', { count: rule.exemptUnderDays });
  return `${within}${exempt} ${t('registry.rulesSource')}`;
}

/** The stay a relation usually means: tenants rent, everyone else just lives there. */
const STAY_OF_RELATION: Record<Relation, StayKind> = {
  owner: 'other',
  tenant: 'ordinary_rental',
  family: 'other',
  other: 'other',
};

/** Someone moving into a house: who, how they relate to it, the kind of stay and the move-in date. */
export function ResidentModal({ house, onClose }: { house: House; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ResidentFormValues>();
  const creator = usePersonCreator(house.communityId, (personId) => form.setFieldValue('personId', personId));
  const createResidence = useCreateResidence();
  const stayKind = Form.useWatch('stayKind', form) ?? 'ordinary_rental';

  async function submit(values: ResidentFormValues): Promise<void> {
    await createResidence.mutateAsync({
      houseId: house.id,
      personId: values.personId,
      relation: values.relation,
      stayKind: values.stayKind,
      movedInOn: values.movedInOn.format('YYYY-MM-DD'),
    });
    void message.success(t('common.saved'));
    onClose();
  }

  return (
    <>
      <FormModal<ResidentFormValues>
        open
        form={form}
        title={t('registry.addResidentTitle', { house: houseName(house) })}
        initialValues={{ relation: 'tenant', stayKind: 'ordinary_rental', movedInOn: dayjs() }}
        onSubmit={submit}
        onCancel={onClose}
        submitTestId="resident-form-submit"
      >
        <PersonField communityId={house.communityId} onCreate={creator.open} />
        <Form.Item name="relation" label={t('registry.relation')} rules={[{ required: true }]}>
          <Select
            options={RELATIONS.map((value) => ({ value, label: t(`registry.relations.${value}`) }))}
            onChange={(relation: Relation) => form.setFieldValue('stayKind', STAY_OF_RELATION[relation])}
          />
        </Form.Item>
        <Form.Item
          name="stayKind"
          label={t('registry.stayKind')}
          extra={stayRuleText(t, stayKind)}
          rules={[{ required: true }]}
        >
          <Select options={STAY_KINDS.map((value) => ({ value, label: t(`registry.stayKinds.${value}`) }))} />
        </Form.Item>
        <Form.Item name="movedInOn" label={t('registry.movedInOn')} rules={[{ required: true }]}>
          <DatePicker disabledDate={(date) => date.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
      {creator.modal}
    </>
  );
}
