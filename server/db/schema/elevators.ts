import { sql } from 'drizzle-orm';
import {
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
} from 'drizzle-orm/pg-core';
import { ELEVATOR_STATES } from '../../../domain/elevators/machine';
import { at, authored, communityId, ref, tenantId } from './columns';
import { house } from './registry';

/**
 * An elevator retrofit (加装电梯) of one unit (RULES.md §2). Its decision is an owner vote (`vote_id`, matter 7), its
 * plan a public notice (`notice_id`); both live in their own tables and point back here by subject.
 */
export const elevatorInstallation = pgTable(
  'elevator_installation',
  {
    communityId: communityId(),
    id: tenantId(),
    unitId: ref('unit_id').notNull(),
    unitPath: text('unit_path').notNull(),
    title: text('title').notNull(),
    plan: text('plan').notNull(),
    status: text('status', { enum: ELEVATOR_STATES }).notNull().default('draft'),
    /** Storeys as the registry gave them when the retrofit was started (eligibility's evidence). */
    floors: smallint('floors').notNull(),
    voteId: ref('vote_id'),
    noticeId: ref('notice_id'),
    noticeDays: smallint('notice_days'),
    /** The budget the cost table shares, in yuan. */
    budget: numeric('budget', { precision: 14, scale: 2, mode: 'number' }),
    ...authored(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    index('elevator_installation_id_idx').on(t.id),
    index('elevator_installation_unit_idx').using(
      'btree',
      t.communityId,
      sql`${t.unitPath} text_pattern_ops`,
      t.id,
    ),
  ],
);

/**
 * A house whose exclusive part the elevator occupies (its owner must consent), and the consent once given: online
 * by one of its owners, or entered by staff from the signed paper.
 */
export const elevatorOccupiedHouse = pgTable(
  'elevator_occupied_house',
  {
    communityId: communityId(),
    installationId: ref('installation_id').notNull(),
    houseId: ref('house_id').notNull(),
    houseLabel: text('house_label').notNull(),
    consentedAt: at('consented_at'),
    consentChannel: text('consent_channel', { enum: ['online', 'paper'] }),
    consentPersonId: ref('consent_person_id'),
    consentByAccountId: ref('consent_by_account_id'),
    consentByName: text('consent_by_name'),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.installationId, t.houseId] }),
    foreignKey({
      columns: [t.communityId, t.installationId],
      foreignColumns: [elevatorInstallation.communityId, elevatorInstallation.id],
    }),
    foreignKey({ columns: [t.communityId, t.houseId], foreignColumns: [house.communityId, house.id] }),
  ],
);

/** One floor of the saved cost-sharing table; the rows of a table sum to the installation's budget exactly. */
export const elevatorCostShare = pgTable(
  'elevator_cost_share',
  {
    communityId: communityId(),
    installationId: ref('installation_id').notNull(),
    floor: smallint('floor').notNull(),
    weight: numeric('weight', { precision: 6, scale: 2, mode: 'number' }).notNull(),
    households: integer('households').notNull(),
    amount: numeric('amount', { precision: 14, scale: 2, mode: 'number' }).notNull(),
    /** Each household's share in yuan (equal, or a cent apart). */
    perHousehold: numeric('per_household', { precision: 14, scale: 2, mode: 'number' }).array().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.installationId, t.floor] }),
    foreignKey({
      columns: [t.communityId, t.installationId],
      foreignColumns: [elevatorInstallation.communityId, elevatorInstallation.id],
    }),
  ],
);
