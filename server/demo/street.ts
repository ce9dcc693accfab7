/**
 * The demo street of DESIGN.md "Demo data", modelled on seed 002 (莲花街道, 福田区, Shenzhen): its communities,
 * the compounds the seed names, and plausible buildings. Coordinates are near the real Lianhua street.
 */
export interface DemoCompound {
  name: string;
  address: string;
  propertyCompany?: string;
  center: [number, number];
  buildings: { count: number; floors: number; hasElevator: boolean; builtYear: number; units: number };
}

export interface DemoCommunity {
  key: string;
  name: string;
  compounds: DemoCompound[];
  grids: number;
}

export const DEMO_DISTRICT = { name: '福田区', code: '440304' };
export const DEMO_STREET = '莲花街道';

export const DEMO_COMMUNITIES: DemoCommunity[] = [
  {
    key: 'jinghua',
    name: '景华社区',
    grids: 3,
    compounds: [
      {
        name: '怡枫园',
        address: '福田区景田北路怡枫园',
        propertyCompany: '深圳市怡枫物业管理有限公司',
        center: [114.0482, 22.5536],
        buildings: { count: 6, floors: 9, hasElevator: false, builtYear: 1996, units: 2 },
      },
      {
        name: '景华新村',
        address: '福田区景华路景华新村',
        propertyCompany: '深圳市景华物业服务有限公司',
        center: [114.0501, 22.5551],
        buildings: { count: 4, floors: 7, hasElevator: false, builtYear: 1990, units: 2 },
      },
      {
        name: '彩虹新都',
        address: '福田区彩田路彩虹新都',
        propertyCompany: '深圳市彩虹物业管理有限公司',
        center: [114.0523, 22.5572],
        buildings: { count: 3, floors: 28, hasElevator: true, builtYear: 2002, units: 1 },
      },
    ],
  },
  {
    key: 'fuzhong',
    name: '福中社区',
    grids: 2,
    compounds: [
      {
        name: '深业花园',
        address: '福田区福中路深业花园',
        propertyCompany: '深业物业运营有限公司',
        center: [114.0566, 22.5443],
        buildings: { count: 5, floors: 18, hasElevator: true, builtYear: 1999, units: 2 },
      },
      {
        name: '福中福苑',
        address: '福田区福中一路福中福苑',
        center: [114.0589, 22.5461],
        buildings: { count: 2, floors: 12, hasElevator: true, builtYear: 2005, units: 1 },
      },
    ],
  },
  {
    key: 'shiling',
    name: '狮岭社区',
    grids: 2,
    compounds: [
      // Old buildings without elevators: seed 002's 22 retrofitted elevators stand here.
      {
        name: '市政大院',
        address: '福田区红荔路市政大院',
        propertyCompany: '天健物业管理处',
        center: [114.0612, 22.5512],
        buildings: { count: 11, floors: 7, hasElevator: false, builtYear: 1988, units: 2 },
      },
      {
        name: '狮岭花园',
        address: '福田区狮岭路狮岭花园',
        center: [114.0631, 22.5528],
        buildings: { count: 3, floors: 8, hasElevator: false, builtYear: 1993, units: 2 },
      },
    ],
  },
  {
    key: 'meifu',
    name: '梅富社区',
    grids: 2,
    compounds: [
      // An urban village: self-built houses, no property company.
      {
        name: '梅富村',
        address: '福田区梅林路梅富村',
        center: [114.0455, 22.5633],
        buildings: { count: 8, floors: 6, hasElevator: false, builtYear: 1995, units: 1 },
      },
    ],
  },
];

export const DEMO_PASSWORD = 'linli-demo';

/** Demo owners of 市政大院 1栋 1单元, by house number: they own the house in the registry and vote for it. */
export const DEMO_OWNERS = [
  { username: 'shizheng.owner1', displayName: '市政大院 钱阿姨', house: '101' },
  { username: 'shizheng.owner2', displayName: '市政大院 孙伯伯', house: '102' },
  { username: 'shizheng.owner3', displayName: '市政大院 周老师', house: '201' },
  { username: 'shizheng.owner4', displayName: '市政大院 吴师傅', house: '202' },
] as const;

/** The demo logins of the foundation issue; `at` names the node by its path of names below the district. */
export const DEMO_ACCOUNTS = [
  { username: 'admin', displayName: '区管理员', role: 'admin', at: [] },
  { username: 'auditor', displayName: '区审计员', role: 'auditor', at: [] },
  { username: 'lianhua.street', displayName: '莲花街道 王工作员', role: 'street_staff', at: ['莲花街道'] },
  {
    username: 'jinghua.worker',
    displayName: '景华社区 李社工',
    role: 'community_worker',
    at: ['莲花街道', '景华社区'],
  },
  {
    username: 'fuzhong.worker',
    displayName: '福中社区 陈社工',
    role: 'community_worker',
    at: ['莲花街道', '福中社区'],
  },
  {
    username: 'jinghua.grid1',
    displayName: '景华社区 张网格员',
    role: 'grid_worker',
    at: ['莲花街道', '景华社区'],
  },
  {
    username: 'yifengyuan.property',
    displayName: '怡枫园物业 刘经理',
    role: 'property_staff',
    at: ['莲花街道', '景华社区', '怡枫园'],
  },
  {
    username: 'yifengyuan.owner1',
    displayName: '苏大姐',
    role: 'resident',
    at: ['莲花街道', '景华社区', '怡枫园', '1栋', '1单元'],
  },
  // Owners of 市政大院 1栋 1单元 101–202 (linked to the registry's owners once it is seeded): they vote on the phone.
  ...DEMO_OWNERS.map((o) => ({
    username: o.username,
    displayName: o.displayName,
    role: 'resident' as const,
    at: ['莲花街道', '狮岭社区', '市政大院', '1栋', '1单元'] as const,
  })),
] as const;
