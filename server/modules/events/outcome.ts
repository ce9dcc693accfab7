import { openProtected, type DataKeys } from '../../crypto/personal-data';
import type { Executor } from '../../db/client';
import type { Notifier } from '../../notify/notifier';
import { accountPhones } from '../residents/repository';
import type { EventRow } from './repository';

/** The outcomes a resident hears of by text message: the loop closed (rate it) or the report was not taken on. */
const OUTCOME_TEXT: Partial<Record<EventRow['status'], (id: number) => string>> = {
  closed: (id) => `【邻里】您反映的问题（编号${id}）已办结，请在“我的报事”中评价。`,
  rejected: (id) => `【邻里】您反映的问题（编号${id}）未予受理，原因见“我的报事”。`,
};

/**
 * Tells the reporter of an outcome through the SMS/WeChat gateway when their account has a phone. After the
 * change committed, and best effort: a gateway that is down costs a text message, never the change itself.
 */
export function outcomeTexts(
  db: Executor,
  keys: DataKeys,
  notifier: Notifier,
  log: (msg: string, err?: unknown) => void,
) {
  return async function textReporter(e: EventRow, action: string): Promise<void> {
    const text = OUTCOME_TEXT[e.status];
    if (!text || e.reporterAccountId === null || (action !== 'verify' && action !== 'reject')) return;
    try {
      const sealed = (await accountPhones(db, [e.reporterAccountId])).get(e.reporterAccountId);
      if (!sealed) return;
      await notifier.send({
        phone: openProtected(keys, 'phone', sealed),
        kind: 'event_outcome',
        text: text(e.id),
        params: { eventId: String(e.id), status: e.status },
      });
    } catch (err) {
      log(`event ${e.id}: the outcome message was not sent`, err);
    }
  };
}
