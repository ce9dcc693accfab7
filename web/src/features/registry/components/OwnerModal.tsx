import { App, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { House } from '../../../api/registry';
import { FormModal } from '../../../shared/components/FormModal';
import { useAddOwner } from '../queries';
import { houseName } from '../places';
import { PersonField, usePersonCreator } from './PersonField';

interface OwnerFormValues {
  personId: number;
}

/** Adds an owner on a house's title; co-owners share the house (and its one ballot). */
export function OwnerModal({ house, onClose }: { house: House; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<OwnerFormValues>();
  const creator = usePersonCreator(house.communityId, (personId) => form.setFieldValue('personId', personId));
  const addOwner = useAddOwner();

  async function submit({ personId }: OwnerFormValues): Promise<void> {
    await addOwner.mutateAsync({ house, personId });
    void message.success(t('common.saved'));
    onClose();
  }

  return (
    <>
      <FormModal<OwnerFormValues>
        open
        form={form}
        title={t('registry.addOwnerTitle', { house: houseName(house) })}
        onSubmit={submit}
        onCancel={onClose}
        submitTestId="owner-form-submit"
      >
        <Typography.Paragraph type="secondary">{t('registry.addOwnerHint')}</Typography.Paragraph>
        <PersonField communityId={house.communityId} onCreate={creator.open} />
      </FormModal>
      {creator.modal}
    </>
  );
}
