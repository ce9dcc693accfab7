import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  createPartner,
  PARTNER_KINDS,
  type Partner,
  type PartnerKind,
  updatePartner,
} from '../../../api/projects';
import { FormModal } from '../../../shared/components/FormModal';
import { NodeSelect } from '../../org/components/NodeSelect';
import { useProjectMutation } from '../queries';

interface Values {
  nodeId: number;
  kind: PartnerKind;
  name: string;
  contact?: string;
}

/** A new partner unit, or given `partner`, that unit corrected (its place stays; an emptied liaison is cleared). */
export function PartnerFormModal({
  open,
  partner,
  onClose,
}: {
  open: boolean;
  partner?: Partner | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useProjectMutation(createPartner);
  const update = useProjectMutation((v: Values) =>
    updatePartner(partner!.id, { kind: v.kind, name: v.name, contact: v.contact || null }),
  );
  return (
    <FormModal<Values>
      open={open}
      title={t(partner ? 'projects.partners.edit' : 'projects.partners.add')}
      form={form}
      initialValues={
        partner
          ? { kind: partner.kind, name: partner.name, contact: partner.contact ?? undefined }
          : { kind: 'enterprise' }
      }
      onSubmit={async (v) => {
        await (partner
          ? update.mutateAsync(v)
          : create.mutateAsync(v.contact ? v : { ...v, contact: undefined }));
        onClose();
      }}
      onCancel={onClose}
      submitTestId="partner-submit"
    >
      {partner ? null : (
        <Form.Item name="nodeId" label={t('projects.fields.where')} rules={[{ required: true }]}>
          <NodeSelect kinds={['compound', 'community']} />
        </Form.Item>
      )}
      <Form.Item name="kind" label={t('projects.fields.kind')} rules={[{ required: true }]}>
        <Select
          options={PARTNER_KINDS.map((k) => ({ value: k, label: t(`projects.partners.types.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="name" label={t('projects.fields.title')} rules={[{ required: true, max: 200 }]}>
        <Input data-testid="partner-name" />
      </Form.Item>
      <Form.Item name="contact" label={t('projects.partners.contact')} rules={[{ max: 200 }]}>
        <Input data-testid="partner-contact" />
      </Form.Item>
    </FormModal>
  );
}
