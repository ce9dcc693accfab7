import { maskName } from '../../../domain/common/mask';
import { localDate } from '../../../domain/common/local-date';
import { acceptsContributions } from '../../../domain/projects/ledger';
import { editable, projectMachine } from '../../../domain/projects/lifecycle';
import { fulfilmentStatus, overallStatus } from '../../../domain/projects/partners';
import type { Executor } from '../../db/client';
import type { Caller } from '../auth/caller';
import { homesOf } from '../auth/permission-scope';
import { pathOf, pathRefs } from '../org/repository';
import { mayManage } from './access';
import * as repo from './repository';
import type { EntryResponse, PartnerResponse, ProjectResponse } from './schema';

const refsOf = (db: Executor, rows: { nodePath: string; communityId: number }[]) =>
  pathRefs(
    db,
    rows.map((r) => ({ path: r.nodePath, communityId: r.communityId })),
  );

/** Partners with their agreements, each commitment's periods met or behind as of today in `timeZone`. */
export async function presentPartners(
  db: Executor,
  caller: Caller,
  rows: repo.PartnerRow[],
  timeZone: string,
  now = new Date(),
): Promise<PartnerResponse[]> {
  const [refs, { agreements, commitments, fulfilments }] = await Promise.all([
    refsOf(db, rows),
    repo.agreementsOf(db, rows),
  ]);
  const today = localDate(now, timeZone);
  return rows.map((p) => {
    const mine = agreements.filter((a) => a.communityId === p.communityId && a.partnerId === p.id);
    const presented = mine.map((a) => ({
      id: a.id,
      startsOn: a.startsOn,
      endsOn: a.endsOn,
      note: a.note,
      commitments: commitments
        .filter((c) => c.communityId === a.communityId && c.agreementId === a.id)
        .map((c) => {
          const done = fulfilments.filter((f) => f.communityId === c.communityId && f.commitmentId === c.id);
          const periods = fulfilmentStatus(
            a,
            c,
            done.map((f) => f.doneOn),
            today,
          );
          return {
            id: c.id,
            kind: c.kind,
            title: c.title,
            target: c.target,
            period: c.period,
            periods,
            status: overallStatus(periods),
          };
        }),
    }));
    const running = presented.filter((a) => a.startsOn <= today && a.endsOn >= today);
    const statuses = running.flatMap((a) => a.commitments.map((c) => c.status)).filter((s) => s !== null);
    const commitmentIds = new Set(presented.flatMap((a) => a.commitments.map((c) => c.id)));
    return {
      id: p.id,
      communityId: p.communityId,
      nodeId: p.nodeId,
      path: pathOf({ path: p.nodePath }, refs),
      kind: p.kind,
      name: p.name,
      contact: p.contact,
      agreements: presented,
      status: statuses.length ? (statuses.includes('behind') ? 'behind' : 'met') : null,
      fulfilments: fulfilments
        .filter((f) => f.communityId === p.communityId && commitmentIds.has(f.commitmentId))
        .slice(0, 50)
        .map((f) => ({
          id: f.id,
          commitmentId: f.commitmentId,
          doneOn: f.doneOn,
          note: f.note,
          activityId: f.activityId,
          byName: f.byName,
          createdAt: f.createdAt,
        })),
      archivedAt: p.archivedAt,
      actions: mayManage(caller, p.nodePath) && p.archivedAt === null ? ['manage'] : [],
    };
  });
}

/** A resident's own home in the project's community: they may contribute to it. */
const livesUnder = (caller: Caller, p: repo.ProjectRow) => {
  const homes = homesOf(caller);
  return homes.communityIds.includes(p.communityId) && homes.over.includes(p.nodePath);
};

export async function presentProjects(
  db: Executor,
  caller: Caller,
  rows: repo.ProjectRow[],
): Promise<ProjectResponse[]> {
  const [refs, links] = await Promise.all([refsOf(db, rows), repo.linksOf(db, rows)]);
  return rows.map((p) => {
    const manager = mayManage(caller, p.nodePath);
    const actions: ProjectResponse['actions'] = manager
      ? [
          // What the page offers; the guards beyond the state (vote, photos, balance) are checked when taken.
          ...projectMachine.actions.filter((a) => projectMachine.table[a].from.includes(p.status)),
          ...(editable(p.status) ? (['edit'] as const) : []),
          ...(!['proposed', 'closed', 'cancelled'].includes(p.status) ? (['record'] as const) : []),
        ]
      : [];
    if (livesUnder(caller, p) && acceptsContributions(p.status, p.crowdfunding)) actions.push('contribute');
    const of = <T extends { projectId: number }>(xs: T[]) => xs.filter((x) => x.projectId === p.id);
    return {
      id: p.id,
      communityId: p.communityId,
      nodeId: p.nodeId,
      path: pathOf({ path: p.nodePath }, refs),
      title: p.title,
      description: p.description,
      budget: p.budget,
      crowdfunding: p.crowdfunding,
      status: p.status,
      approvedBy: p.approvedBy,
      voteId: p.voteId,
      approvedAt: p.approvedAt,
      acceptedAt: p.acceptedAt,
      acceptanceNote: p.acceptanceNote,
      closedAt: p.closedAt,
      income: p.income,
      expense: p.expense,
      balance: p.balance,
      contributions: p.contributions,
      needs: of(links.needs).map(({ id, title }) => ({ id, title })),
      resources: of(links.resources).map(({ id, kind, name }) => ({ id, kind, name })),
      photos: of(links.photos).map(({ id }) => ({ id, url: `/api/v1/projects/${p.id}/photos/${id}` })),
      createdByName: p.createdByName,
      createdAt: p.createdAt,
      actions,
    };
  });
}

/** A ledger entry: contributors are masked for everyone (公开 shows who gave, not their full name). */
export function presentEntry(
  e: repo.EntryRow,
  name: string | null,
  myPersonIds: readonly number[],
): EntryResponse {
  return {
    id: e.id,
    projectId: e.projectId,
    kind: e.kind,
    amount: e.amount,
    balanceAfter: e.balanceAfter,
    receiptNo: e.receiptNo,
    contributor: name === null ? null : maskName(name),
    mine: e.personId !== null && myPersonIds.includes(e.personId),
    payee: e.payee,
    note: e.note,
    byName: e.byName,
    createdAt: e.createdAt,
  };
}

export async function presentNeeds(db: Executor, caller: Caller, rows: repo.NeedRow[]) {
  const [refs, links] = await Promise.all([refsOf(db, rows), repo.projectsOfNeeds(db, rows)]);
  return rows.map((n) => ({
    id: n.id,
    communityId: n.communityId,
    nodeId: n.nodeId,
    path: pathOf({ path: n.nodePath }, refs),
    title: n.title,
    description: n.description,
    source: n.source,
    topicId: n.topicId,
    eventId: n.eventId,
    raisedByName: n.raisedByAccountId === caller.accountId ? n.raisedByName : maskName(n.raisedByName),
    projectIds: links.filter((l) => l.needId === n.id).map((l) => l.projectId),
    createdAt: n.createdAt,
  }));
}

export const presentResource = (r: repo.ResourceRow) => ({
  id: r.id,
  communityId: r.communityId,
  nodeId: r.nodeId,
  kind: r.kind,
  name: r.name,
  partnerId: r.partnerId,
  teamId: r.teamId,
  amount: r.amount,
  venue: r.venue,
  note: r.note,
  archivedAt: r.archivedAt,
  createdAt: r.createdAt,
});
