import type { LocalizedName } from '../events/categories';

/**
 * A checklist is data: each item has a stable code, a label in the three languages and, optionally, the events
 * category a failed answer files its event under (a failed item with no category is only noted).
 */
export interface ChecklistItem {
  code: string;
  label: LocalizedName;
  categoryCode: string | null;
}

export const ITEM_CODE = /^[a-z][a-z0-9_]{0,47}$/;
export const MAX_CHECKLIST_ITEMS = 40;

const n = (zhCN: string, zhHK: string, enUS: string): LocalizedName => ({
  'zh-CN': zhCN,
  'zh-HK': zhHK,
  'en-US': enUS,
});

/** 一日三巡 (seed 003): what a grid worker looks at on each round of the grid. */
export const GRID_CHECKLIST: readonly ChecklistItem[] = [
  {
    code: 'fire_passage',
    label: n('消防通道畅通', '消防通道暢通', 'Fire passages clear'),
    categoryCode: 'fire.hazard',
  },
  {
    code: 'illegal_construction',
    label: n('无违法搭建', '無違法搭建', 'No illegal construction'),
    categoryCode: 'construction.illegal',
  },
  {
    code: 'lights',
    label: n('公共照明正常', '公共照明正常', 'Lights working'),
    categoryCode: 'facility.light',
  },
  {
    code: 'falling_objects',
    label: n('无高空坠物隐患', '無高空墮物隱患', 'No falling-object risk'),
    categoryCode: 'facility.facade',
  },
  {
    code: 'sanitation',
    label: n('环境卫生整洁', '環境衞生整潔', 'Sanitation kept'),
    categoryCode: 'sanitation',
  },
  {
    code: 'public_order',
    label: n('治安秩序正常', '治安秩序正常', 'Public order normal'),
    categoryCode: 'security',
  },
];

/**
 * The building leader's five duties (seed 000: 维护视频门禁和防火防盗设施，发现违法犯罪或治安、消防隐患及时报告，
 * 督促出租屋业主和租住人员及时申报居住登记信息), one item each. Registration has no events category: the registry's
 * overdue list is where it is followed up.
 */
export const BUILDING_CHECKLIST: readonly ChecklistItem[] = [
  {
    code: 'video_access',
    label: n('视频门禁运行正常', '視像門禁運作正常', 'Video access control working'),
    categoryCode: 'security',
  },
  {
    code: 'fire_theft_facilities',
    label: n('防火防盗设施完好', '防火防盜設施完好', 'Fire and theft prevention equipment intact'),
    categoryCode: 'fire.hazard',
  },
  {
    code: 'crime_public_order',
    label: n('未发现违法犯罪或治安隐患', '未發現違法犯罪或治安隱患', 'No crime or public-order hazard found'),
    categoryCode: 'security',
  },
  {
    code: 'fire_hazard',
    label: n('未发现消防隐患', '未發現消防隱患', 'No fire hazard found'),
    categoryCode: 'fire.hazard',
  },
  {
    code: 'residence_registration',
    label: n(
      '已督促出租屋申报居住登记',
      '已督促出租屋申報居住登記',
      'Landlords and tenants reminded to register residence',
    ),
    categoryCode: null,
  },
];

export const PLAN_SCOPES = ['grid', 'building'] as const;
export type PlanScope = (typeof PLAN_SCOPES)[number];

export const defaultChecklist = (scope: PlanScope): readonly ChecklistItem[] =>
  scope === 'grid' ? GRID_CHECKLIST : BUILDING_CHECKLIST;

/** What is wrong with a checklist, as `[index, message]` pairs; empty when it may be used. */
export function checklistProblems(items: readonly Pick<ChecklistItem, 'code'>[]): [number, string][] {
  const out: [number, string][] = [];
  if (!items.length) out.push([-1, 'a checklist needs at least one item']);
  if (items.length > MAX_CHECKLIST_ITEMS) out.push([-1, `at most ${MAX_CHECKLIST_ITEMS} items`]);
  const seen = new Set<string>();
  items.forEach((it, i) => {
    if (!ITEM_CODE.test(it.code)) out.push([i, 'a code is lower-case letters, digits and _']);
    else if (seen.has(it.code)) out.push([i, `the code ${it.code} appears twice`]);
    seen.add(it.code);
  });
  return out;
}
