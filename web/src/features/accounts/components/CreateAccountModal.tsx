import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NewAccount } from '../../../api/accounts';
import { FormModal } from '../../../shared/components/FormModal';
import { passwordRule, usernameRule } from '../credentialRules';
import { useCreateAccount } from '../queries';
import { RoleGrantFields } from './RoleGrantFields';

/** A new account: username, display name, initial password and its roles, each at a node. */
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
      <Form.Item name="username" label={t('auth.username')} rules={[{ required: true }, usernameRule(t)]}>
        <Input autoComplete="off" data-testid="account-form-username" />
      </Form.Item>
      <Form.Item
        name="displayName"
        label={t('accounts.displayName')}
        rules={[{ required: true, whitespace: true, max: 100 }]}
      >
        <Input data-testid="account-form-display-name" />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('auth.password')}
        dependencies={['username']}
        rules={[{ required: true }, passwordRule(t, () => String(form.getFieldValue('username') ?? ''))]}
      >
        <Input.Password autoComplete="new-password" data-testid="account-form-password" />
      </Form.Item>
      <Form.Item label={t('accounts.roles')}>
        <Form.List name="roles">
          {(fields, { add, remove }) => (
            <Flex vertical>
              {fields.map((field) => (
                <Flex key={field.key} gap="small" align="start" wrap>
                  <RoleGrantFields listEntry={{ list: 'roles', index: field.name }} />
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
            </Flex>
          )}
        </Form.List>
      </Form.Item>
    </FormModal>
  );
}
