import { App, Button, Card, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageSpinner } from '../../../../shared/components/PageSpinner';
import { ErrorAlert } from '../../../../shared/errors/ErrorAlert';
import { useNotifyError } from '../../../../shared/errors/useNotifyError';
import { formatDateTime } from '../../../../shared/format';
import { PhoneHeader } from '../../../events/phone/components/PhoneHeader';
import { placeLabel } from '../../../votes/model';
import { ConventionStatusTag } from '../../components/ConventionStatusTag';
import { useConvention, useSignConvention } from '../../queries';

/** `/m/conventions/:id`: a resident reads the convention and, once adopted, signs it with one tap. */
export default function PhoneConventionPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notify = useNotifyError();
  const id = Number(useParams().id);
  const c = useConvention(id);
  const sign = useSignConvention(id);
  return (
    <Flex vertical gap="middle">
      <PhoneHeader title={t('conventions.phone.title')} back="/m/conventions" />
      {c.isPending ? <PageSpinner /> : null}
      {c.isError ? <ErrorAlert error={c.error} onRetry={() => void c.refetch()} /> : null}
      {c.data ? (
        <>
          <Card size="small">
            <Flex vertical gap="small">
              <Flex justify="space-between" gap="small" align="start">
                <Typography.Title level={4} style={{ margin: 0 }}>
                  {c.data.title}
                </Typography.Title>
                <ConventionStatusTag status={c.data.status} />
              </Flex>
              <Typography.Text type="secondary">{placeLabel(c.data.place)}</Typography.Text>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                {c.data.body}
              </Typography.Paragraph>
            </Flex>
          </Card>
          {c.data.vote?.status === 'open' ? (
            <Link to={`/m/votes/${c.data.vote.id}`}>
              <Button type="primary" size="large" block>
                {t('elevators.phone.goVote')}
              </Button>
            </Link>
          ) : null}
          {c.data.signedAt ? (
            <Result
              status="success"
              title={t('conventions.phone.signed', { at: formatDateTime(c.data.signedAt) })}
              data-testid="convention-signed"
            />
          ) : null}
          {c.data.actions.includes('sign') ? (
            <Button
              type="primary"
              size="large"
              block
              loading={sign.isPending}
              data-testid="convention-sign"
              onClick={() =>
                void sign
                  .mutateAsync()
                  .then(() => void message.success(t('conventions.phone.thanks')), notify)
              }
            >
              {t('conventions.phone.sign')}
            </Button>
          ) : null}
        </>
      ) : null}
    </Flex>
  );
}
