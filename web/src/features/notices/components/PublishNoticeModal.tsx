import { UploadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Upload, type UploadFile } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { uploadNoticeFile, type Notice } from '../../../api/notices';
import { FormModal } from '../../../shared/components/FormModal';
import { NodeSelect } from '../../org/components/NodeSelect';
import { usePublishNotice } from '../queries';

interface Values {
  nodeId: number;
  title: string;
  body: string;
  period: [Dayjs, Dayjs];
  files?: UploadFile<{ id: string }>[];
}

const AUDIENCE = ['community', 'compound', 'building', 'unit'] as const;

/** Posts a notice to everyone under a node, for a period (7 days unless changed), with images or PDFs. */
export function PublishNoticeModal({
  open,
  onClose,
  onPublished,
}: {
  open: boolean;
  onClose: () => void;
  onPublished: (n: Notice) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const publish = usePublishNotice();

  async function submit(v: Values) {
    const ids = (v.files ?? []).flatMap((f) => (f.response?.id ? [f.response.id] : []));
    onPublished(
      await publish.mutateAsync({
        nodeId: v.nodeId,
        title: v.title,
        body: v.body,
        startsAt: v.period[0].toISOString(),
        endsAt: v.period[1].toISOString(),
        ...(ids.length ? { attachmentIds: ids } : {}),
      }),
    );
  }

  return (
    <FormModal<Values>
      open={open}
      title={t('notices.create')}
      form={form}
      onSubmit={submit}
      onCancel={onClose}
      initialValues={{ period: [dayjs(), dayjs().add(7, 'day')] }}
      submitText={t('notices.create')}
      submitTestId="notice-publish-submit"
      width={640}
    >
      <Form.Item
        name="nodeId"
        label={t('notices.fields.node')}
        extra={t('notices.fields.nodeHint')}
        rules={[{ required: true }]}
      >
        <NodeSelect kinds={AUDIENCE} />
      </Form.Item>
      <Form.Item name="title" label={t('notices.fields.title')} rules={[{ required: true, max: 200 }]}>
        <Input data-testid="notice-title" />
      </Form.Item>
      <Form.Item name="body" label={t('notices.fields.body')} rules={[{ required: true, max: 20_000 }]}>
        <Input.TextArea rows={8} data-testid="notice-text" />
      </Form.Item>
      <Form.Item name="period" label={t('notices.fields.period')} rules={[{ required: true }]}>
        <DatePicker.RangePicker showTime style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="files"
        label={t('notices.fields.attachments')}
        valuePropName="fileList"
        getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList}
      >
        <Upload<{ id: string }>
          accept="image/jpeg,image/png,image/webp,application/pdf"
          maxCount={9}
          customRequest={({ file, onSuccess, onError }) => {
            uploadNoticeFile(file as File).then(
              (r) => onSuccess?.(r),
              (e: unknown) => onError?.(e instanceof Error ? e : new Error(String(e))),
            );
          }}
        >
          <Button icon={<UploadOutlined />}>{t('notices.fields.upload')}</Button>
        </Upload>
      </Form.Item>
    </FormModal>
  );
}
