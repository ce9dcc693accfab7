import { Flex, Modal, Segmented, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderSVG } from 'uqr';
import type { CheckAction } from '../../../api/volunteers';
import { formatDateTime } from '../../../shared/format';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { checkLink } from '../model';
import { useCheckCode } from '../queries';

/**
 * The organiser's phone shows this: a QR code of the check-in (or check-out) link and its six digits, renewed
 * every 20 s. The SVG is made in the browser (uqr) and shown as an image, never as markup.
 */
export function CheckCodeModal({
  activityId,
  open,
  onClose,
}: {
  activityId: number;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [action, setAction] = useState<CheckAction>('in');
  const code = useCheckCode(activityId, action, open);
  const image = useMemo(() => {
    if (!code.data) return null;
    const svg = renderSVG(checkLink(window.location.origin, activityId, action, code.data.code), {
      border: 2,
    });
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  }, [code.data, activityId, action]);
  const label = action === 'in' ? t('volunteers.checkIn') : t('volunteers.checkOut');
  return (
    <Modal
      open={open}
      onCancel={onClose}
      footer={null}
      title={t('volunteers.codeTitle', { action: label })}
      destroyOnHidden
    >
      <Flex vertical align="center" gap="middle">
        <Segmented<CheckAction>
          value={action}
          onChange={setAction}
          options={[
            { value: 'in', label: t('volunteers.checkIn') },
            { value: 'out', label: t('volunteers.checkOut') },
          ]}
        />
        {code.error ? <ErrorAlert error={code.error} onRetry={() => void code.refetch()} /> : null}
        {image ? <img src={image} alt={label} width={240} height={240} data-testid="check-qr" /> : null}
        <Typography.Title level={1} style={{ margin: 0, letterSpacing: 8 }} data-testid="check-code">
          {code.data?.code ?? '······'}
        </Typography.Title>
        {code.data ? (
          <Typography.Text type="secondary">
            {t('volunteers.codeExpires', { at: formatDateTime(code.data.expiresAt).slice(11) })}
          </Typography.Text>
        ) : null}
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('volunteers.codeHint')}
        </Typography.Paragraph>
      </Flex>
    </Modal>
  );
}
