import { Alert, App, Button, Card, Flex, Form, Input, Rate, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Round } from '../../../../api/evaluations';
import { QueryResult } from '../../../../shared/components/QueryResult';
import { useFormErrorHandler } from '../../../../shared/errors/formErrors';
import { ButtonLink } from '../../../events/phone/components/ButtonLink';
import { PhoneHeader } from '../../../events/phone/components/PhoneHeader';
import { RoundStatusTag } from '../../components/RoundStatusTag';
import { dimensionLabel } from '../../model';
import { useAnswerRound, useRound } from '../../queries';

/** `/m/evaluations/:id`: the questionnaire: a score of one to five stars per dimension, a comment if any. */
export default function PhoneRoundPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  return (
    <Flex vertical gap="middle">
      <PhoneHeader title={t('evaluations.phone.title')} back="/m/evaluations" />
      <QueryResult query={useRound(id)}>{(round) => <Questionnaire round={round} />}</QueryResult>
    </Flex>
  );
}

interface Values {
  scores: Record<string, number | undefined>;
  comment?: string;
}

const COMMENT_MAX = 1000;

function Questionnaire({ round: r }: { round: Round }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const showError = useFormErrorHandler(form);
  const answer = useAnswerRound(r.id);
  const stars = [1, 2, 3, 4, 5].map((n) => t(`evaluations.phone.stars.${n as 1 | 2 | 3 | 4 | 5}`));

  async function submit(v: Values) {
    const scores = Object.fromEntries(r.dimensions.map((d) => [d.code, v.scores[d.code] ?? 0]));
    const comment = v.comment?.trim();
    try {
      await answer.mutateAsync({ scores, ...(comment ? { comment } : {}) });
      void message.success(t('evaluations.phone.thanks'));
    } catch (error) {
      showError(error);
    }
  }

  return (
    <>
      <Card size="small">
        <Flex vertical gap={6}>
          <Flex justify="space-between" gap="small" align="start">
            <Typography.Title level={4} style={{ margin: 0 }}>
              {r.title}
            </Typography.Title>
            <RoundStatusTag status={r.status} />
          </Flex>
          <Typography.Text>
            {t('evaluations.phone.about', {
              target: t(`evaluations.targets.${r.target}`),
              name: r.targetName,
            })}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('evaluations.fields.period')} {r.periodFrom} — {r.periodTo}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('evaluations.phone.closesOn', { date: r.closesOn })}
          </Typography.Text>
        </Flex>
      </Card>
      {r.answeredByMe ? (
        <Result
          status="success"
          title={t('evaluations.phone.answered')}
          subTitle={t('evaluations.phone.anonymous')}
          data-testid="round-answered"
        />
      ) : null}
      {!r.answeredByMe && !r.actions.includes('answer') ? (
        <Alert type="info" showIcon title={t('evaluations.phone.notOpen')} />
      ) : null}
      {r.actions.includes('answer') ? (
        <Card size="small">
          <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={(v) => void submit(v)}>
            <Typography.Paragraph type="secondary">{t('evaluations.phone.intro')}</Typography.Paragraph>
            {r.dimensions.map((d) => (
              <Form.Item
                key={d.code}
                name={['scores', d.code]}
                label={<span style={{ fontSize: '1.1em' }}>{dimensionLabel(d, i18n.language)}</span>}
                rules={[{ required: true, message: t('evaluations.phone.scoreRequired') }]}
              >
                <Rate tooltips={stars} style={{ fontSize: '2em' }} data-testid={`score-${d.code}`} />
              </Form.Item>
            ))}
            <Form.Item name="comment" label={t('evaluations.phone.comment')} rules={[{ max: COMMENT_MAX }]}>
              <Input.TextArea rows={3} maxLength={COMMENT_MAX} showCount data-testid="round-comment" />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              size="large"
              block
              loading={answer.isPending}
              style={{ height: 56 }}
              data-testid="round-submit"
            >
              {t('evaluations.phone.submit')}
            </Button>
          </Form>
        </Card>
      ) : null}
      <ButtonLink to="/m/evaluations" size="large" block>
        {t('evaluations.phone.back')}
      </ButtonLink>
    </>
  );
}
