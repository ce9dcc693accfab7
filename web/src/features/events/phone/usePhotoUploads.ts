import { useCallback, useEffect, useRef, useState } from 'react';
import { uploadPhoto } from '../../../api/eventsPhone';
import { preparePhoto } from './image';

/** Photos a report may carry. */
export const MAX_PHOTOS = 3;

export type PhotoStatus = 'preparing' | 'uploading' | 'done' | 'failed';

export interface Photo {
  /** Local, for React and for removing; not the server's id. */
  key: string;
  status: PhotoStatus;
  /** An object URL of the photo as sent (or as taken while it is prepared). */
  previewUrl: string | null;
  attachmentId: string | null;
  error: unknown;
}

interface Source {
  file: File;
  prepared: { blob: Blob; name: string } | null;
  previewUrl: string | null;
  controller: AbortController | null;
}

let nextKey = 0;

/** Stops a photo's upload and frees its preview. */
function drop(source: Source): void {
  source.controller?.abort();
  if (source.previewUrl) URL.revokeObjectURL(source.previewUrl);
}

/**
 * The photos of a report being written: each is shrunk ({@link preparePhoto}) and uploaded as soon as it is
 * chosen, so "submit" only sends ids. A failed upload can be retried; removing a photo stops its upload.
 */
export function usePhotoUploads() {
  const [photos, setPhotos] = useState<Photo[]>([]);
  const sources = useRef(new Map<string, Source>());

  const update = useCallback((key: string, change: Partial<Photo>) => {
    setPhotos((list) => list.map((photo) => (photo.key === key ? { ...photo, ...change } : photo)));
  }, []);

  const send = useCallback(
    async (key: string) => {
      const source = sources.current.get(key);
      if (!source) return;
      const controller = new AbortController();
      source.controller = controller;
      try {
        if (!source.prepared) {
          update(key, { status: 'preparing', error: null });
          source.prepared = await preparePhoto(source.file);
          if (controller.signal.aborted) return;
          source.previewUrl = URL.createObjectURL(source.prepared.blob);
          update(key, { previewUrl: source.previewUrl });
        }
        update(key, { status: 'uploading', error: null });
        const uploaded = await uploadPhoto(source.prepared.blob, source.prepared.name, controller.signal);
        if (!controller.signal.aborted) update(key, { status: 'done', attachmentId: uploaded.id });
      } catch (error) {
        if (!controller.signal.aborted) update(key, { status: 'failed', error });
      } finally {
        if (source.controller === controller) source.controller = null;
      }
    },
    [update],
  );

  /** Adds photos up to {@link MAX_PHOTOS}; answers how many did not fit. */
  const add = useCallback(
    (files: readonly File[]): number => {
      const room = Math.max(0, MAX_PHOTOS - sources.current.size);
      const taken = files.slice(0, room);
      const added = taken.map((file): Photo => {
        const key = `photo-${++nextKey}`;
        sources.current.set(key, { file, prepared: null, previewUrl: null, controller: null });
        return { key, status: 'preparing', previewUrl: null, attachmentId: null, error: null };
      });
      setPhotos((list) => [...list, ...added]);
      for (const photo of added) void send(photo.key);
      return files.length - taken.length;
    },
    [send],
  );

  const retry = useCallback((key: string) => void send(key), [send]);

  const remove = useCallback((key: string) => {
    const source = sources.current.get(key);
    sources.current.delete(key);
    if (source) drop(source);
    setPhotos((list) => list.filter((photo) => photo.key !== key));
  }, []);

  const clear = useCallback(() => {
    for (const source of sources.current.values()) drop(source);
    sources.current.clear();
    setPhotos([]);
  }, []);

  useEffect(() => {
    const all = sources.current;
    return () => {
      for (const source of all.values()) drop(source);
      all.clear();
    };
  }, []);

  return {
    photos,
    add,
    retry,
    remove,
    clear,
    busy: photos.some((photo) => photo.status === 'preparing' || photo.status === 'uploading'),
    failed: photos.some((photo) => photo.status === 'failed'),
    attachmentIds: photos.flatMap((photo) => (photo.attachmentId ? [photo.attachmentId] : [])),
  };
}
