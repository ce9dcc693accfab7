import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, List, Modal, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account, RoleAssignment } from '../../../api/accounts';
import { useFormErrorHandler } from '../../../shared/errors/formErrors';
import { useNotifyError } from '../../../shared/errors/useNotifyError';
import { useAddRole, useRemoveRole } from '../queries';
import { RoleGrantFields } from './RoleGrantFields';

/** An account's roles: remove one, or grant another at a node. Keyed by the account by its parent. */
export function AccountRolesModal({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RoleAssignment>();
  // The account as last saved here: the list refetches in the background.
  const [current, setCurrent] = useState(account);
  const showFormError = useFormErrorHandler(form);
  const notifyError = useNotifyError();
  const addRole = useAddRole();
  const removeRole = useRemoveRole();

  function grant(values: RoleAssignment): void {
    addRole.mutate(
      { account: current, grant: values },
      {
        onSuccess: (saved) => {
          setCurrent(saved);
          form.resetFields();
          void message.success(t('common.saved'));
        },
        onError: showFormError,
      },
    );
  }

  return (
    <Modal
      open
      title={t('accounts.rolesOf', { name: current.displayName })}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      <List
        dataSource={current.roles}
        locale={{ emptyText: t('accounts.noRoles') }}
        renderItem={(grant) => (
          <List.Item
            actions={[
              <Popconfirm
                key="remove"
                title={t('accounts.removeRoleConfirm')}
                onConfirm={() =>
                  removeRole.mutate(
                    { account: current, grant },
                    {
                      onSuccess: () =>
                        setCurrent({ ...current, roles: current.roles.filter((role) => role !== grant) }),
                      onError: notifyError,
                    },
                  )
                }
              >
                <Button danger type="text" icon={<DeleteOutlined />} aria-label={t('accounts.removeRole')} />
              </Popconfirm>,
            ]}
          >
            <Typography.Text>
              {t(`roles.${grant.role}`)} · {grant.nodeName} <Tag>{t(`kinds.${grant.nodeKind}`)}</Tag>
            </Typography.Text>
          </List.Item>
        )}
      />
      <Typography.Title level={5}>{t('accounts.addRole')}</Typography.Title>
      <Form<RoleAssignment> form={form} onFinish={grant}>
        <Flex gap="small" align="start" wrap>
          <RoleGrantFields />
          <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={addRole.isPending}>
            {t('accounts.grant')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
