import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiToken, CreatedApiToken } from '../../../api/auth';
import { PageTitle } from '../../../shared/components/PageTitle';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { useNotifyError } from '../../../shared/errors/useNotifyError';
import { formatDateTime } from '../../../shared/format';
import { CreateTokenModal } from '../components/CreateTokenModal';
import { TokenRevealModal } from '../components/TokenRevealModal';
import { useRevokeToken, useTokenList } from '../queries';

/** `/console/tokens`: the caller's API tokens for integrations (`Authorization: Bearer`). */
export default function TokensPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const list = useTokenList();
  const revoke = useRevokeToken();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);

  const columns: TableColumnsType<ApiToken> = [
    { key: 'name', title: t('tokens.name'), dataIndex: 'name' },
    {
      key: 'prefix',
      title: t('tokens.prefix'),
      render: (_, token) => <Typography.Text code>{token.prefix}…</Typography.Text>,
    },
    { key: 'createdAt', title: t('common.createdAt'), render: (_, token) => formatDateTime(token.createdAt) },
    {
      key: 'lastUsedAt',
      title: t('tokens.lastUsedAt'),
      render: (_, token) => (token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('tokens.neverUsed')),
    },
    {
      key: 'expiresAt',
      title: t('tokens.expiresAt'),
      render: (_, token) => (token.expiresAt ? formatDateTime(token.expiresAt) : t('tokens.noExpiry')),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, token) => (
        <Popconfirm
          title={t('tokens.revokeConfirm', { name: token.name })}
          onConfirm={() =>
            revoke.mutate(token.id, {
              onSuccess: () => void message.success(t('tokens.revoked')),
              onError: notifyError,
            })
          }
        >
          <Button
            size="small"
            danger
            icon={<DeleteOutlined />}
            loading={revoke.isPending && revoke.variables === token.id}
          >
            {t('tokens.revoke')}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <>
      <PageTitle
        title={t('tokens.title')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="token-create"
          >
            {t('tokens.create')}
          </Button>
        }
      />
      <Typography.Paragraph type="secondary">{t('tokens.intro')}</Typography.Paragraph>
      <CursorTable<ApiToken> list={list} columns={columns} testId="token-table" />
      <CreateTokenModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(token) => {
          setCreating(false);
          setCreated(token);
        }}
      />
      <TokenRevealModal token={created} onClose={() => setCreated(null)} />
    </>
  );
}
