import type pg from 'pg';
import { worksEvents } from '../../../domain/events/parties';
import { listenBus, type ListenBus } from '../../db/listen';
import { placeInScope, type Caller, type Scope } from '../auth/caller';
import { EVENTS_CHANNEL, type EventSignal } from './notify';

/** May this caller hear of a change to the event: the same rule as reading it (with its event scope), on the signal's fields alone. */
export function hears(caller: Caller, scope: Scope, s: EventSignal): boolean {
  if (s.reporterAccountId === caller.accountId) return true;
  if (!worksEvents(caller.grants)) return false;
  return placeInScope(scope, s.communityId, s.placePath);
}

/**
 * Live updates for consoles (Server-Sent Events). Changes are announced with NOTIFY after the writing transaction
 * commits, so every process of a deployment hears every change; one LISTEN connection per process fans them out
 * to that process's open streams.
 */
export const eventBus = (pool: pg.Pool, log: (msg: string, err?: unknown) => void) =>
  listenBus<EventSignal>(pool, EVENTS_CHANNEL, log);
export type EventBus = ListenBus<EventSignal>;
