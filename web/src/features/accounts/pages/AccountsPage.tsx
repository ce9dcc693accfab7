import { PlusOutlined, SafetyOutlined, UnlockOutlined } from '@ant-design/icons';
import { App, Button, Input, Space, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../api/accounts';
import { PageTitle } from '../../../shared/components/PageTitle';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { useNotifyError } from '../../../shared/errors/useNotifyError';
import { formatDateTime } from '../../../shared/format';
import { AccountRolesModal } from '../components/AccountRolesModal';
import { CreateAccountModal } from '../components/CreateAccountModal';
import { RoleTags } from '../components/RoleTags';
import { useAccountList, useUnlockAccount } from '../queries';

/** `/console/accounts` (admin): search, create, roles, unlock. */
export default function AccountsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  const [rolesOf, setRolesOf] = useState<Account | null>(null);
  const list = useAccountList(q);
  const unlock = useUnlockAccount();

  const columns: TableColumnsType<Account> = [
    { key: 'username', title: t('auth.username'), dataIndex: 'username' },
    { key: 'displayName', title: t('accounts.displayName'), dataIndex: 'displayName' },
    { key: 'roles', title: t('accounts.roles'), render: (_, account) => <RoleTags roles={account.roles} /> },
    {
      key: 'status',
      title: t('accounts.status'),
      render: (_, account) =>
        account.locked ? (
          <Tag color="red">{t('accounts.locked')}</Tag>
        ) : (
          <Tag color="green">{t('accounts.active')}</Tag>
        ),
    },
    {
      key: 'createdAt',
      title: t('common.createdAt'),
      render: (_, account) => formatDateTime(account.createdAt),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, account) => (
        <Space wrap>
          <Button size="small" icon={<SafetyOutlined />} onClick={() => setRolesOf(account)}>
            {t('accounts.manageRoles')}
          </Button>
          {account.locked ? (
            <Button
              size="small"
              icon={<UnlockOutlined />}
              loading={unlock.isPending && unlock.variables === account.id}
              onClick={() =>
                unlock.mutate(account.id, {
                  onSuccess: () =>
                    void message.success(t('accounts.unlocked', { username: account.username })),
                  onError: notifyError,
                })
              }
            >
              {t('accounts.unlock')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageTitle
        title={t('accounts.title')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="account-create"
          >
            {t('accounts.create')}
          </Button>
        }
      />
      <Input.Search
        allowClear
        placeholder={t('accounts.searchPlaceholder')}
        aria-label={t('accounts.searchPlaceholder')}
        onSearch={(value) => setQ(value.trim())}
        style={{ maxWidth: 360, marginBottom: 16 }}
        data-testid="account-search"
      />
      <CursorTable<Account> list={list} columns={columns} testId="account-table" />
      <CreateAccountModal open={creating} onClose={() => setCreating(false)} />
      {rolesOf ? (
        <AccountRolesModal key={rolesOf.id} account={rolesOf} onClose={() => setRolesOf(null)} />
      ) : null}
    </>
  );
}
