import { DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { EVALUATION_TARGETS, type EvaluationTarget, type Round } from '../../../api/evaluations';
import { FormModal } from '../../../shared/components/FormModal';
import { NodeSelect } from '../../org/components/NodeSelect';
import { type DimensionRow, dimensionsFromRows, rowsFromDimensions } from '../model';
import { useCreateRound, useDefaultDimensions } from '../queries';
import { DimensionFields } from './DimensionFields';

interface Values {
  compoundId: number;
  target: EvaluationTarget;
  title: string;
  period: [Dayjs, Dayjs];
  closesOn: Dayjs;
  dimensions: DimensionRow[];
}

const DATE = 'YYYY-MM-DD';
const FIRST_TARGET: EvaluationTarget = 'property_company';

/** Drafts an evaluation round: the compound and the body rated, the period, the closing day, the questionnaire. */
export function CreateRoundModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (round: Round) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateRound();
  const target = Form.useWatch('target', form) ?? FIRST_TARGET;
  const defaults = useDefaultDimensions(open ? target : undefined);
  // The form opens with the first target's questionnaire as an initial value: set from an effect while the modal
  // mounts its fields, the rows' names could be lost (they register after the value is set).
  const first = useDefaultDimensions(open ? FIRST_TARGET : undefined);
  const shownFor = useRef<EvaluationTarget>(FIRST_TARGET);
  // A change of target, once the form is open, starts from that target's default questionnaire.
  useEffect(() => {
    if (!open) shownFor.current = FIRST_TARGET;
    else if (defaults.data && shownFor.current !== target) {
      shownFor.current = target;
      form.setFieldValue('dimensions', rowsFromDimensions(defaults.data));
    }
  }, [open, target, defaults.data, form]);
  return (
    <FormModal<Values>
      open={open && first.data !== undefined}
      title={t('evaluations.create')}
      form={form}
      width={760}
      initialValues={{ target: FIRST_TARGET, dimensions: first.data ? rowsFromDimensions(first.data) : [] }}
      onSubmit={async (v) =>
        onCreated(
          await create.mutateAsync({
            compoundId: v.compoundId,
            target: v.target,
            title: v.title.trim(),
            periodFrom: v.period[0].format(DATE),
            periodTo: v.period[1].format(DATE),
            closesOn: v.closesOn.format(DATE),
            dimensions: dimensionsFromRows(v.dimensions),
          }),
        )
      }
      onCancel={onClose}
      submitText={t('common.create')}
      submitTestId="round-create-submit"
    >
      <Form.Item
        name="compoundId"
        label={t('evaluations.fields.compound')}
        rules={[{ required: true, message: t('evaluations.fields.compoundRequired') }]}
      >
        <NodeSelect kinds={['compound']} />
      </Form.Item>
      <Form.Item name="target" label={t('evaluations.fields.target')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          data-testid="round-target"
          options={EVALUATION_TARGETS.map((k) => ({ value: k, label: t(`evaluations.targets.${k}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('evaluations.fields.title')}
        rules={[
          { required: true, whitespace: true, message: t('evaluations.fields.titleRequired') },
          { max: 100 },
        ]}
      >
        <Input maxLength={100} data-testid="round-title" />
      </Form.Item>
      <Form.Item
        name="period"
        label={t('evaluations.fields.period')}
        rules={[{ required: true, message: t('evaluations.fields.periodRequired') }]}
      >
        <DatePicker.RangePicker style={{ width: '100%' }} data-testid="round-period" />
      </Form.Item>
      <Form.Item
        name="closesOn"
        label={t('evaluations.fields.closesOn')}
        extra={t('evaluations.fields.closesOnHint')}
        rules={[{ required: true, message: t('evaluations.fields.closesOnRequired') }]}
      >
        <DatePicker style={{ width: '100%' }} data-testid="round-closes" />
      </Form.Item>
      <Form.Item label={t('evaluations.fields.dimensions')} extra={t('evaluations.fields.dimensionsHint')}>
        <DimensionFields />
      </Form.Item>
    </FormModal>
  );
}
