import type { Db } from '../../db/client';
import { page } from '../../http/pagination';
import type { Caller } from '../auth/caller';
import { idCursor, pageByIdDesc, subtreeOf } from '../org/subtree';
import { requireFollower, requireManager, visibleVote, votesVisibleTo } from './access';
import { cancelVote } from './cancel-vote';
import { castBallot } from './cast-ballot';
import { closeVote } from './close-vote';
import { createVote } from './create-vote';
import { voteRecord } from './export';
import { openVote } from './open-vote';
import { ballotOut, electorOut, presentVote, presentVotes } from './presenter';
import * as repo from './repository';
import { voteResult } from './result';
import type { BallotBody, BallotQuery, CreateBody, ElectorQuery, ListQuery } from './schema';

/** Owner votes (RULES.md §1) for the routes: each change is one transaction around a use case other modules reuse. */
export function votesService(db: Db, timeZone: string) {
  const presented = async (caller: Caller, v: Promise<repo.VoteRow>) => presentVote(db, caller, await v);

  return {
    create: (caller: Caller, body: CreateBody) =>
      presented(
        caller,
        db.transaction((tx) => createVote(tx, caller, body)),
      ),
    open: (caller: Caller, id: number) =>
      presented(
        caller,
        db.transaction((tx) => openVote(tx, caller, id)),
      ),
    cancel: (caller: Caller, id: number) =>
      presented(
        caller,
        db.transaction((tx) => cancelVote(tx, caller, id)),
      ),
    close: (caller: Caller, id: number, noticeDays?: number) =>
      presented(
        caller,
        db.transaction((tx) => closeVote(tx, caller, id, { noticeDays, timeZone })),
      ),

    async ballot(caller: Caller, id: number, body: BallotBody) {
      const { vote, ballot, replaced } = await db.transaction((tx) => castBallot(tx, caller, id, body));
      return {
        id: ballot.id,
        voteId: vote.id,
        houseId: ballot.houseId,
        choice: ballot.choice,
        channel: ballot.channel,
        castAt: ballot.castAt,
        replaced,
      };
    },

    async result(caller: Caller, id: number) {
      return voteResult(db, await visibleVote(db, caller, id));
    },

    get: async (caller: Caller, id: number) => presentVote(db, caller, await visibleVote(db, caller, id)),

    async list(caller: Caller, q: ListQuery) {
      const rows = await repo.listVotes(db, {
        visible: await votesVisibleTo(db, caller),
        under: await subtreeOf(db, caller.scope, q.nodeId),
        status: q.status,
        subject: q.subjectKind ? { kind: q.subjectKind, id: q.subjectId } : undefined,
        beforeId: idCursor(q.cursor),
        limit: q.limit,
      });
      return pageByIdDesc(rows, q.limit, (items) => presentVotes(db, caller, items));
    },

    /** The frozen electorate with each house's current ballot: staff who follow the vote. */
    async electorate(caller: Caller, id: number, q: ElectorQuery) {
      const v = await visibleVote(db, caller, id);
      requireFollower(caller, v);
      const rows = await repo.electorsPage(db, v, {
        number: q.number,
        afterHouseId: idCursor(q.cursor),
        limit: q.limit,
      });
      return page(rows, q.limit, electorOut, (r) => ({ id: r.elector.houseId }));
    },

    async ballots(caller: Caller, id: number, q: BallotQuery) {
      const v = await visibleVote(db, caller, id);
      requireFollower(caller, v);
      const rows = await repo.ballotsPage(db, v, {
        history: q.history === 'true',
        beforeId: idCursor(q.cursor),
        limit: q.limit,
      });
      return page(rows, q.limit, ballotOut, (r) => ({ id: r.ballot.id }));
    },

    async export(caller: Caller, id: number) {
      const v = await visibleVote(db, caller, id);
      requireManager(caller, v);
      const result = v.status === 'open' || v.status === 'closed' ? await voteResult(db, v) : null;
      return { content: await voteRecord(db, v, result, timeZone), voteId: v.id };
    },
  };
}
export type VotesService = ReturnType<typeof votesService>;
