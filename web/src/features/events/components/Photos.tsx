import { Flex, Image } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventAttachment } from '../../../api/events';

/** Thumbnails that open antd's preview (arrow keys move between them, Esc closes). */
export function Photos({ photos, size = 96 }: { photos: readonly EventAttachment[]; size?: number }) {
  const { t } = useTranslation();
  if (photos.length === 0) return null;
  return (
    <Image.PreviewGroup>
      <Flex wrap gap={8} data-testid="event-photos">
        {photos.map((photo, index) => (
          <Image
            key={photo.id}
            src={photo.url}
            width={size}
            height={size}
            alt={t('events.photos.alt', { n: index + 1 })}
            style={{ objectFit: 'cover', borderRadius: 4 }}
          />
        ))}
      </Flex>
    </Image.PreviewGroup>
  );
}
