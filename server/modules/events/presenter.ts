import { urgency } from '../../../domain/events/calendar';
import { RUNNING_STATES, type EventAction } from '../../../domain/events/machine';
import { partyId } from '../../../domain/events/parties';
import type { Executor } from '../../db/client';
import { pathOf, pathRefs, type NodeRef } from '../org/repository';
import * as repo from './repository';
import type { EventDetail, EventSummary } from './schema';

/** "怡枫园 1栋 1单元": the places below the community, or the community's name for an event of its own. */
function placeName(e: repo.EventRow, refs: Map<number, NodeRef>): string {
  const names = pathOf({ path: e.placePath }, refs);
  const below = names.filter((r) => r.kind !== 'district' && r.kind !== 'street' && r.kind !== 'community');
  return (below.length ? below : names.slice(-1)).map((r) => r.name).join(' ');
}

/**
 * Names along events' place paths. Lists show dozens of events in a handful of buildings, and names change a few
 * times a year: each process keeps the names of a path for 30 s and reads only the paths it has not seen.
 */
const NAMES_MS = 30_000;
const namesOfPath = new Map<string, { at: number; refs: NodeRef[] }>();

/** Names of the nodes along `paths` (each with the community its places belong to), from the cache when fresh. */
export async function namesAlong(
  db: Executor,
  paths: { path: string; communityId: number | null }[],
): Promise<Map<number, NodeRef>> {
  const now = Date.now();
  const refs = new Map<number, NodeRef>();
  const missing = new Map<string, { path: string; communityId: number | null }>();
  for (const p of paths) {
    const hit = namesOfPath.get(p.path);
    if (hit && now - hit.at < NAMES_MS) hit.refs.forEach((r) => refs.set(r.id, r));
    else missing.set(p.path, p);
  }
  if (missing.size) {
    const found = await pathRefs(db, [...missing.values()]);
    for (const [path] of missing) {
      const list = pathOf({ path }, found);
      namesOfPath.set(path, { at: now, refs: list });
      list.forEach((r) => refs.set(r.id, r));
    }
    if (namesOfPath.size > 50_000) namesOfPath.clear();
  }
  return refs;
}

export const placeRefs = (db: Executor, rows: repo.EventRow[]) =>
  namesAlong(
    db,
    rows.map((e) => ({ path: e.placePath, communityId: e.communityId })),
  );

export function summarize(e: repo.EventRow, refs: Map<number, NodeRef>, now: Date): EventSummary {
  const running = RUNNING_STATES.includes(e.status) && e.deadline && e.dispatchedAt;
  return {
    id: e.id,
    status: e.status,
    categoryCode: e.categoryCode,
    description: e.description,
    level: e.level,
    communityId: e.communityId,
    placeId: e.placeId,
    placeName: placeName(e, refs),
    assignee:
      e.assigneeKind && e.assigneeNodeId !== null
        ? {
            partyId: partyId({ kind: e.assigneeKind, nodeId: e.assigneeNodeId }),
            kind: e.assigneeKind,
            nodeId: e.assigneeNodeId,
            level: e.level,
            department: e.assigneeDepartment,
            name: e.assigneeName ?? '',
          }
        : null,
    deadline: e.deadline,
    urgency: running ? urgency(e.dispatchedAt!, e.deadline!, now) : null,
    reworkCount: e.reworkCount,
    rating: e.rating,
    reportedAt: e.reportedAt,
    channel: e.channel,
  };
}

const fileOf = (eventId: number, f: { id: string; mime: string; size: number }) => ({
  id: f.id,
  mime: f.mime,
  size: f.size,
  url: `/api/v1/events/${eventId}/attachments/${f.id}`,
});

/** What the writer of a new report already holds: its timeline and duplicate hint need not be read back. */
export interface Written {
  logs: repo.LogRow[];
  duplicates: repo.Duplicate[];
}

/** An event in full. */
export async function detail(
  db: Executor,
  e: repo.EventRow,
  actions: EventAction[],
  showDuplicates: boolean,
  now: Date,
  written?: Written,
): Promise<EventDetail> {
  const duplicatesOf = async () => (await repo.possibleDuplicates(db, [e])).get(e.id)!;
  const [refs, { logs, files }, duplicates] = await Promise.all([
    placeRefs(db, [e]),
    written ? { logs: written.logs, files: [] } : repo.timelineOf(db, e),
    !showDuplicates ? [] : written ? written.duplicates : duplicatesOf(),
  ]);
  return {
    ...summarize(e, refs, now),
    compoundId: e.compoundId,
    houseId: e.houseId,
    lat: e.lat,
    lng: e.lng,
    address: e.address,
    reporterName: e.reporterName,
    ratingComment: e.ratingComment,
    acceptedAt: e.acceptedAt,
    dispatchedAt: e.dispatchedAt,
    handledAt: e.handledAt,
    closedAt: e.closedAt,
    escalations: e.escalations,
    attachments: files.filter((f) => f.logId === null).map((f) => fileOf(e.id, f)),
    timeline: logs.map((l) => ({
      id: l.id,
      action: l.action,
      fromStatus: l.fromStatus,
      toStatus: l.toStatus,
      actorName: l.actorName,
      note: l.note,
      data: l.data,
      attachments: files.filter((f) => f.logId === l.id).map((f) => fileOf(e.id, f)),
      at: l.at,
    })),
    actions,
    possibleDuplicates: duplicates,
  };
}
