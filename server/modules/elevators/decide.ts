import { matterNumber } from '../../../domain/votes/vote';
import { afterVote } from '../../../domain/elevators/machine';
import type { Tx } from '../../db/client';
import type { Caller } from '../auth/caller';
import { decideByVote, startDecidingVote } from '../votes/deciding-vote';
import { act } from './act';

export const SUBJECT = 'elevator_installation';
/** Art. 278 matter 7 (改建、重建): at least 3/4 of the participants by area and by headcount. */
const ALTERATION = matterNumber('alteration');

/** Puts the retrofit to the unit's owners: a matter-7 vote over the unit, opened now (its electorate frozen). */
export const startVote = (tx: Tx, caller: Caller, id: number, closesAt?: Date) =>
  act(tx, caller, id, 'start_vote', async ({ e }) => {
    const v = await startDecidingVote(
      tx,
      caller,
      { kind: SUBJECT, id: e.id },
      {
        nodeId: e.unitId,
        matter: ALTERATION,
        title: `加装电梯表决：${e.title}`,
        description: e.plan,
        closesAt,
      },
    );
    return { patch: { voteId: v.id }, detail: { voteId: v.id } };
  });

/** Closes the vote (or takes the result it closed with): approved when it passed, else rejected. */
export const closeVote = (tx: Tx, caller: Caller, id: number, timeZone: string) =>
  act(tx, caller, id, 'close_vote', async ({ e }) => {
    const { result } = await decideByVote(tx, caller, e.voteId!, timeZone);
    return {
      to: afterVote(result.passed),
      detail: { voteId: e.voteId, passed: result.passed, quorumMet: result.quorumMet },
    };
  });
