import {
  meetingMachine,
  type MeetingAction,
  type MeetingRelation,
} from '../../../domain/deliberation/meetings';
import { AppError } from '../../http/errors';
import { manages, reads, type Access } from './access';
import type { MeetingRow } from './meeting-repository';

export function meetingRelations(a: Access, m: MeetingRow, invited: boolean): Set<MeetingRelation> {
  const r = new Set<MeetingRelation>();
  if (manages(a, m)) r.add('manager');
  if (reads(a, m)) r.add('viewer');
  if (invited) r.add('invitee');
  return r;
}

export const meetingFacts = (m: MeetingRow, now = new Date()) => ({
  status: m.status,
  startsAt: m.startsAt,
  now,
});

/** Checks `action` against the machine on a meeting the transaction has locked; throws the refusal. */
export function checkMeeting(a: Access, m: MeetingRow, action: MeetingAction) {
  const refusal = meetingMachine.refuse(action, meetingFacts(m), meetingRelations(a, m, false));
  if (refusal) throw new AppError(refusal.code, refusal.message);
}
