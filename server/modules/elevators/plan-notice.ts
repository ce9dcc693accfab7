import { DEFAULT_PLAN_NOTICE_DAYS } from '../../../domain/elevators/machine';
import type { Tx } from '../../db/client';
import type { Caller } from '../auth/caller';
import { publishSubjectNotice } from '../notices/subject-notice';
import { act } from './act';
import { SUBJECT } from './decide';

/** Publishes the approved plan to the unit's residents for the notice period; they object in writing meanwhile. */
export const publishPlan = (tx: Tx, caller: Caller, id: number, days = DEFAULT_PLAN_NOTICE_DAYS) =>
  act(tx, caller, id, 'publish_plan', async ({ e }) => {
    const n = await publishSubjectNotice(
      tx,
      caller,
      { kind: SUBJECT, id: e.id },
      { nodeId: e.unitId, title: `加装电梯方案公示：${e.title}`, body: e.plan, days },
    );
    return { patch: { noticeId: n.id, noticeDays: days }, detail: { noticeId: n.id, days } };
  });

/** The period is over and every objection answered: the plan may be filed, and the cost table agreed. */
export const closeNotice = (tx: Tx, caller: Caller, id: number) => act(tx, caller, id, 'close_notice');
