import { z } from 'zod';
import { decodeCursor, page } from '../../http/pagination';

const byPerson = z.object({ personId: z.number() });

/** Lists of people (a team's members, a community's passbooks) page by person id, ascending. */
export const afterPersonId = (cursor: string | undefined) => decodeCursor(cursor, byPerson)?.personId;

export const pageByPerson = <R extends { personId: number }>(rows: R[], limit: number) =>
  page(
    rows,
    limit,
    (r) => r,
    (r) => ({ personId: r.personId }),
  );
