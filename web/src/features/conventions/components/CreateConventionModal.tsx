import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Convention } from '../../../api/conventions';
import { FormModal } from '../../../shared/components/FormModal';
import { NodeSelect } from '../../org/components/NodeSelect';
import { useChildNodes } from '../../org/queries';
import { useCreateConvention } from '../queries';

interface Values {
  compoundId: number;
  buildingId?: number;
  title: string;
  body: string;
}

/** Drafts a convention of a compound, or of one of its buildings. */
export function CreateConventionModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (c: Convention) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateConvention();
  const compoundId = Form.useWatch('compoundId', form);
  const buildings = useChildNodes(compoundId ?? 0, 'building', !!compoundId);
  return (
    <FormModal<Values>
      open={open}
      title={t('conventions.create')}
      form={form}
      onSubmit={async (v) =>
        onCreated(
          await create.mutateAsync({ nodeId: v.buildingId ?? v.compoundId, title: v.title, body: v.body }),
        )
      }
      onCancel={onClose}
      submitText={t('common.create')}
      submitTestId="convention-create-submit"
      width={640}
    >
      <Form.Item name="compoundId" label={t('votes.fields.compound')} rules={[{ required: true }]}>
        <NodeSelect kinds={['compound']} onChange={() => form.setFieldsValue({ buildingId: undefined })} />
      </Form.Item>
      <Form.Item name="buildingId" label={t('votes.fields.building')}>
        <Select
          allowClear
          disabled={!compoundId}
          data-testid="convention-building"
          options={(buildings.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
        />
      </Form.Item>
      <Form.Item name="title" label={t('conventions.fields.title')} rules={[{ required: true, max: 200 }]}>
        <Input data-testid="convention-title" />
      </Form.Item>
      <Form.Item name="body" label={t('conventions.fields.body')} rules={[{ required: true, max: 20000 }]}>
        <Input.TextArea rows={6} data-testid="convention-body" />
      </Form.Item>
    </FormModal>
  );
}
