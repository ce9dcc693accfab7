import { maskName } from '../../../domain/common/mask';
import { actionsIn } from '../../../domain/mediation/machine';
import type { Executor } from '../../db/client';
import type { Caller } from '../auth/caller';
import { pathOf, pathRefs } from '../org/repository';
import { mayManage } from './cases';
import * as repo from './repository';
import type { CaseResponse, CaseSummary } from './schema';

const presentParty = (p: repo.PartyRow, masked: boolean) => ({
  id: p.id,
  role: p.role,
  name: masked ? maskName(p.name) : p.name,
  personId: p.personId,
});

async function summaries(db: Executor, rows: repo.CaseRow[], masked: boolean): Promise<CaseSummary[]> {
  const [refs, parties] = await Promise.all([
    pathRefs(
      db,
      rows.map((c) => ({ path: c.nodePath, communityId: c.communityId })),
    ),
    repo.partiesOf(db, rows),
  ]);
  return rows.map((c) => ({
    id: c.id,
    communityId: c.communityId,
    nodeId: c.nodeId,
    path: pathOf({ path: c.nodePath }, refs),
    eventId: c.eventId,
    type: c.type,
    title: c.title,
    status: c.status,
    outcome: c.outcome,
    parties: (parties.get(`${c.communityId}:${c.id}`) ?? []).map((p) => presentParty(p, masked)),
    openedAt: c.openedAt,
    closedAt: c.closedAt,
  }));
}

/** Lists mask the parties' names; the case's own page, read by those who keep the file, shows them. */
export const presentSummaries = (db: Executor, rows: repo.CaseRow[]) => summaries(db, rows, true);

export async function presentCase(db: Executor, caller: Caller, c: repo.CaseRow): Promise<CaseResponse> {
  const [[summary], mediators, sessions] = await Promise.all([
    summaries(db, [c], false),
    repo.mediatorsOfCase(db, c),
    repo.sessionsOf(db, c),
  ]);
  return {
    ...summary!,
    summary: c.summary,
    agreement: c.agreement,
    failureReason: c.failureReason,
    referredTo: c.referredTo,
    followUpOn: c.followUpOn,
    followUpResult: c.followUpResult,
    mediators,
    sessions: sessions.map((s) => ({
      id: s.id,
      heldAt: s.heldAt,
      place: s.place,
      notes: s.notes,
      attendees: s.attendees,
      recordedByName: s.recordedByName,
    })),
    decidedAt: c.decidedAt,
    createdByName: c.createdByName,
    actions: mayManage(caller, c.nodePath) ? actionsIn(c.status) : [],
  };
}
