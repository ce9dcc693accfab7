import { Button, Form, type FormInstance, Modal } from 'antd';
import { type ReactNode, type RefObject, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrorHandler } from '../errors/formErrors';

interface FormModalProps<Values> {
  open: boolean;
  title: ReactNode;
  form: FormInstance<Values>;
  /** Resolves when saved (the caller closes the modal); a rejection is shown on the form. */
  onSubmit: (values: Values) => Promise<unknown>;
  onCancel: () => void;
  initialValues?: Partial<Values>;
  submitText?: ReactNode;
  submitTestId?: string;
  /** Wider than antd's 520 px for forms with rows of fields. */
  width?: number;
  children: ReactNode;
}

/**
 * Resets the store once per opening, from inside the freshly mounted form, so the values start from this opening's
 * `initialValues` (the form instance outlives the modal and would otherwise keep the last opening's values).
 * Fields keep antd's default `preserve`: a field or the whole form remounting while the modal opens keeps what was
 * typed. (`clearOnDestroy` empties the store on such a remount, antd issue 54467; `preserve={false}` dropped typed
 * values and Form.List rows whenever a field remounted.)
 */
function ResetOnOpen({
  form,
  opening,
  resetForRef,
}: {
  form: FormInstance;
  opening: number;
  resetForRef: RefObject<number>;
}) {
  useLayoutEffect(() => {
    if (resetForRef.current === opening) return;
    resetForRef.current = opening;
    form.resetFields();
  }, [form, opening, resetForRef]);
  return null;
}

/** A modal holding one vertical form; Enter submits, server field errors land under the fields. */
export function FormModal<Values>({
  open,
  title,
  form,
  onSubmit,
  onCancel,
  initialValues,
  submitText,
  submitTestId,
  width,
  children,
}: FormModalProps<Values>) {
  const { t } = useTranslation();
  const [submitting, setSubmitting] = useState(false);
  const showError = useFormErrorHandler(form);
  const [opening, setOpening] = useState(0);
  const [wasOpen, setWasOpen] = useState(false);
  const resetForRef = useRef(0);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setOpening((n) => n + 1);
  }

  async function handleFinish(values: Values): Promise<void> {
    setSubmitting(true);
    try {
      await onSubmit(values);
    } catch (error) {
      showError(error);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Modal
      open={open}
      title={title}
      onCancel={onCancel}
      width={width}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onCancel}>
          {t('common.cancel')}
        </Button>,
        <Button key="submit" type="primary" htmlType="submit" loading={submitting} data-testid={submitTestId}>
          {submitText ?? t('common.save')}
        </Button>,
      ]}
      modalRender={(dom) => (
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onFinish={(values) => void handleFinish(values)}
        >
          <ResetOnOpen form={form} opening={opening} resetForRef={resetForRef} />
          {dom}
        </Form>
      )}
    >
      {children}
    </Modal>
  );
}
