import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { useVerifyAudit } from '../queries';

/** "Verify chain" and what `GET /audit/verify` found. */
export function VerifyChain() {
  const { t } = useTranslation();
  const verify = useVerifyAudit();
  const result = verify.data;
  return (
    <Flex vertical gap="small" style={{ marginBottom: 16 }}>
      <div>
        <Button
          icon={<SafetyCertificateOutlined />}
          loading={verify.isPending}
          onClick={() => verify.mutate()}
          data-testid="audit-verify"
        >
          {t('audit.verify')}
        </Button>
      </div>
      {verify.isError ? <ErrorAlert error={verify.error} /> : null}
      {result?.ok ? (
        <Alert
          type="success"
          showIcon
          title={t('audit.verifyOk', { count: result.checked })}
          data-testid="audit-verify-result"
        />
      ) : null}
      {result && !result.ok ? (
        <Alert
          type="error"
          showIcon
          title={t('audit.verifyBroken', {
            count: result.checked,
            chain: result.brokenAt?.chain ?? '—',
            seq: result.brokenAt?.seq ?? '—',
          })}
          data-testid="audit-verify-result"
        />
      ) : null}
    </Flex>
  );
}
