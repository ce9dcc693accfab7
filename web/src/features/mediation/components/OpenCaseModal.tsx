import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CASE_TYPES, type CaseType, openCase } from '../../../api/mediation';
import { FormModal } from '../../../shared/components/FormModal';
import { NodeSelect } from '../../org/components/NodeSelect';
import { useMediationMutation } from '../queries';

interface Values {
  eventId?: number;
  nodeId?: number;
  type: CaseType;
  title: string;
  summary: string;
  applicant: string;
  respondent: string;
}

/** A case taken in directly at a compound or community, or from a reported event (whose place it takes). */
export function OpenCaseModal({
  open,
  eventId,
  onClose,
  onOpened,
}: {
  open: boolean;
  eventId?: number;
  onClose: () => void;
  onOpened: (id: number) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useMediationMutation(openCase);
  async function submit(v: Values) {
    const c = await create.mutateAsync({
      ...(v.eventId ? { eventId: v.eventId } : { nodeId: v.nodeId }),
      type: v.type,
      title: v.title,
      summary: v.summary,
      parties: [
        { role: 'applicant', name: v.applicant },
        { role: 'respondent', name: v.respondent },
      ],
    });
    onOpened(c.id);
  }
  return (
    <FormModal<Values>
      open={open}
      title={t('mediation.open')}
      form={form}
      onSubmit={submit}
      onCancel={onClose}
      initialValues={{ eventId, type: 'neighbour' }}
      submitTestId="open-case-submit"
    >
      <Form.Item name="eventId" label={t('mediation.fields.eventId')} extra={t('mediation.fields.eventHint')}>
        <InputNumber min={1} style={{ width: '100%' }} data-testid="case-event" />
      </Form.Item>
      <Form.Item noStyle dependencies={['eventId']}>
        {({ getFieldValue }) =>
          getFieldValue('eventId') ? null : (
            <Form.Item name="nodeId" label={t('mediation.fields.where')} rules={[{ required: true }]}>
              <NodeSelect kinds={['compound', 'community']} />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item name="type" label={t('mediation.fields.type')} rules={[{ required: true }]}>
        <Select options={CASE_TYPES.map((c) => ({ value: c, label: t(`mediation.types.${c}`) }))} />
      </Form.Item>
      <Form.Item name="title" label={t('mediation.fields.title')} rules={[{ required: true, max: 100 }]}>
        <Input data-testid="case-title" />
      </Form.Item>
      <Form.Item name="summary" label={t('mediation.fields.summary')} rules={[{ required: true, max: 2000 }]}>
        <Input.TextArea rows={3} data-testid="case-summary" />
      </Form.Item>
      <Form.Item
        name="applicant"
        label={t('mediation.roles.applicant')}
        rules={[{ required: true, max: 50 }]}
      >
        <Input data-testid="case-applicant" />
      </Form.Item>
      <Form.Item
        name="respondent"
        label={t('mediation.roles.respondent')}
        rules={[{ required: true, max: 50 }]}
      >
        <Input data-testid="case-respondent" />
      </Form.Item>
    </FormModal>
  );
}
