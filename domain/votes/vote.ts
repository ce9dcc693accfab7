/**
 * An owner vote's life (RULES.md §1): drafted, opened (the electorate is frozen then), closed (the result is
 * fixed and publicly noticed), or cancelled before it opened. The states and what each allows are data here; the
 * server checks them again on the row it locked.
 */
import { approvalRule, MATTERS, type Matter } from './tally';

export const VOTE_STATES = ['draft', 'open', 'closed', 'cancelled'] as const;
export type VoteState = (typeof VOTE_STATES)[number];

export const VOTE_ACTIONS = ['open', 'close', 'cancel', 'ballot'] as const;
export type VoteAction = (typeof VOTE_ACTIONS)[number];

export const CHOICES = ['agree', 'disagree', 'abstain'] as const;
export const CHANNELS = ['online', 'paper', 'proxy'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The API names art. 278's approval rules by their shares. */
export type RuleName = 'majority' | 'three_quarters';

/** Art. 278 numbers its matters 1–9; `MATTERS` lists them in that order. */
export const matterOf = (n: number): Matter | null => MATTERS[n - 1] ?? null;
export const matterNumber = (m: Matter): number => MATTERS.indexOf(m) + 1;
export const ruleName = (m: Matter): RuleName =>
  approvalRule(m) === 'at_least_three_quarters' ? 'three_quarters' : 'majority';

/** Results are publicly noticed within 3 days of closing (物业管理条例; RULES.md §1). */
export const RESULT_NOTICE_DEADLINE_DAYS = 3;
const DAY_MS = 86_400_000;

export interface VoteFacts {
  status: VoteState;
  opensAt: Date | null;
  closesAt: Date | null;
}

export interface Refusal {
  code: 'wrong_state';
  message: string;
}

const FROM: Record<Exclude<VoteAction, 'ballot'>, VoteState> = {
  open: 'draft',
  close: 'open',
  cancel: 'draft',
};

/** Why `action` may not be taken now, or null when it may. */
export function refuseVote(action: VoteAction, v: VoteFacts, now: Date): Refusal | null {
  const wrong = (message: string): Refusal => ({ code: 'wrong_state', message });
  if (action === 'ballot') {
    if (v.status !== 'open') return wrong(`ballots are cast only while the vote is open (it is ${v.status})`);
    if (v.closesAt && now >= v.closesAt) return wrong('the voting period has ended');
    return null;
  }
  if (v.status !== FROM[action])
    return wrong(
      `a ${v.status} vote cannot be ${action === 'open' ? 'opened' : action === 'close' ? 'closed' : 'cancelled'}`,
    );
  if (action === 'open' && v.opensAt && now < v.opensAt) return wrong('the vote opens later');
  return null;
}

/** The actions open to someone who may manage the vote; owners only ever cast ballots. */
export const managerActions = (v: VoteFacts, now: Date): VoteAction[] =>
  VOTE_ACTIONS.filter((a) => a !== 'ballot' && refuseVote(a, v, now) === null);

/**
 * The last moment the result may be publicly noticed: 3 days after the vote closed, or after its voting period
 * ended when nobody has closed it yet. Null while there is no end to count from.
 */
export function publicationDeadline(v: VoteFacts & { closedAt: Date | null }): Date | null {
  const end = v.closedAt ?? (v.status === 'open' ? v.closesAt : null);
  return end ? new Date(end.getTime() + RESULT_NOTICE_DEADLINE_DAYS * DAY_MS) : null;
}
