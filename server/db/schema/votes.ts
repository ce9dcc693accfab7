import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { CHANNELS, CHOICES, VOTE_STATES } from '../../../domain/votes/vote';
import { house } from './registry';

const at = (name: string) => timestamp(name, { withTimezone: true });
const communityId = () => bigint('community_id', { mode: 'number' }).notNull();

/**
 * An owner vote under Civil Code art. 278 over a compound, building or unit. `subject_kind`/`subject_id` name what
 * it decides when another capability runs it (an elevator installation, a convention).
 */
export const vote = pgTable(
  'vote',
  {
    communityId: communityId(),
    id: bigint('id', { mode: 'number' }).notNull().generatedByDefaultAsIdentity(),
    nodeId: bigint('node_id', { mode: 'number' }).notNull(),
    nodePath: text('node_path').notNull(),
    /** Art. 278's matter, 1–9; it fixes the approval rule. */
    matter: smallint('matter').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    status: text('status', { enum: VOTE_STATES }).notNull().default('draft'),
    opensAt: at('opens_at'),
    closesAt: at('closes_at'),
    allowChange: boolean('allow_change').notNull().default(false),
    absentCountsAsAgree: boolean('absent_counts_as_agree').notNull().default(false),
    subjectKind: text('subject_kind'),
    subjectId: bigint('subject_id', { mode: 'number' }),
    createdByAccountId: bigint('created_by_account_id', { mode: 'number' }),
    createdByName: text('created_by_name').notNull(),
    openedAt: at('opened_at'),
    closedAt: at('closed_at'),
    cancelledAt: at('cancelled_at'),
    /** The frozen electorate's totals, set when the vote opens. */
    totalArea: numeric('total_area', { precision: 14, scale: 2, mode: 'number' }),
    totalOwners: integer('total_owners'),
    /** The tally as it stood at closing: the decision of record. */
    result: jsonb('result').$type<Record<string, unknown>>(),
    /** The public notice of the result, published at closing. */
    noticeId: bigint('notice_id', { mode: 'number' }),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    // A vote is opened by its id alone (links, a resident's phone): one index probe.
    index('vote_id_idx').on(t.id),
    index('vote_node_idx').using('btree', t.communityId, sql`${t.nodePath} text_pattern_ops`, t.id),
    index('vote_subject_idx').on(t.communityId, t.subjectKind, t.subjectId),
  ],
);

/** One exclusive part of a vote's electorate, frozen when the vote opened (RULES.md §1). */
export const voteElector = pgTable(
  'vote_elector',
  {
    communityId: communityId(),
    voteId: bigint('vote_id', { mode: 'number' }).notNull(),
    houseId: bigint('house_id', { mode: 'number' }).notNull(),
    /** "市政大院 1栋 1单元 101" as it read when the vote opened. */
    houseLabel: text('house_label').notNull(),
    houseNumber: text('house_number').notNull(),
    area: numeric('area', { precision: 9, scale: 2, mode: 'number' }).notNull(),
    areaSource: text('area_source', { enum: ['registered', 'surveyed', 'contract'] }).notNull(),
    ownerKey: text('owner_key').notNull(),
    ownerPersonIds: bigint('owner_person_ids', { mode: 'number' }).array().notNull(),
    /** The owners' names at opening, for the record a court may ask for; lists show them masked. */
    ownerNames: text('owner_names').array().notNull(),
    developerHeld: boolean('developer_held').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.voteId, t.houseId] }),
    foreignKey({ columns: [t.communityId, t.voteId], foreignColumns: [vote.communityId, vote.id] }),
    foreignKey({ columns: [t.communityId, t.houseId], foreignColumns: [house.communityId, house.id] }),
    // A resident's votes: the houses they own.
    index('vote_elector_house_idx').on(t.communityId, t.houseId),
  ],
);

/**
 * Every ballot ever cast, one row each: a changed ballot is kept with `superseded_at` set, so the record shows the
 * change. At most one current ballot per house.
 */
export const voteBallot = pgTable(
  'vote_ballot',
  {
    communityId: communityId(),
    id: bigint('id', { mode: 'number' }).notNull().generatedByDefaultAsIdentity(),
    voteId: bigint('vote_id', { mode: 'number' }).notNull(),
    houseId: bigint('house_id', { mode: 'number' }).notNull(),
    choice: text('choice', { enum: CHOICES }).notNull(),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    proxyName: text('proxy_name'),
    /** The owner who cast it online. */
    voterPersonId: bigint('voter_person_id', { mode: 'number' }),
    enteredByAccountId: bigint('entered_by_account_id', { mode: 'number' }),
    enteredByName: text('entered_by_name').notNull(),
    castAt: at('cast_at').notNull().defaultNow(),
    supersededAt: at('superseded_at'),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({
      columns: [t.communityId, t.voteId, t.houseId],
      foreignColumns: [voteElector.communityId, voteElector.voteId, voteElector.houseId],
    }),
    uniqueIndex('vote_ballot_current_key')
      .on(t.communityId, t.voteId, t.houseId)
      .where(sql`${t.supersededAt} is null`),
    index('vote_ballot_vote_idx').on(t.communityId, t.voteId, t.id),
  ],
);
