import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { type CaseAction, decide, recordSession } from '../../../api/mediation';
import { FormModal } from '../../../shared/components/FormModal';
import { useMediationMutation } from '../queries';

interface Values {
  text?: string;
  place?: string;
  attendees?: string;
  when?: Dayjs;
}

/** The one field (or few) each action asks for; closing asks nothing. */
const FIELD: Partial<Record<CaseAction, 'agreement' | 'reason' | 'referredTo' | 'result' | 'notes'>> = {
  agree: 'agreement',
  fail: 'reason',
  refer: 'referredTo',
  follow_up: 'result',
  session: 'notes',
};

/** Records a session or takes a deciding action on a case. */
export function DecisionModal({
  caseId,
  action,
  onClose,
}: {
  caseId: number;
  action: CaseAction;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const run = useMediationMutation(async (v: Values) => {
    const text = v.text ?? '';
    switch (action) {
      case 'session':
        return recordSession(caseId, {
          heldAt: (v.when ?? undefined)?.toISOString() ?? new Date().toISOString(),
          place: v.place ?? '',
          notes: text,
          attendees: (v.attendees ?? '')
            .split(/[,，、\s]+/)
            .map((s) => s.trim())
            .filter(Boolean),
        });
      case 'agree':
        return decide(caseId, { action, agreement: text });
      case 'fail':
        return decide(caseId, { action, reason: text });
      case 'refer':
        return decide(caseId, { action, referredTo: text });
      case 'follow_up':
        return decide(caseId, {
          action,
          visitedOn: (v.when ?? undefined)?.format('YYYY-MM-DD') ?? '',
          result: text,
        });
      case 'close':
        return decide(caseId, { action });
    }
  });
  const field = FIELD[action];
  return (
    <FormModal<Values>
      open
      title={t(`mediation.actions.${action}`)}
      form={form}
      onSubmit={async (v) => {
        await run.mutateAsync(v);
        onClose();
      }}
      onCancel={onClose}
      submitTestId="decision-submit"
    >
      {action === 'session' || action === 'follow_up' ? (
        <Form.Item
          name="when"
          label={t(`mediation.fields.${action === 'session' ? 'heldAt' : 'visitedOn'}`)}
          rules={[{ required: action === 'follow_up' }]}
        >
          <DatePicker showTime={action === 'session'} style={{ width: '100%' }} data-testid="decision-when" />
        </Form.Item>
      ) : null}
      {action === 'session' ? (
        <>
          <Form.Item name="place" label={t('mediation.fields.place')} rules={[{ required: true, max: 100 }]}>
            <Input data-testid="session-place" />
          </Form.Item>
          <Form.Item
            name="attendees"
            label={t('mediation.fields.attendees')}
            extra={t('mediation.fields.attendeesHint')}
            rules={[{ required: true }]}
          >
            <Input data-testid="session-attendees" />
          </Form.Item>
        </>
      ) : null}
      {field ? (
        <Form.Item name="text" label={t(`mediation.fields.${field}`)} rules={[{ required: true, max: 4000 }]}>
          <Input.TextArea rows={3} data-testid="decision-text" />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}
