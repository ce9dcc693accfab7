import { CameraOutlined, CloseOutlined, PictureOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Spin, Typography } from 'antd';
import { type ChangeEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../../shared/errors/useErrorText';
import { UnreadablePhotoError } from '../image';
import { MAX_PHOTOS, type Photo, type usePhotoUploads } from '../usePhotoUploads';

const THUMB = 104;

type Uploads = ReturnType<typeof usePhotoUploads>;

/**
 * Up to three photos: "take a photo" opens the camera (`capture`), "choose from album" the gallery. Each
 * photo shows as a thumbnail with its upload state, a big remove button, and a retry button when it failed.
 */
export function PhotoPicker({ uploads, elder }: { uploads: Uploads; elder: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const camera = useRef<HTMLInputElement>(null);
  const album = useRef<HTMLInputElement>(null);
  const full = uploads.photos.length >= MAX_PHOTOS;

  function picked(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? []);
    // Cleared so that choosing the same picture again (after removing it) fires a change.
    event.target.value = '';
    if (uploads.add(files) > 0)
      void message.warning(t('residentEvents.report.photoLimit', { count: MAX_PHOTOS }));
  }

  return (
    <Flex vertical gap="middle">
      <input
        ref={camera}
        type="file"
        accept="image/*"
        capture="environment"
        hidden
        onChange={picked}
        data-testid="photo-camera-input"
      />
      <input
        ref={album}
        type="file"
        accept="image/*"
        multiple
        hidden
        onChange={picked}
        data-testid="photo-input"
      />
      <Flex gap="small" vertical={elder}>
        <Button
          size="large"
          type="primary"
          ghost
          block
          icon={<CameraOutlined />}
          disabled={full}
          onClick={() => camera.current?.click()}
          style={{ minHeight: 56 }}
          data-testid="photo-camera"
        >
          {t('residentEvents.report.takePhoto')}
        </Button>
        <Button
          size="large"
          block
          icon={<PictureOutlined />}
          disabled={full}
          onClick={() => album.current?.click()}
          style={{ minHeight: 56 }}
          data-testid="photo-album"
        >
          {t('residentEvents.report.choosePhoto')}
        </Button>
      </Flex>
      {uploads.photos.length ? (
        <Flex gap="small" wrap role="list">
          {uploads.photos.map((photo, index) => (
            <PhotoThumb
              key={photo.key}
              photo={photo}
              index={index + 1}
              onRemove={() => uploads.remove(photo.key)}
              onRetry={() => uploads.retry(photo.key)}
            />
          ))}
        </Flex>
      ) : null}
    </Flex>
  );
}

function PhotoThumb({
  photo,
  index,
  onRemove,
  onRetry,
}: {
  photo: Photo;
  index: number;
  onRemove: () => void;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const unreadable = photo.error instanceof UnreadablePhotoError;
  const working = photo.status === 'preparing' || photo.status === 'uploading';
  return (
    <Flex
      vertical
      gap={4}
      align="center"
      style={{ width: THUMB }}
      role="listitem"
      data-testid="photo-thumb"
      data-status={photo.status}
    >
      <div
        style={{
          position: 'relative',
          width: THUMB,
          height: THUMB,
          borderRadius: 8,
          overflow: 'hidden',
          background: '#e9edf2',
          border: photo.status === 'failed' ? '2px solid #ff4d4f' : '1px solid #d9d9d9',
        }}
      >
        {photo.previewUrl ? (
          <img
            src={photo.previewUrl}
            alt={t('residentEvents.report.photoAlt', { index })}
            style={{ width: '100%', height: '100%', objectFit: 'cover', opacity: working ? 0.6 : 1 }}
          />
        ) : null}
        {working ? (
          <Flex justify="center" align="center" style={{ position: 'absolute', inset: 0 }}>
            <Spin />
          </Flex>
        ) : null}
        <Button
          shape="circle"
          size="large"
          icon={<CloseOutlined />}
          onClick={onRemove}
          aria-label={t('residentEvents.report.removePhoto', { index })}
          style={{ position: 'absolute', top: 2, right: 2, width: 44, height: 44 }}
          data-testid="photo-remove"
        />
      </div>
      <Typography.Text
        type={photo.status === 'failed' ? 'danger' : 'secondary'}
        style={{ fontSize: '0.85em', textAlign: 'center' }}
        role={photo.status === 'failed' ? 'alert' : undefined}
      >
        {photo.status === 'preparing'
          ? t('residentEvents.report.photoPreparing')
          : photo.status === 'uploading'
            ? t('residentEvents.report.photoUploading')
            : photo.status === 'failed'
              ? unreadable
                ? t('residentEvents.report.photoUnreadable')
                : `${t('residentEvents.report.photoFailed')}: ${errorText(photo.error)}`
              : null}
      </Typography.Text>
      {photo.status === 'failed' && !unreadable ? (
        <Button
          icon={<ReloadOutlined />}
          onClick={onRetry}
          aria-label={t('residentEvents.report.photoRetry', { index })}
          style={{ minHeight: 44, width: '100%' }}
          data-testid="photo-retry"
        />
      ) : null}
    </Flex>
  );
}
