import { App, Form, Input, Radio, type UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventDetail, UploadedAttachment } from '../../../api/events';
import { FormModal } from '../../../shared/components/FormModal';
import { NodeSelect } from '../../org/components/NodeSelect';
import { useReportEvent } from '../queries';
import { CategoryTreeSelect } from './CategoryTreeSelect';
import { PhotoUpload, photosReady, uploadedIds } from './PhotoUpload';

/** Where a report can be placed: a community's own matter, or a compound, building or unit. */
const REPORT_PLACE_KINDS = ['community', 'compound', 'building', 'unit'];

interface ReportValues {
  categoryCode: string;
  nodeId: number;
  address?: string;
  description: string;
  channel: 'console' | 'patrol';
  photos?: UploadFile<UploadedAttachment>[];
}

interface ReportEventModalProps {
  /** The board's place filter, as the place to start from. */
  defaultNodeId?: number | undefined;
  onClose: () => void;
  onReported: (event: EventDetail) => void;
}

/** A report taken by staff: a phone call or visit to the community office, or found on a grid patrol. */
export function ReportEventModal({ defaultNodeId, onClose, onReported }: ReportEventModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportValues>();
  const report = useReportEvent();

  async function submit(values: ReportValues): Promise<void> {
    const attachmentIds = uploadedIds(values.photos);
    const event = await report.mutateAsync({
      categoryCode: values.categoryCode,
      nodeId: values.nodeId,
      description: values.description.trim(),
      address: values.address?.trim() || undefined,
      channel: values.channel,
      attachmentIds: attachmentIds.length ? attachmentIds : undefined,
    });
    void message.success(t('events.report.done', { id: event.id }));
    onReported(event);
  }

  return (
    <FormModal<ReportValues>
      open
      form={form}
      title={t('events.report.title')}
      initialValues={{ channel: 'console', nodeId: defaultNodeId }}
      onSubmit={submit}
      onCancel={onClose}
      submitText={t('events.report.submit')}
      submitTestId="report-submit"
      width={600}
    >
      <Form.Item
        name="categoryCode"
        label={t('events.category')}
        rules={[{ required: true, message: t('events.report.categoryRequired') }]}
      >
        <CategoryTreeSelect allowClear={false} placeholder={t('events.report.categoryPlaceholder')} />
      </Form.Item>
      <Form.Item
        name="nodeId"
        label={t('events.place')}
        extra={t('events.report.placeHint')}
        rules={[{ required: true, message: t('events.report.placeRequired') }]}
      >
        <NodeSelect kinds={REPORT_PLACE_KINDS} placeholder={t('events.report.placePlaceholder')} />
      </Form.Item>
      <Form.Item name="address" label={t('events.report.address')}>
        <Input maxLength={200} placeholder={t('events.report.addressPlaceholder')} />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('events.description')}
        rules={[{ required: true, whitespace: true, message: t('events.report.descriptionRequired') }]}
      >
        <Input.TextArea
          rows={4}
          maxLength={2000}
          showCount
          placeholder={t('events.report.descriptionPlaceholder')}
          data-testid="report-description"
        />
      </Form.Item>
      <Form.Item name="channel" label={t('events.report.channel')}>
        <Radio.Group
          options={(['console', 'patrol'] as const).map((value) => ({
            value,
            label: t(`events.channels.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="photos"
        label={t('events.photos.label')}
        valuePropName="fileList"
        rules={[
          {
            validator: (_, files?: UploadFile<UploadedAttachment>[]) =>
              photosReady(files) ? Promise.resolve() : Promise.reject(new Error(t('events.photos.notReady'))),
          },
        ]}
      >
        <PhotoUpload />
      </Form.Item>
    </FormModal>
  );
}
