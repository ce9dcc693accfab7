import { Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreatedApiToken, NewApiToken } from '../../../api/auth';
import { FormModal } from '../../../shared/components/FormModal';
import { useCreateToken } from '../queries';

const MAX_DAYS = 3650;

interface CreateTokenModalProps {
  open: boolean;
  onClose: () => void;
  onCreated: (token: CreatedApiToken) => void;
}

export function CreateTokenModal({ open, onClose, onCreated }: CreateTokenModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NewApiToken>();
  const createToken = useCreateToken();

  async function submit({ name, expiresInDays }: NewApiToken): Promise<void> {
    onCreated(
      await createToken.mutateAsync({ name: name.trim(), expiresInDays: expiresInDays ?? undefined }),
    );
  }

  return (
    <FormModal<NewApiToken>
      open={open}
      form={form}
      title={t('tokens.create')}
      onSubmit={submit}
      onCancel={onClose}
      submitText={t('common.create')}
      submitTestId="token-form-submit"
    >
      <Form.Item
        name="name"
        label={t('tokens.name')}
        extra={t('tokens.nameHint')}
        rules={[{ required: true, whitespace: true, max: 100 }]}
      >
        <Input data-testid="token-form-name" />
      </Form.Item>
      <Form.Item name="expiresInDays" label={t('tokens.expiresInDays')} extra={t('tokens.expiresHint')}>
        <InputNumber min={1} max={MAX_DAYS} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
