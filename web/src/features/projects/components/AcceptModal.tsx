import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { actOnProject } from '../../../api/projects';
import { FormModal } from '../../../shared/components/FormModal';
import { PhotoUpload, photosReady, uploadedIds } from '../../events/components/PhotoUpload';
import { useProjectMutation } from '../queries';

type Values = { photos?: Parameters<typeof uploadedIds>[0]; note?: string };

/** 验收: photos of the finished work (uploaded as event photos are) and the acceptance note. */
export function AcceptModal({ id, open, onClose }: { id: number; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const accept = useProjectMutation((v: Values) =>
    actOnProject(id, 'accept', { photoIds: uploadedIds(v.photos), ...(v.note ? { note: v.note } : {}) }),
  );
  return (
    <FormModal<Values>
      open={open}
      title={t('projects.actions.accept')}
      form={form}
      onSubmit={async (v) => {
        await accept.mutateAsync(v);
        onClose();
      }}
      onCancel={onClose}
      submitTestId="accept-submit"
    >
      <Form.Item
        name="photos"
        label={t('projects.fields.photos')}
        valuePropName="fileList"
        rules={[
          { required: true },
          {
            validator: (_, files: Values['photos']) =>
              photosReady(files) ? Promise.resolve() : Promise.reject(new Error(t('projects.photosWaiting'))),
          },
        ]}
      >
        <PhotoUpload />
      </Form.Item>
      <Form.Item name="note" label={t('projects.fields.acceptanceNote')} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
