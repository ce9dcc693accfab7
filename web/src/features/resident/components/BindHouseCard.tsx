import { CheckCircleOutlined, ClockCircleOutlined, KeyOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BindResult } from '../../../api/auth';
import { isFieldError, useFormErrorHandler } from '../../../shared/errors/formErrors';
import { useBindHouse } from '../../auth/queries';
import { useRefreshMyBindingRequests } from '../queries';

const CODE_MAX_LENGTH = 40;

interface BindHouseCardProps {
  /** The answer to the last code entered here, kept by the page so it outlives a refreshed user. */
  result: BindResult | null;
  onResult: (result: BindResult) => void;
}

/**
 * "绑定我的房屋": the invitation code from the notice in the building binds the account to the house, at once
 * when the registry has the resident's phone there, otherwise once community staff approve.
 */
export function BindHouseCard({ result, onResult }: BindHouseCardProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ invitationCode: string }>();
  const showError = useFormErrorHandler(form);
  const bind = useBindHouse();
  const refreshRequests = useRefreshMyBindingRequests();

  return (
    <Card
      title={
        <>
          <KeyOutlined /> {t('resident.bind.title')}
        </>
      }
      data-testid="bind-card"
    >
      {result ? (
        <Alert
          type={result.status === 'bound' ? 'success' : 'info'}
          showIcon
          icon={result.status === 'bound' ? <CheckCircleOutlined /> : <ClockCircleOutlined />}
          title={
            result.status === 'bound'
              ? t('resident.bind.bound', { house: result.houseLabel })
              : t('resident.bind.pending')
          }
          description={result.status === 'pending' ? result.houseLabel : undefined}
          style={{ marginBottom: 16 }}
          data-testid="bind-result"
        />
      ) : (
        <Typography.Paragraph type="secondary">{t('resident.bind.intro')}</Typography.Paragraph>
      )}
      {result?.status === 'bound' ? null : (
        <Form<{ invitationCode: string }>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={({ invitationCode }) =>
            bind.mutate(invitationCode.trim().toUpperCase(), {
              onSuccess: (answer) => {
                form.resetFields();
                onResult(answer);
                void refreshRequests();
              },
              onError: (error) =>
                isFieldError(error, 'invitationCode')
                  ? form.setFields([{ name: 'invitationCode', errors: [t('resident.bind.codeUnknown')] }])
                  : showError(error),
            })
          }
        >
          <Form.Item
            name="invitationCode"
            label={t('resident.bind.code')}
            rules={[{ required: true, whitespace: true, message: t('resident.bind.codeRequired') }]}
          >
            <Input
              autoCapitalize="characters"
              autoComplete="off"
              spellCheck={false}
              maxLength={CODE_MAX_LENGTH}
              placeholder="1A-BCDEFG"
              style={{ fontFamily: 'monospace', letterSpacing: 1 }}
              data-testid="bind-code"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={bind.isPending} data-testid="bind-submit">
            {t('resident.bind.submit')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
