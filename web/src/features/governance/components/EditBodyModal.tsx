import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GovernanceBody } from '../../../api/governance';
import { FormModal } from '../../../shared/components/FormModal';
import { useUpdateBody } from '../queries';
import { type BodyFactValues, BodyFields, bodyFacts, bodyFactValues } from './BodyFields';

/**
 * Edits a body's name, term, filing date and details (`PATCH /governance/bodies/:id`). An owners' committee's
 * term is checked against RULES.md §1 by the server; a refused date is shown under its field.
 */
export function EditBodyModal({ body, onClose }: { body: GovernanceBody; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<BodyFactValues>();
  const update = useUpdateBody();

  async function submit(values: BodyFactValues): Promise<void> {
    await update.mutateAsync({ id: body.id, patch: bodyFacts<null>(body.kind, values, null) });
    void message.success(t('common.saved'));
    onClose();
  }

  return (
    <FormModal<BodyFactValues>
      open
      form={form}
      title={t('governance.bodies.editTitle', { name: body.name })}
      initialValues={bodyFactValues(body)}
      onSubmit={submit}
      onCancel={onClose}
      submitTestId="body-edit-submit"
    >
      <BodyFields kind={body.kind} form={form} />
    </FormModal>
  );
}
