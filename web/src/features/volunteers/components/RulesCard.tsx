import { Button, Card, Form, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_KINDS, RULE_KEYS, type RuleKey, setRules } from '../../../api/volunteers';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { useFormErrorHandler } from '../../../shared/errors/formErrors';
import { useRules, useVolunteerMutation } from '../queries';

/** A community's points per hour for each kind of service, and per open request closed (党员接单). */
export function RulesCard({ communityId }: { communityId: number }) {
  const { t } = useTranslation();
  const rules = useRules(communityId);
  const [form] = Form.useForm<Record<RuleKey, number>>();
  const showError = useFormErrorHandler(form);
  const save = useVolunteerMutation((r: Record<RuleKey, number>) => setRules(communityId, r));
  if (rules.error) return <ErrorAlert error={rules.error} />;
  if (!rules.data) return null;
  const editable = rules.data.actions.includes('update');
  const label = (k: RuleKey) =>
    k === 'open_event'
      ? t('volunteers.rules.openEvent')
      : t('volunteers.rules.perHour', {
          kind: t(`volunteers.kinds.${ACTIVITY_KINDS.find((x) => x === k)!}`),
        });
  return (
    <Card title={t('volunteers.rules.title')} size="small">
      <Typography.Paragraph type="secondary">{t('volunteers.rules.hint')}</Typography.Paragraph>
      <Form
        key={communityId}
        form={form}
        layout="inline"
        initialValues={rules.data.rules}
        disabled={!editable}
        onFinish={(v) => save.mutate(v, { onError: showError })}
      >
        {RULE_KEYS.map((k) => (
          <Form.Item key={k} name={k} label={label(k)} style={{ marginBottom: 8 }}>
            <InputNumber min={0} max={1000} style={{ width: 90 }} />
          </Form.Item>
        ))}
        {editable ? (
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="rules-save">
            {t('common.save')}
          </Button>
        ) : null}
      </Form>
    </Card>
  );
}
