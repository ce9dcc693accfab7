import type { Tx } from '../../db/client';
import { AppError, forbidden, invalid } from '../../http/errors';
import type { Caller } from '../auth/caller';
import { act } from './act';
import * as repo from './repository';
import type { ConsentBody } from './schema';

/**
 * Records the consent of an occupied house's owner (RULES.md §2): online by one of its owners, or entered by staff
 * from the signed paper. Each house consents once.
 */
export const giveConsent = (tx: Tx, caller: Caller, id: number, body: ConsentBody) =>
  act(tx, caller, id, 'consent', async (ctx) => {
    const house = ctx.occupied.find((o) => o.houseId === body.houseId);
    if (!house) throw invalid([{ path: 'body.houseId', message: 'not a house the elevator occupies' }]);
    if (house.consentedAt) throw new AppError('conflict', 'this house has consented already');
    const personId = ctx.myPersonByHouse.get(body.houseId) ?? null;
    if (body.channel === 'online' && personId === null)
      throw forbidden("consent online is given by the house's own owner");
    if (body.channel === 'paper' && !ctx.relations.has('manager'))
      throw forbidden('written consents are entered by those who run the retrofit');
    const row = await repo.recordConsent(tx, ctx.e, body.houseId, {
      consentChannel: body.channel,
      consentPersonId: body.channel === 'online' ? personId : null,
      consentByAccountId: caller.accountId,
      consentByName: caller.displayName,
    });
    if (!row) throw new AppError('conflict', 'this house has consented already');
    return { detail: { houseId: body.houseId, channel: body.channel } };
  });
