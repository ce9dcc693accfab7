import type { TeamLevel } from '../../../domain/volunteers/activities';
import type { Tx } from '../../db/client';
import { AppError, invalid, notFound } from '../../http/errors';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudit } from '../audit/repository';
import { findNode } from '../org/repository';
import { requireManager, visibleTeam } from './access';
import * as repo from './repository';
import type { TeamBody } from './schema';

const LEVEL_OF: Partial<Record<string, TeamLevel>> = {
  compound: 'compound',
  community: 'community',
  street: 'street',
};

/** The tenant that keeps a team: its compound's or its own community; a street's team names one of its communities. */
async function keeperOf(
  tx: Tx,
  caller: Caller,
  node: { kind: string; path: string; communityId: number | null },
  body: TeamBody,
) {
  if (node.kind !== 'street') {
    if (body.communityId !== undefined && body.communityId !== node.communityId)
      throw invalid([
        { path: 'body.communityId', message: 'only a street team names the community that keeps it' },
      ]);
    return node.communityId!;
  }
  if (body.communityId === undefined)
    throw invalid([{ path: 'body.communityId', message: 'a street team is kept by one of its communities' }]);
  const community = await findNode(tx, caller.scope, body.communityId);
  if (!community || community.kind !== 'community' || !community.path.startsWith(node.path))
    throw invalid([{ path: 'body.communityId', message: 'not a community of this street' }]);
  return community.id;
}

export async function createTeam(tx: Tx, caller: Caller, body: TeamBody) {
  const node = await findNode(tx, caller.scope, body.nodeId);
  if (!node) throw notFound('node');
  const level = LEVEL_OF[node.kind];
  if (!level)
    throw invalid([{ path: 'body.nodeId', message: 'a team serves a compound, a community or a street' }]);
  requireManager(caller, node.path);
  const communityId = await keeperOf(tx, caller, node, body);
  const t = await repo.insertTeam(tx, {
    communityId,
    level,
    nodeId: node.id,
    nodePath: node.path,
    name: body.name,
    description: body.description ?? null,
  });
  await appendAudit(tx, {
    communityId,
    actor: actorOf(caller),
    action: 'volunteer.team_create',
    entityType: 'volunteer_team',
    entityId: t.id,
    after: { level, nodeId: node.id, name: t.name },
  });
  return t;
}

export async function addMember(
  tx: Tx,
  caller: Caller,
  teamId: number,
  personId: number,
  role: 'leader' | 'member',
) {
  const t = await visibleTeam(tx, caller, teamId);
  requireManager(caller, t.nodePath);
  const p = await repo.findPerson(tx, t.communityId, personId);
  if (!p) throw invalid([{ path: 'body.personId', message: "not a resident of the team's community" }]);
  const m = await repo.addMember(tx, t, personId, role);
  if (!m) throw new AppError('conflict', 'already a member');
  await appendAudit(tx, {
    communityId: t.communityId,
    actor: actorOf(caller),
    action: 'volunteer.member_add',
    entityType: 'volunteer_team',
    entityId: t.id,
    after: { personId, role },
  });
  return { ...m, name: p.name };
}

export async function removeMember(tx: Tx, caller: Caller, teamId: number, personId: number) {
  const t = await visibleTeam(tx, caller, teamId);
  requireManager(caller, t.nodePath);
  const m = await repo.removeMember(tx, t, personId);
  if (!m) throw notFound('member');
  await appendAudit(tx, {
    communityId: t.communityId,
    actor: actorOf(caller),
    action: 'volunteer.member_remove',
    entityType: 'volunteer_team',
    entityId: t.id,
    before: { personId, role: m.role },
  });
}
