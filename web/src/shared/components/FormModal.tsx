import { Button, Form, type FormInstance, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
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
          // Not clearOnDestroy: in antd 6 it can empty the store while the modal first opens, losing the
          // initial values (antd issue 54467); preserve={false} resets each field to its initial value instead.
          preserve={false}
        >
          {dom}
        </Form>
      )}
    >
      {children}
    </Modal>
  );
}
