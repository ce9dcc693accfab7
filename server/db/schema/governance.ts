import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { place } from './org';
import { person } from './registry';

const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const communityId = () => bigint('community_id', { mode: 'number' }).notNull();
const tenantId = () => bigint('id', { mode: 'number' }).notNull().generatedByDefaultAsIdentity();

/**
 * A building leader (楼长, seed 000): a resident of the building or a member of the property staff, appointed
 * per building and filed (备案) with the community. Coverage counts filed leaders.
 */
export const buildingLeader = pgTable(
  'building_leader',
  {
    communityId: communityId(),
    id: tenantId(),
    buildingId: bigint('building_id', { mode: 'number' }).notNull(),
    buildingPath: text('building_path').notNull(),
    personId: bigint('person_id', { mode: 'number' }),
    /** Property staff serving as leader (物业服务人员兼任楼长) are accounts, not registry people. */
    accountId: bigint('account_id', { mode: 'number' }),
    displayName: text('display_name').notNull(),
    source: text('source', { enum: ['resident', 'property_staff'] }).notNull(),
    appointedOn: date('appointed_on', { mode: 'string' }).notNull(),
    filedOn: date('filed_on', { mode: 'string' }),
    endedOn: date('ended_on', { mode: 'string' }),
    createdAt: created(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({ columns: [t.communityId, t.buildingId], foreignColumns: [place.communityId, place.id] }),
    foreignKey({ columns: [t.communityId, t.personId], foreignColumns: [person.communityId, person.id] }),
    index('building_leader_building_idx').on(t.communityId, t.buildingId),
    index('building_leader_path_idx').using('btree', t.communityId, sql`${t.buildingPath} text_pattern_ops`),
  ],
);

/**
 * The bodies of a compound: party organisations (three levels, seed 004), owners' committee, supervisory
 * committee, property company, residents' group. Kind-specific facts live in `details`, validated per kind.
 */
export const governanceBody = pgTable(
  'governance_body',
  {
    communityId: communityId(),
    id: tenantId(),
    /** The compound (or, for a building party group, the building) the body serves. */
    placeId: bigint('place_id', { mode: 'number' }).notNull(),
    placePath: text('place_path').notNull(),
    kind: text('kind', {
      enum: [
        'party_org',
        'owners_committee',
        'supervisory_committee',
        'property_company',
        'resident_group',
        'compound_officer',
      ],
    }).notNull(),
    partyLevel: text('party_level', { enum: ['community_committee', 'compound_branch', 'building_group'] }),
    parentBodyId: bigint('parent_body_id', { mode: 'number' }),
    name: text('name').notNull(),
    electedOn: date('elected_on', { mode: 'string' }),
    termEndsOn: date('term_ends_on', { mode: 'string' }),
    filedOn: date('filed_on', { mode: 'string' }),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: created(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({ columns: [t.communityId, t.placeId], foreignColumns: [place.communityId, place.id] }),
    foreignKey({ columns: [t.communityId, t.parentBodyId], foreignColumns: [t.communityId, t.id] }),
    index('governance_body_place_idx').using('btree', t.communityId, sql`${t.placePath} text_pattern_ops`),
    index('governance_body_kind_idx').on(t.communityId, t.kind),
  ],
);

export const governanceMember = pgTable(
  'governance_member',
  {
    communityId: communityId(),
    bodyId: bigint('body_id', { mode: 'number' }).notNull(),
    personId: bigint('person_id', { mode: 'number' }).notNull(),
    role: text('role', { enum: ['chair', 'vice_chair', 'secretary', 'member', 'staff'] }).notNull(),
    since: date('since', { mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.bodyId, t.personId] }),
    foreignKey({
      columns: [t.communityId, t.bodyId],
      foreignColumns: [governanceBody.communityId, governanceBody.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.communityId, t.personId], foreignColumns: [person.communityId, person.id] }),
  ],
);

/** 双报到: an in-service party member reports to the compound they live in and serves there (seed 003). */
export const partyCheckin = pgTable(
  'party_checkin',
  {
    communityId: communityId(),
    id: tenantId(),
    personId: bigint('person_id', { mode: 'number' }).notNull(),
    compoundId: bigint('compound_id', { mode: 'number' }).notNull(),
    workUnit: text('work_unit').notNull(),
    checkedInOn: date('checked_in_on', { mode: 'string' }).notNull(),
    createdAt: created(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    unique('party_checkin_person_key').on(t.communityId, t.personId, t.compoundId),
    foreignKey({ columns: [t.communityId, t.personId], foreignColumns: [person.communityId, person.id] }),
    foreignKey({ columns: [t.communityId, t.compoundId], foreignColumns: [place.communityId, place.id] }),
  ],
);

/** 贤达能人 with their four powers: deliberate, suggest, supervise, evaluate. */
export const capablePerson = pgTable(
  'capable_person',
  {
    communityId: communityId(),
    id: tenantId(),
    personId: bigint('person_id', { mode: 'number' }).notNull(),
    compoundId: bigint('compound_id', { mode: 'number' }).notNull(),
    powers: text('powers').array().notNull(),
    expertise: text('expertise'),
    createdAt: created(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    unique('capable_person_key').on(t.communityId, t.personId, t.compoundId),
    foreignKey({ columns: [t.communityId, t.personId], foreignColumns: [person.communityId, person.id] }),
    foreignKey({ columns: [t.communityId, t.compoundId], foreignColumns: [place.communityId, place.id] }),
  ],
);
