// The rows of each ledger (台账), page by page, in Chinese, with personal numbers masked: the sealed
// columns are never selected here.
import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import {
  DOCUMENT_TYPE_LABELS,
  RELATION_LABELS,
  SEX_LABELS,
  AREA_SOURCE_LABELS,
  CARE_GROUP_LABELS,
  YES,
  NO,
} from '../../../../domain/registry/import-labels';
import { localDate } from '../../../../domain/common/local-date';
import type { Executor } from '../../../db/client';
import { house, person, residence } from '../../../db/schema';
import type { Scope } from '../../auth/caller';
import { inScopePlaces } from '../../auth/scope-sql';
import { pathOf, pathRefs, type NodeRef } from '../../org/repository';
import { houseLabel, houseRefs, registrationOf } from '../presenter';
import * as registry from '../repository';
import { listLeaders } from '../../governance/repository';

export type Where = { scope: Scope; communityId: number; path: string; timeZone: string };
export type LedgerPage = { rows: (string | number)[][]; after: number | null };

const USE_LABELS = { residential: '住宅', commercial: '商业', mixed: '商住', other: '其他' } as const;
const OCCUPANCY_LABELS = { owner_occupied: '自住', rented: '出租', vacant: '空置', other: '其他' } as const;
const STAY_KIND_LABELS = {
  ordinary_rental: '普通租住',
  hourly_or_daily_rental: '钟点房、日租房',
  hotel: '旅馆',
  employer_dormitory: '单位宿舍',
  other: '其他',
} as const;
const REGISTRATION_LABELS = {
  registered: '已登记',
  pending: '待登记',
  overdue: '逾期未登记',
  exempt: '免于登记',
  not_required: '无需登记',
} as const;
const label = (labels: Readonly<Record<string, string>>, code: string | null) =>
  code === null ? '' : (labels[code] ?? code);

const PAGE = 1_000;

/** 小区, 楼栋, 单元 of a house: the places below its community. */
function places(h: registry.HouseRow, refs: Map<number, NodeRef>): string[] {
  const byKind = new Map(pathOf({ path: h.placePath }, refs).map((r) => [r.kind, r.name]));
  return ['compound', 'building', 'unit'].map((k) => byKind.get(k as NodeRef['kind']) ?? '');
}

const PLACE_HEADERS = ['小区', '楼栋', '单元', '房号'];

