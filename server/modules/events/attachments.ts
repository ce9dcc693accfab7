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

const notWaiting = (field: string) =>
  invalid([{ path: field, message: 'not an upload of yours waiting to be attached' }]);

/** What an upload may be, recognised by its first bytes, and how to say so in a refusal. */
export interface Accepted {
  sniff: (head: Uint8Array) => string | null;
  what: string;
}
const IMAGES: Accepted = { sniff: sniffImage, what: 'JPEG, PNG or WebP images' };

/** Takes the caller's own waiting uploads for an object; anyone else's id, or a used one, is a 400 on `field`. */
export async function claimUploads(db: Executor, accountId: number, ids: string[], field: string) {
  const unique = [...new Set(ids)];
  const found = await db
    .delete(upload)
    .where(and(inArray(upload.id, unique), eq(upload.accountId, accountId)))
    .returning();
  if (found.length !== unique.length) throw notWaiting(field);
  return found;
}

/** Where the files live: under the data directory, outside the database (backups copy it whole). */
export const attachmentsRoot = (dataDir: string) => path.join(dataDir, 'attachments');

/** Photos and documents, named by an id nobody can guess. */
export function attachmentStore(dataDir: string) {
  const root = attachmentsRoot(dataDir);
  const fileOf = (id: string) => path.join(root, id.slice(0, 2), id);

  return {
    /**
     * Stores an upload after checking what it really is (an image unless the caller accepts more); the upload waits
     * to be attached.
     */
    async save(db: Executor, accountId: number, data: Buffer, accept: Accepted = IMAGES) {
      if (data.length > MAX_IMAGE_BYTES) throw new AppError('too_large', 'a file may be at most 10 MB');
      const mime = accept.sniff(data.subarray(0, 16));
      if (!mime)
        throw new AppError('unsupported_media_type', `only ${accept.what} are accepted`, {
          fields: [{ path: 'file', message: `not one of ${accept.what}` }],
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

    /**
     * Refuses early what `attach` would refuse, so a report with a wrong photo id fails on its own instead of
     * failing the batch it would have been written with. `attach` still checks, in the transaction.
     */
    async checkWaiting(db: Executor, accountId: number, ids: string[] | undefined, field: string) {
      if (!ids?.length) return;
      const unique = [...new Set(ids)];
      const found = await db
        .select({ id: upload.id })
        .from(upload)
        .where(and(inArray(upload.id, unique), eq(upload.accountId, accountId)));
      if (found.length !== unique.length) throw notWaiting(field);
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
      const found = await claimUploads(db, accountId, ids, field);
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

    /** The stored bytes of an attachment the caller has already been allowed to read. */
    stream: (id: string) => createReadStream(fileOf(id)),
  };
}
export type AttachmentStore = ReturnType<typeof attachmentStore>;
