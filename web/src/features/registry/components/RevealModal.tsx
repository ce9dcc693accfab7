import { EyeInvisibleOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Radio, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person, RevealField } from '../../../api/registry';
import { FormModal } from '../../../shared/components/FormModal';
import { useRevealPerson } from '../queries';

/** How long a revealed number stays on screen. */
export const REVEAL_SECONDS = 60;
const REASON_MIN_LENGTH = 4;
const REASON_MAX_LENGTH = 200;

interface RevealValues {
  field: RevealField;
  reason: string;
}

/** `value` is dropped (null) once its time is up. */
interface Revealed {
  field: RevealField;
  value: string | null;
}

/**
 * Asks why, then shows one full number for {@link REVEAL_SECONDS} seconds (RULES.md §4: every reveal is
 * logged with who, whose, when and why). The value is kept only in this component's state.
 */
export function RevealModal({
  person,
  open,
  onClose,
}: {
  person: Person;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RevealValues>();
  const reveal = useRevealPerson();
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const fields = (['idNumber', 'phone'] as const).filter((field) =>
    field === 'idNumber' ? person.idNumberMasked !== null : person.phoneMasked !== null,
  );

  const expire = useCallback(() => setRevealed((shown) => shown && { field: shown.field, value: null }), []);

  async function submit({ field, reason }: RevealValues): Promise<void> {
    const { value } = await reveal.mutateAsync({ personId: person.id, field, reason: reason.trim() });
    setRevealed({ field, value });
  }

  function close(): void {
    setRevealed(null);
    onClose();
  }

  if (revealed) {
    return <RevealedValue revealed={revealed} person={person} onExpire={expire} onClose={close} />;
  }
  return (
    <FormModal<RevealValues>
      open={open}
      form={form}
      title={t('registry.revealTitle', { name: person.name })}
      onSubmit={submit}
      onCancel={close}
      submitText={t('registry.reveal')}
      submitTestId="reveal-submit"
    >
      <Alert type="warning" showIcon title={t('registry.revealWarning')} style={{ marginBottom: 16 }} />
      {/* On the item, not the form: the modal's form mounts after the modal opens, and the item is what mounts. */}
      <Form.Item
        name="field"
        label={t('registry.revealField')}
        initialValue={fields[0] ?? 'idNumber'}
        rules={[{ required: true }]}
      >
        <Radio.Group options={fields.map((field) => ({ value: field, label: t(`registry.${field}`) }))} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('registry.revealReason')}
        required
        rules={[
          {
            validator: async (_, value?: string) => {
              if ((value?.trim().length ?? 0) < REASON_MIN_LENGTH)
                throw new Error(t('registry.revealReasonRequired', { min: REASON_MIN_LENGTH }));
            },
          },
        ]}
      >
        <Input.TextArea
          rows={3}
          maxLength={REASON_MAX_LENGTH}
          placeholder={t('registry.revealReasonPlaceholder')}
          data-testid="reveal-reason"
        />
      </Form.Item>
    </FormModal>
  );
}

interface RevealedValueProps {
  revealed: Revealed;
  person: Person;
  onExpire: () => void;
  onClose: () => void;
}

function RevealedValue({ revealed, person, onExpire, onClose }: RevealedValueProps) {
  const { t } = useTranslation();
  const [left, setLeft] = useState(REVEAL_SECONDS);
  const shown = revealed.value !== null;

  useEffect(() => {
    if (!shown) return;
    const started = Date.now();
    const timer = setInterval(() => {
      const remaining = REVEAL_SECONDS - Math.floor((Date.now() - started) / 1000);
      setLeft(Math.max(0, remaining));
      if (remaining <= 0) onExpire();
    }, 1000);
    return () => clearInterval(timer);
  }, [shown, onExpire]);

  return (
    <Modal
      open
      title={t('registry.revealedTitle', { name: person.name, field: t(`registry.${revealed.field}`) })}
      onCancel={onClose}
      footer={
        <Button type="primary" icon={<EyeInvisibleOutlined />} onClick={onClose}>
          {t(shown ? 'registry.hideNow' : 'common.close')}
        </Button>
      }
    >
      {shown ? (
        <>
          <Typography.Paragraph
            strong
            style={{ fontFamily: 'monospace', fontSize: 20, wordBreak: 'break-all' }}
            data-testid="reveal-value"
          >
            {revealed.value}
          </Typography.Paragraph>
          <Typography.Text type="secondary">{t('registry.hidesIn', { count: left })}</Typography.Text>
        </>
      ) : (
        <Typography.Text type="secondary">{t('registry.revealExpired')}</Typography.Text>
      )}
    </Modal>
  );
}
