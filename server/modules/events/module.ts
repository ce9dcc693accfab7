import type pg from 'pg';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { attachmentStore } from './attachments';
import type { DataKeys } from '../../crypto/personal-data';
import type { Notifier } from '../../notify/notifier';
import { eventConfiguration } from './configure';
import { outcomeTexts } from './outcome';
import { eventLedger } from './export';
import { eventReads } from './read';
import { rulesBook } from './rules';
import { eventsService } from './service';
import { eventStats } from './stats';
import { eventBus } from './stream';
import { nodeCache } from '../org/node-cache';

/** The events capability's parts, built once per app: the Open311 gateway and the jobs share them. */
export function eventsModule(
  db: Db,
  pool: pg.Pool,
  config: Pick<Config, 'timeZone' | 'dataDir'>,
  log: (msg: string, err?: unknown) => void,
  texts?: { keys: DataKeys; notifier: Notifier },
) {
  const rules = rulesBook(db);
  const store = attachmentStore(config.dataDir);
  const nodes = nodeCache(pool, log);
  const events = eventsService({
    db,
    rules,
    store,
    timeZone: config.timeZone,
    findNode: nodes.find,
    ...(texts ? { afterCommit: outcomeTexts(db, texts.keys, texts.notifier, log) } : {}),
  });
  const reads = eventReads(db, events.visible);
  return {
    db,
    rules,
    store,
    events,
    reads,
    ledger: eventLedger(reads, rules),
    configure: eventConfiguration(db, rules),
    stats: eventStats(db, config.timeZone),
    bus: eventBus(pool, log),
    /** Its LISTEN connection must be closed with the app. */
    nodes,
  };
}
export type EventsModule = ReturnType<typeof eventsModule>;
