import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NewAccount } from '../../../api/accounts';
import { FormModal } from '../../../shared/components/FormModal';
import { useCreateAccount } from '../queries';
import { RoleGrantFields } from './RoleGrantFields';

const MIN_PASSWORD = 8;

/** A new account: username, display name, initial password and at least one role at a node. */
export function CreateAccountModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewAccount>();
  const createAccount = useCreateAccount();

  async function submit(values: NewAccount): Promise<void> {
    const account = await createAccount.mutateAsync({
      ...values,
      username: values.username.trim(),
      displayName: values.displayName.trim(),
    });
    void message.success(t('accounts.created', { username: account.username }));
    onClose();
  }

  return (
    <FormModal<NewAccount>
      open={open}
      form={form}
      title={t('accounts.create')}
      initialValues={{ roles: [] }}
      onSubmit={submit}
      onCancel={onClose}
      submitTestId="account-form-submit"
    >
      <Form.Item
        name="username"
        label={t('auth.username')}
        rules={[{ required: true, whitespace: true, max: 64 }]}
      >
        <Input autoComplete="off" data-testid="account-form-username" />
      </Form.Item>
      <Form.Item
        name="displayName"
        label={t('accounts.displayName')}
        rules={[{ required: true, whitespace: true, max: 64 }]}
      >
        <Input data-testid="account-form-display-name" />
      </Form.Item>
      <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, min: MIN_PASSWORD }]}>
        <Input.Password autoComplete="new-password" data-testid="account-form-password" />
      </Form.Item>
      <Form.Item label={t('accounts.roles')} required>
        <Form.List
          name="roles"
          rules={[
            {
              validator: async (_, roles?: unknown[]) => {
                if (!roles?.length) throw new Error(t('accounts.rolesRequired'));
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <Flex vertical>
              {fields.map((field) => (
                <Flex key={field.key} gap="small" align="start" wrap>
                  <RoleGrantFields prefix={[field.name]} />
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={t('common.remove')}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
                {t('accounts.addRole')}
              </Button>
              <Form.ErrorList errors={errors} />
            </Flex>
          )}
        </Form.List>
      </Form.Item>
    </FormModal>
  );
}
