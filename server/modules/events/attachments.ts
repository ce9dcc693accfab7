import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import { sniffImage } from '../../../domain/common/image-type';
import type { Executor } from '../../db/client';
import { eventAttachment, upload } from '../../db/schema';
import { AppError, invalid } from '../../http/errors';
import type { EventRow } from './repository';

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** Photos live under the data directory, outside the database, named by an id nobody can guess. */
export function attachmentStore(dataDir: string) {
  const root = path.join(dataDir, 'attachments');
  const fileOf = (id: string) => path.join(root, id.slice(0, 2), id);

  return {
    /** Stores an uploaded image after checking what it really is; the upload waits to be attached. */
    async save(db: Executor, accountId: number, data: Buffer) {
      if (data.length > MAX_IMAGE_BYTES) throw new AppError('too_large', 'an image may be at most 10 MB');
      const mime = sniffImage(data.subarray(0, 16));
      if (!mime)
        throw new AppError('unsupported_media_type', 'only JPEG, PNG or WebP images are accepted', {
          fields: [{ path: 'file', message: 'not a JPEG, PNG or WebP image' }],
        });
      const id = randomUUID();
      const file = fileOf(id);
      await mkdir(path.dirname(file), { recursive: true });
      // Written whole, then renamed: a crash never leaves half an image under a real id.
      await writeFile(`${file}.part`, data, { mode: 0o600 });
      await rename(`${file}.part`, file);
      const sha256 = createHash('sha256').update(data).digest('hex');
      try {
        await db.insert(upload).values({ id, accountId, mime, size: data.length, sha256 });
      } catch (err) {
        await rm(file, { force: true });
        throw err;
      }
      return { id, mime, size: data.length };
    },

    /** Moves the caller's own uploads onto an event (and the timeline entry they illustrate). */
    async attach(
      db: Executor,
      accountId: number,
      ids: string[] | undefined,
      e: EventRow,
      logId: number | null,
      field: string,
    ) {
      if (!ids?.length) return;
      const unique = [...new Set(ids)];
      const found = await db
        .delete(upload)
        .where(and(inArray(upload.id, unique), eq(upload.accountId, accountId)))
        .returning();
      if (found.length !== unique.length)
        throw invalid([{ path: field, message: 'not an upload of yours waiting to be attached' }]);
      await db.insert(eventAttachment).values(
        found.map((u) => ({
          communityId: e.communityId,
          id: u.id,
          eventId: e.id,
          logId,
          mime: u.mime,
          size: u.size,
          sha256: u.sha256,
        })),
      );
    },

    async find(db: Executor, e: EventRow, id: string) {
      const [row] = await db
        .select()
        .from(eventAttachment)
        .where(
          and(
            eq(eventAttachment.communityId, e.communityId),
            eq(eventAttachment.eventId, e.id),
            eq(eventAttachment.id, id),
          ),
        );
      return row ? { ...row, stream: () => createReadStream(fileOf(row.id)) } : null;
    },
  };
}
export type AttachmentStore = ReturnType<typeof attachmentStore>;
