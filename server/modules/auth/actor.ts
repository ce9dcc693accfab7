import type { Caller } from './caller';

/** Who an audit row names: a signed-in caller, or the system itself (seeding, jobs, command line). */
export interface Actor {
  id: number | null;
  name: string;
  ip: string | null;
}

/** The account id of `systemCaller`, which is no account. */
export const SYSTEM_ACCOUNT_ID = 0;

export const actorOf = (c: Caller): Actor => ({
  id: c.accountId === SYSTEM_ACCOUNT_ID ? null : c.accountId,
  name: c.username,
  ip: c.ip,
});
