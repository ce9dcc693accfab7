import { PlusOutlined } from '@ant-design/icons';
import { App, Upload, type UploadFile, type UploadProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAX_PHOTO_BYTES, PHOTO_TYPES, type UploadedAttachment, uploadEventPhoto } from '../../../api/events';
import { useErrorText } from '../../../shared/errors/useErrorText';

/** At most this many photos go with a report or an action (the server's limit). */
export const MAX_PHOTOS = 9;

type PhotoFile = UploadFile<UploadedAttachment>;

interface PhotoUploadProps {
  /** Given by Form.Item (`valuePropName="fileList"`). */
  id?: string;
  fileList?: PhotoFile[];
  onChange?: (files: PhotoFile[]) => void;
}

/** The ids of the photos that finished uploading. */
export function uploadedIds(files: readonly PhotoFile[] | undefined): string[] {
  return (files ?? []).flatMap((file) => (file.status === 'done' && file.response ? [file.response.id] : []));
}

/** Rejects a form while a photo is still on its way (its id is not known yet) or failed. */
export function photosReady(files: readonly PhotoFile[] | undefined): boolean {
  return (files ?? []).every((file) => file.status === 'done');
}

/**
 * Photos picked (or taken, on a tablet) are uploaded at once to `POST /events/attachments`; the form sends
 * their ids. JPEG, PNG and WebP up to 10 MB; the server checks the content again.
 */
export function PhotoUpload({ id, fileList, onChange }: PhotoUploadProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();

  const beforeUpload: UploadProps['beforeUpload'] = (file) => {
    if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) {
      void message.error(t('events.photos.wrongType', { name: file.name }));
      return Upload.LIST_IGNORE;
    }
    if (file.size > MAX_PHOTO_BYTES) {
      void message.error(t('events.photos.tooLarge', { name: file.name }));
      return Upload.LIST_IGNORE;
    }
    return true;
  };

  const customRequest: UploadProps<UploadedAttachment>['customRequest'] = ({ file, onSuccess, onError }) => {
    uploadEventPhoto(file as File).then(
      (uploaded) => onSuccess?.(uploaded),
      (error: unknown) => {
        void message.error(errorText(error));
        onError?.(error instanceof Error ? error : new Error(String(error)));
      },
    );
  };

  return (
    <Upload<UploadedAttachment>
      id={id}
      listType="picture-card"
      accept={PHOTO_TYPES.join(',')}
      multiple
      maxCount={MAX_PHOTOS}
      fileList={fileList ?? []}
      beforeUpload={beforeUpload}
      customRequest={customRequest}
      onChange={({ fileList: next }) => onChange?.(next)}
      data-testid="photo-upload"
    >
      {(fileList?.length ?? 0) >= MAX_PHOTOS ? null : (
        <button type="button" style={{ border: 0, background: 'none', cursor: 'pointer' }}>
          <PlusOutlined />
          <div style={{ marginTop: 8 }}>{t('events.photos.add')}</div>
        </button>
      )}
    </Upload>
  );
}
