import { sniffDocument } from '../../../domain/common/image-type';
import type { Db } from '../../db/client';
import { forbidden, notFound } from '../../http/errors';
import type { Caller } from '../auth/caller';
import { nodeRefs } from '../org/repository';
import { idCursor, pageByIdDesc, subtreeOf } from '../org/subtree';
import type { AttachmentStore } from '../events/attachments';
import { isAudience, mayManageNotice, noticesVisibleTo, visibleNotice } from './access';
import { presentNotice, presentNotices } from './presenter';
import { publishNotice } from './publish-notice';
import * as repo from './repository';
import type { ListQuery, PublishBody } from './schema';

const DOCUMENTS = { sniff: sniffDocument, what: 'JPEG, PNG or WebP images or PDF documents' };

/** The building a resident reads a notice as: the building on the path of their home under the audience. */
function readerBuilding(caller: Caller, n: repo.NoticeRow): number | null {
  const home = caller.grants.find(
    (g) => g.role === 'resident' && g.communityId === n.communityId && g.path.startsWith(n.nodePath),
  );
  // district / street / community / compound / building: the fifth id of a home's path.
  const id = home?.path.split('/').filter(Boolean).map(Number)[4];
  return id ?? null;
}

/** Public notices (公示): docs/API.md "Notices". */
export function noticesService(db: Db, store: AttachmentStore) {
  return {
    async publish(caller: Caller, body: PublishBody) {
      const n = await db.transaction((tx) => publishNotice(tx, caller, body));
      return presentNotice(db, caller, n);
    },

    async list(caller: Caller, q: ListQuery) {
      const rows = await repo.listNotices(db, {
        visible: await noticesVisibleTo(db, caller),
        under: await subtreeOf(db, caller.scope, q.nodeId),
        subject: q.subjectKind ? { kind: q.subjectKind, id: q.subjectId } : undefined,
        beforeId: idCursor(q.cursor),
        limit: q.limit,
      });
      return pageByIdDesc(rows, q.limit, (items) => presentNotices(db, caller, items));
    },

    async get(caller: Caller, id: number) {
      return presentNotice(db, caller, await visibleNotice(db, caller, id));
    },

    /** A resident opened the notice: the first opening is their read receipt. Staff reading it leave none. */
    async markRead(caller: Caller, id: number) {
      const n = await visibleNotice(db, caller, id);
      if (isAudience(caller, n))
        await repo.insertReceipt(db, {
          communityId: n.communityId,
          noticeId: n.id,
          accountId: caller.accountId,
          buildingId: readerBuilding(caller, n),
        });
      return presentNotice(db, caller, n);
    },

    async reads(caller: Caller, id: number) {
      const n = await visibleNotice(db, caller, id);
      if (!mayManageNotice(caller, n)) throw forbidden();
      const rows = await repo.readsByBuilding(db, n);
      const ids = rows.flatMap((r) => (r.buildingId === null ? [] : [r.buildingId]));
      const names = await nodeRefs(db, [], ids, n.communityId);
      return {
        total: rows.reduce((s, r) => s + r.count, 0),
        byBuilding: rows.map((r) => ({
          buildingId: r.buildingId,
          name: r.buildingId === null ? '' : (names.get(r.buildingId)?.name ?? ''),
          count: r.count,
        })),
      };
    },

    /** Images and PDFs for a notice, accepted by their content; attached when the notice is published. */
    upload: (caller: Caller, data: Buffer) => store.save(db, caller.accountId, data, DOCUMENTS),

    async attachment(caller: Caller, id: number, attachmentId: string) {
      const n = await visibleNotice(db, caller, id);
      const file = await repo.findAttachment(db, n, attachmentId);
      if (!file) throw notFound('attachment');
      return { mime: file.mime, stream: store.stream(file.id) };
    },
  };
}
export type NoticesService = ReturnType<typeof noticesService>;
