import type { DeadlineRule } from './calendar';
import type { EventLevel } from './machine';

/**
 * Who answers for a kind of problem (seed 000: matters within the compound party's remit are handed to it
 * directly, harder ones go up; RULES.md §6: every matter on the published list has a responsible department).
 */
export const PARTY_KINDS = [
  'property_company',
  'owners_committee',
  'party_branch',
  'community',
  'street_department',
  'district_department',
  /** 党员接单: an open event taken by a party member or volunteer of the compound. */
  'volunteer',
] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

/** The level a party works at; an event assigned to it sits at that level. */
export const PARTY_LEVEL: Readonly<Record<PartyKind, EventLevel>> = {
  property_company: 'compound',
  owners_committee: 'compound',
  party_branch: 'compound',
  volunteer: 'compound',
  community: 'community',
  street_department: 'street',
  district_department: 'district',
};

/** Who takes over when an event goes up a level: the community, then the street's and the district's departments. */
export const LEVEL_PARTY: Readonly<Record<EventLevel, PartyKind>> = {
  compound: 'property_company',
  community: 'community',
  street: 'street_department',
  district: 'district_department',
};

export type DispatchMode = 'assign' | 'open';
export type LocalizedName = Readonly<Record<'zh-CN' | 'zh-HK' | 'en-US', string>>;

export interface Category {
  code: string;
  parentCode: string | null;
  name: LocalizedName;
  responsibleParty: PartyKind;
  /** The department's name when the party is a street or district department (城管, 派出所 …). */
  department: string | null;
  startLevel: EventLevel;
  deadline: DeadlineRule;
  dispatchMode: DispatchMode;
  /** Accepted and dispatched on intake, without waiting for a dispatcher. */
  autoDispatch: boolean;
}

const n = (zhCN: string, zhHK: string, enUS: string): LocalizedName => ({
  'zh-CN': zhCN,
  'zh-HK': zhHK,
  'en-US': enUS,
});

type Spec = Omit<Category, 'parentCode' | 'department' | 'startLevel'> &
  Partial<Pick<Category, 'department' | 'startLevel'>>;

const compoundJob = (
  code: string,
  name: LocalizedName,
  deadline: DeadlineRule,
  autoDispatch = true,
): Spec => ({
  code,
  name,
  responsibleParty: 'property_company',
  deadline,
  dispatchMode: 'assign',
  autoDispatch,
});

const SPECS: readonly (Spec & { children?: readonly Spec[] })[] = [
  {
    code: 'property.dispute',
    name: n('物业纠纷', '物業糾紛', 'Property management dispute'),
    responsibleParty: 'community',
    deadline: { workingDays: 5 },
    dispatchMode: 'assign',
    autoDispatch: false,
  },
  {
    // 小区矛盾化解在小区 (seed 003): the compound's party branch mediates first.
    code: 'neighbour.dispute',
    name: n('邻里纠纷', '鄰里糾紛', 'Neighbour dispute'),
    responsibleParty: 'party_branch',
    deadline: { workingDays: 5 },
    dispatchMode: 'assign',
    autoDispatch: false,
  },
  {
    ...compoundJob('sanitation', n('环境卫生', '環境衞生', 'Sanitation'), { hours: 48 }),
    children: [
      compoundJob('sanitation.garbage', n('垃圾清运', '垃圾清運', 'Rubbish collection'), { hours: 24 }),
    ],
  },
  {
    code: 'construction.illegal',
    name: n('违法建设', '違法建設', 'Illegal construction'),
    responsibleParty: 'street_department',
    department: '综合执法队',
    deadline: { workingDays: 10 },
    dispatchMode: 'assign',
    autoDispatch: false,
  },
  {
    ...compoundJob('fire.hazard', n('消防隐患', '消防隱患', 'Fire hazard'), { hours: 24 }),
    // Raised by smoke detectors (domain/devices/rules.ts): someone must look at once.
    children: [compoundJob('fire.hazard.alarm', n('火警报警', '火警警報', 'Fire alarm'), { hours: 1 })],
  },
  {
    code: 'security',
    name: n('治安问题', '治安問題', 'Public security'),
    responsibleParty: 'street_department',
    department: '派出所',
    deadline: { workingDays: 3 },
    dispatchMode: 'assign',
    autoDispatch: false,
  },
  {
    ...compoundJob('facility.elevator', n('电梯故障', '電梯故障', 'Elevator fault'), { hours: 24 }),
    children: [
      compoundJob('facility.elevator.trapped', n('电梯困人', '電梯困人', 'Person trapped in elevator'), {
        hours: 1,
      }),
    ],
  },
  // The matters devices raise (domain/devices/rules.ts): a flooding pit, a propped-open door, a silent device.
  compoundJob('facility.water', n('积水水位超限', '積水水位超標', 'Water above level'), { hours: 4 }),
  compoundJob('facility.access', n('门禁异常', '門禁異常', 'Access control fault'), { hours: 24 }),
  compoundJob('facility.device', n('设备离线', '設備離線', 'Device offline'), { hours: 24 }),
  compoundJob('facility.light', n('照明损坏', '照明損壞', 'Broken light'), { hours: 48 }),
  compoundJob('facility.facade', n('外墙脱落', '外牆剝落', 'Façade falling'), { hours: 24 }),
  compoundJob('parking', n('停车管理', '停車管理', 'Parking'), { workingDays: 3 }),
  {
    code: 'pets',
    name: n('宠物扰民', '寵物擾民', 'Pets'),
    responsibleParty: 'owners_committee',
    deadline: { workingDays: 5 },
    dispatchMode: 'assign',
    autoDispatch: false,
  },
  {
    ...compoundJob('noise', n('噪音扰民', '噪音擾民', 'Noise'), { workingDays: 2 }),
    children: [
      compoundJob('noise.renovation', n('装修噪音', '裝修噪音', 'Renovation noise'), { workingDays: 2 }),
    ],
  },
  {
    // 居民点单、党员接单 — a party member or volunteer of the compound may take it.
    code: 'service.elderly',
    name: n('助老服务', '助老服務', 'Help for the elderly'),
    responsibleParty: 'party_branch',
    deadline: { workingDays: 3 },
    dispatchMode: 'open',
    autoDispatch: true,
  },
];

function complete(spec: Spec, parentCode: string | null): Category {
  return {
    code: spec.code,
    parentCode,
    name: spec.name,
    responsibleParty: spec.responsibleParty,
    department: spec.department ?? null,
    startLevel: spec.startLevel ?? PARTY_LEVEL[spec.responsibleParty],
    deadline: spec.deadline,
    dispatchMode: spec.dispatchMode,
    autoDispatch: spec.autoDispatch,
  };
}

/** The default list of matters (事项清单) a new installation starts with; streets adjust it. */
export const DEFAULT_CATEGORIES: readonly Category[] = SPECS.flatMap((s) => [
  complete(s, null),
  ...(s.children ?? []).map((c) => complete(c, s.code)),
]);

export const CATEGORY_CODE = /^[a-z][a-z_]*(\.[a-z][a-z_]*)*$/;
