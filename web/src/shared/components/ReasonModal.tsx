import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from './FormModal';

interface ReasonModalProps {
  open: boolean;
  title: ReactNode;
  /** The reason's label ("Why is the meeting cancelled?"). */
  label: ReactNode;
  /** Resolves when done (the caller closes the modal); a rejection is shown on the form. */
  onSubmit: (reason: string) => Promise<unknown>;
  onCancel: () => void;
  required?: boolean;
  submitText?: ReactNode;
  testId?: string;
}

const MAX_REASON = 500;

/** Asks for the reason of a change that is kept on the record (cancelling, dropping, refusing). */
export function ReasonModal({
  open,
  title,
  label,
  onSubmit,
  onCancel,
  required = true,
  submitText,
  testId = 'reason',
}: ReasonModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason?: string }>();
  return (
    <FormModal<{ reason?: string }>
      open={open}
      title={title}
      form={form}
      onSubmit={(v) => onSubmit((v.reason ?? '').trim())}
      onCancel={onCancel}
      submitText={submitText}
      submitTestId={`${testId}-submit`}
    >
      <Form.Item
        name="reason"
        label={label}
        rules={[{ required, whitespace: true, message: t('common.reasonRequired') }, { max: MAX_REASON }]}
      >
        <Input.TextArea rows={3} showCount maxLength={MAX_REASON} data-testid={`${testId}-text`} autoFocus />
      </Form.Item>
    </FormModal>
  );
}
