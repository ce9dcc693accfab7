import { nextStages } from '../../../domain/selforgs/stages';
import type { Executor } from '../../db/client';
import type { Caller } from '../auth/caller';
import { pathOf, pathRefs } from '../org/repository';
import { mayManage } from '../volunteers/access';
import * as repo from './repository';
import type { OrgDetailResponse, OrgResponse } from './schema';

export async function presentOrgs(
  db: Executor,
  caller: Caller,
  rows: repo.OrgListRow[],
): Promise<OrgResponse[]> {
  const refs = await pathRefs(
    db,
    rows.map((r) => ({ path: r.org.nodePath, communityId: r.org.communityId })),
  );
  return rows.map(({ org: o, members, leaderName }) => {
    const manage = mayManage(caller, o.nodePath);
    return {
      id: o.id,
      communityId: o.communityId,
      nodeId: o.nodeId,
      path: pathOf({ path: o.nodePath }, refs),
      name: o.name,
      kind: o.kind,
      description: o.description,
      leader:
        o.leaderPersonId !== null && leaderName !== null
          ? { personId: o.leaderPersonId, name: leaderName }
          : null,
      stage: o.stage,
      members,
      createdAt: o.createdAt,
      actions: manage ? ['manage'] : [],
      nextStages: manage ? nextStages(o.stage) : [],
    };
  });
}

export async function presentOrg(db: Executor, caller: Caller, o: repo.OrgRow): Promise<OrgDetailResponse> {
  const [[summary], detail] = await Promise.all([
    presentOrgs(db, caller, [await repo.withCounts(db, o)]),
    repo.detailOf(db, o),
  ]);
  return {
    ...summary!,
    stages: detail.stages.map((s) => ({
      fromStage: s.fromStage,
      toStage: s.toStage,
      on: s.on,
      note: s.note,
      byName: s.byName,
    })),
    support: detail.support.map((s) => ({
      id: s.id,
      kind: s.kind,
      provider: s.provider,
      amount: s.amount,
      receivedOn: s.receivedOn,
      note: s.note,
    })),
    activities: detail.activities,
  };
}
