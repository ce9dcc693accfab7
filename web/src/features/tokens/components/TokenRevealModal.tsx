import { Alert, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreatedApiToken } from '../../../api/auth';

/** The new token, shown this once with a copy button. */
export function TokenRevealModal({ token, onClose }: { token: CreatedApiToken | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={token !== null}
      title={t('tokens.createdTitle', { name: token?.name ?? '' })}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('tokens.copiedDone')}
        </Button>
      }
    >
      <Alert type="warning" showIcon title={t('tokens.shownOnce')} style={{ marginBottom: 16 }} />
      <Typography.Paragraph
        code
        copyable={{ text: token?.token, tooltips: [t('common.copy'), t('common.copied')] }}
        style={{ wordBreak: 'break-all' }}
        data-testid="token-value"
      >
        {token?.token}
      </Typography.Paragraph>
    </Modal>
  );
}
