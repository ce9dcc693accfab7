import { maskName } from '../../../domain/common/mask';
import {
  managerActions,
  matterOf,
  publicationDeadline,
  refuseVote,
  ruleName,
} from '../../../domain/votes/vote';
import type { Executor } from '../../db/client';
import type { Caller } from '../auth/caller';
import { pathOf, pathRefs } from '../org/repository';
import { mayManageVote } from './access';
import * as repo from './repository';
import type { VoteResponse } from './schema';

/** The caller's own houses in each vote's electorate: owners find what they may vote for. */
async function myHousesOf(db: Executor, caller: Caller, rows: repo.VoteRow[]) {
  const people = new Map<number, number[]>();
  const out = new Map<number, VoteResponse['myHouses']>();
  for (const v of rows) {
    if (v.status === 'draft') continue;
    let mine = people.get(v.communityId);
    if (!mine) {
      mine = await repo.personsOfAccount(db, v.communityId, caller.accountId);
      people.set(v.communityId, mine);
    }
    const owned = await repo.ownedElectors(db, v, mine);
    out.set(
      v.id,
      owned.map((o) => ({
        houseId: o.elector.houseId,
        houseLabel: o.elector.houseLabel,
        choice: o.choice,
        castAt: o.castAt,
      })),
    );
  }
  return out;
}

export async function presentVotes(
  db: Executor,
  caller: Caller,
  rows: repo.VoteRow[],
  now = new Date(),
): Promise<VoteResponse[]> {
  const [refs, mine] = await Promise.all([
    pathRefs(
      db,
      rows.map((v) => ({ path: v.nodePath, communityId: v.communityId })),
    ),
    myHousesOf(db, caller, rows),
  ]);
  return rows.map((v) => {
    const manages = mayManageVote(caller, v);
    const myHouses = mine.get(v.id) ?? [];
    const ballotOpen = refuseVote('ballot', v, now) === null;
    return {
      id: v.id,
      communityId: v.communityId,
      nodeId: v.nodeId,
      place: pathOf({ path: v.nodePath }, refs).filter((r) => r.kind !== 'district' && r.kind !== 'street'),
      matter: v.matter,
      rule: ruleName(matterOf(v.matter)!),
      title: v.title,
      description: v.description,
      status: v.status,
      opensAt: v.opensAt,
      closesAt: v.closesAt,
      allowChange: v.allowChange,
      absentCountsAsAgree: v.absentCountsAsAgree,
      subjectKind: v.subjectKind,
      subjectId: v.subjectId,
      createdByName: v.createdByName,
      createdAt: v.createdAt,
      openedAt: v.openedAt,
      closedAt: v.closedAt,
      cancelledAt: v.cancelledAt,
      electorate:
        v.totalArea !== null && v.totalOwners !== null
          ? { totalArea: v.totalArea, totalOwners: v.totalOwners }
          : null,
      noticeId: v.noticeId,
      publishBy: publicationDeadline(v),
      myHouses,
      actions: [
        ...(manages ? managerActions(v, now) : []),
        ...(ballotOpen && myHouses.some((h) => h.choice === null || v.allowChange)
          ? (['ballot'] as const)
          : []),
        ...(manages && ballotOpen ? (['enter_ballot'] as const) : []),
        ...(manages && v.status !== 'draft' && v.status !== 'cancelled' ? (['export'] as const) : []),
      ],
    };
  });
}

export async function presentVote(db: Executor, caller: Caller, v: repo.VoteRow) {
  return (await presentVotes(db, caller, [v]))[0]!;
}

export const electorOut = ({
  elector: e,
  ballot: b,
}: Awaited<ReturnType<typeof repo.electorsPage>>[number]) => ({
  houseId: e.houseId,
  houseLabel: e.houseLabel,
  area: e.area,
  areaSource: e.areaSource,
  ownerNames: e.ownerNames.map(maskName),
  developerHeld: e.developerHeld,
  ownerUnknown: !e.developerHeld && e.ownerPersonIds.length === 0,
  ballot: b ? { choice: b.choice, channel: b.channel, castAt: b.castAt } : null,
});

export const ballotOut = ({
  ballot: b,
  houseLabel,
}: Awaited<ReturnType<typeof repo.ballotsPage>>[number]) => ({
  id: b.id,
  houseId: b.houseId,
  houseLabel,
  choice: b.choice,
  channel: b.channel,
  proxyName: b.proxyName ? maskName(b.proxyName) : null,
  enteredByName: b.enteredByName,
  castAt: b.castAt,
  supersededAt: b.supersededAt,
});