export const LEDGERS = {
  houses: {
    title: '房屋台账',
    headers: [
      ...PLACE_HEADERS,
      '楼层',
      '专有面积(㎡)',
      '面积来源',
      '用途',
      '居住状态',
      '开发商持有',
      '业主',
      '业主证件号码',
    ],
    page: async (db: Executor, w: Where, after: number | undefined): Promise<LedgerPage> => {
      const houses = (
        await registry.listHouses(db, w.scope, w.communityId, w.path, { afterId: after, limit: PAGE })
      ).slice(0, PAGE);
      const [refs, owners] = await Promise.all([houseRefs(db, houses), registry.ownersOf(db, houses)]);
      const rows = houses.map((h) => {
        const own = owners.filter((o) => o.houseId === h.id);
        return [
          ...places(h, refs),
          h.number,
          h.floor,
          h.area,
          label(AREA_SOURCE_LABELS, h.areaSource),
          label(USE_LABELS, h.use),
          label(OCCUPANCY_LABELS, h.occupancy),
          h.developerHeld ? YES : NO,
          own.map((o) => o.name).join('、'),
          own.map((o) => o.idNumberMasked ?? '').join('、'),
        ];
      });
      return { rows, after: houses.length === PAGE ? (houses.at(-1)?.id ?? null) : null };
    },
  },
  residents: {
    title: '居民台账',
    headers: [
      ...PLACE_HEADERS,
      '姓名',
      '性别',
      '出生日期',
      '证件类型',
      '证件号码',
      '手机号',
      '人房关系',
      '入住日期',
      '关怀对象',
      '居住登记',
    ],
    page: async (db: Executor, w: Where, after: number | undefined): Promise<LedgerPage> => {
      const stays = await db
        .select({
          residence,
          house,
          name: person.name,
          sex: person.sex,
          birthDate: person.birthDate,
          idType: person.idType,
          idNumberMasked: person.idNumberMasked,
          phoneMasked: person.phoneMasked,
          careGroups: person.careGroups,
        })
        .from(residence)
        .innerJoin(house, and(eq(house.communityId, residence.communityId), eq(house.id, residence.houseId)))
        .innerJoin(
          person,
          and(eq(person.communityId, residence.communityId), eq(person.id, residence.personId)),
        )
        .where(
          and(
            eq(residence.communityId, w.communityId),
            isNull(residence.movedOutOn),
            sql`${house.placePath} like ${`${w.path}%`}`,
            inScopePlaces(w.scope, house.communityId, house.placePath),
            after !== undefined ? gt(residence.id, after) : undefined,
          ),
        )
        .orderBy(asc(residence.id))
        .limit(PAGE);
      const refs = await houseRefs(
        db,
        stays.map((s) => s.house),
      );
      const now = new Date();
      const rows = stays.map((s) => [
        ...places(s.house, refs),
        s.house.number,
        s.name,
        label(SEX_LABELS, s.sex),
        s.birthDate ?? '',
        label(DOCUMENT_TYPE_LABELS, s.idType),
        s.idNumberMasked ?? '',
        s.phoneMasked ?? '',
        label(RELATION_LABELS, s.residence.relation),
        s.residence.movedInOn,
        s.careGroups.map((g) => label(CARE_GROUP_LABELS, g)).join('、'),
        label(REGISTRATION_LABELS, registrationOf(s.residence, now, w.timeZone).status),
      ]);
      return { rows, after: stays.length === PAGE ? (stays.at(-1)?.residence.id ?? null) : null };
    },
  },
  overdue: {
    title: '逾期未登记',
    headers: ['房屋', '姓名', '人房关系', '居住类型', '入住日期', '登记期限', '逾期天数'],
    page: async (db: Executor, w: Where, after: number | undefined): Promise<LedgerPage> => {
      // Overdue depends on the clock, so it is decided here over the unregistered stays.
      const stays = await registry.unregisteredStays(db, w.scope, w.communityId, w.path, after, PAGE);
      const refs = await houseRefs(
        db,
        stays.map((s) => s.house),
      );
      const now = new Date();
      const rows = stays.flatMap((s) => {
        const reg = registrationOf(s.residence, now, w.timeZone);
        if (reg.status !== 'overdue' || !reg.deadline) return [];
        return [
          [
            houseLabel(s.house, refs),
            s.name,
            label(RELATION_LABELS, s.residence.relation),
            label(STAY_KIND_LABELS, s.residence.stayKind),
            s.residence.movedInOn,
            localDate(reg.deadline, w.timeZone),
            reg.daysOverdue ?? 0,
          ],
        ];
      });
      return { rows, after: stays.length === PAGE ? (stays.at(-1)?.residence.id ?? null) : null };
    },
  },
  'building-leaders': {
    title: '楼栋长台账',
    headers: ['楼栋', '楼栋长', '来源', '任命日期', '备案日期', '卸任日期', '状态'],
    page: async (db: Executor, w: Where, after: number | undefined): Promise<LedgerPage> => {
      const leaders = (await listLeaders(db, w.scope, w.communityId, w.path, after, PAGE)).slice(0, PAGE);
      const refs = await pathRefs(
        db,
        leaders.map((l) => ({ path: l.buildingPath, communityId: l.communityId })),
      );
      const rows = leaders.map((l) => [
        pathOf({ path: l.buildingPath }, refs)
          .filter((r) => r.kind === 'compound' || r.kind === 'building')
          .map((r) => r.name)
          .join(' '),
        l.displayName,
        l.source === 'resident' ? '居民' : '物业服务人员',
        l.appointedOn,
        l.filedOn ?? '',
        l.endedOn ?? '',
        l.endedOn ? '已卸任' : l.filedOn ? '已备案' : '待备案',
      ]);
      return { rows, after: leaders.length === PAGE ? (leaders.at(-1)?.id ?? null) : null };
    },
  },
} as const;

export type Ledger = keyof typeof LEDGERS;
