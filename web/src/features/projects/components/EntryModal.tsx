import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { LEDGER_KINDS, type LedgerKind, type Project, recordEntry } from '../../../api/projects';
import { FormModal } from '../../../shared/components/FormModal';
import { PersonSelect } from '../../registry/components/PersonSelect';
import { useProjectMutation } from '../queries';

interface Values {
  kind: LedgerKind;
  amountYuan: number;
  personId?: number;
  payee?: string;
  note?: string;
}

/** Staff write an income, an expense (to a payee) or the refund of what remains; a desk contribution names its resident. */
export function EntryModal({
  project,
  open,
  onClose,
}: {
  project: Project;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const record = useProjectMutation((v: Values) =>
    recordEntry(project.id, {
      kind: v.kind,
      amount: Math.round(v.amountYuan * 100),
      ...(v.personId ? { personId: v.personId } : {}),
      ...(v.payee ? { payee: v.payee } : {}),
      ...(v.note ? { note: v.note } : {}),
    }),
  );
  return (
    <FormModal<Values>
      open={open}
      title={t('projects.record')}
      form={form}
      initialValues={{ kind: 'expense' }}
      onSubmit={async (v) => {
        await record.mutateAsync(v);
        onClose();
      }}
      onCancel={onClose}
      submitTestId="entry-submit"
    >
      <Form.Item name="kind" label={t('projects.fields.kind')} rules={[{ required: true }]}>
        <Select
          data-testid="entry-kind"
          options={LEDGER_KINDS.map((k) => ({ value: k, label: t(`projects.kinds.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="amountYuan" label={t('projects.fields.amount')} rules={[{ required: true }]}>
        <InputNumber min={0.01} precision={2} style={{ width: '100%' }} data-testid="entry-amount" />
      </Form.Item>
      {kind === 'contribution' ? (
        <Form.Item name="personId" label={t('projects.fields.contributor')} rules={[{ required: true }]}>
          <PersonSelect communityId={project.communityId} />
        </Form.Item>
      ) : null}
      {kind === 'expense' ? (
        <Form.Item name="payee" label={t('projects.fields.payee')} rules={[{ required: true, max: 200 }]}>
          <Input data-testid="entry-payee" />
        </Form.Item>
      ) : null}
      <Form.Item name="note" label={t('projects.fields.note')} rules={[{ max: 500 }]}>
        <Input />
      </Form.Item>
    </FormModal>
  );
}
