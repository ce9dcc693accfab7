import { syntheticResidentId } from '../../domain/people/id-number';
import { HOUSE_HEADERS, RESIDENT_HEADERS } from '../../domain/registry/import-template';
import { communityKeeper } from '../cli/import';
import type { DataKeys } from '../crypto/personal-data';
import { seededRandom } from '../../domain/common/seeded-random';
import type { Db } from '../db/client';
import { importService } from '../modules/registry/import/service';
import { DEMO_COMMUNITIES, DEMO_STREET } from './street';

/** The same demo every time. */
export const rng = seededRandom;

export const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [
  ...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红梅玉兰海燕晓东丹丹俊鹏雪梅淑珍婷子涵宇轩欣怡浩然',
];
const csvCell = (v: string | number) =>
  /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v);
const csv = (rows: (string | number)[][]) =>
  Buffer.from(`\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`);

type Row = (string | number)[];
export interface DemoRegistryFiles {
  community: string;
  /** Header row first, as a street office's import files. */
  houses: Row[];
  residents: Row[];
}

/**
 * Houses with areas, their owners and some tenants for every demo compound, as the registry's import files:
 * the same every time (seeded by community) except tenants' move-in dates, which are relative to `today`.
 */
export function demoRegistryFiles(today: Date): DemoRegistryFiles[] {
  return DEMO_COMMUNITIES.map((c, ci) => {
    const next = rng(2021 + ci);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] as T;
    const name = () => pick(SURNAMES) + pick(GIVEN) + (next() < 0.5 ? pick(GIVEN) : '');
    const phone = () => `13${Math.floor(next() * 10)}${String(Math.floor(next() * 1e8)).padStart(8, '0')}`;
    const houseRows: Row[] = [[...HOUSE_HEADERS]];
    const residentRows: Row[] = [[...RESIDENT_HEADERS]];
    for (const cp of c.compounds) {
      const b = cp.buildings;
      for (let bi = 1; bi <= b.count; bi++) {
        for (let u = 1; u <= b.units; u++) {
          for (let floor = 1; floor <= b.floors; floor++) {
            for (const door of [1, 2]) {
              const number = `${floor}${String(door).padStart(2, '0')}`;
              const place = [DEMO_STREET, c.name, cp.name, `${bi}栋`, `${u}单元`, number];
              const area = (55 + Math.floor(next() * 7000) / 100).toFixed(2);
              const developerHeld = b.hasElevator && floor === b.floors && door === 2;
              const id = syntheticResidentId(next, { regionCode: '440304', birthYearRange: [1940, 1995] });
              const owner = { name: name(), phone: phone() };
              houseRows.push(
                developerHeld
                  ? [...place, floor, area, '测绘', '', '', '', '', '是']
                  : [...place, floor, area, '不动产登记', owner.name, '居民身份证', id, owner.phone, '否'],
              );
              // Some owners live alone in old age: the care list of seed 004's household visits.
              if (!developerHeld && next() < 0.04) {
                residentRows.push([
                  ...place,
                  owner.name,
                  '',
                  '',
                  '居民身份证',
                  id,
                  owner.phone,
                  '业主',
                  '2010-01-01',
                  '空巢老人',
                ]);
              }
              // About one home in eight is let; a third of those tenants are not registered yet (RULES.md §3).
              if (!developerHeld && next() < 0.125) {
                const tenantId = syntheticResidentId(next, {
                  regionCode: '430602',
                  birthYearRange: [1975, 2002],
                });
                const movedIn = new Date(today.getTime() - Math.floor(next() * 200) * 86_400_000)
                  .toISOString()
                  .slice(0, 10);
                residentRows.push([
                  ...place,
                  name(),
                  '',
                  '',
                  '居民身份证',
                  tenantId,
                  phone(),
                  '租户',
                  movedIn,
                  '',
                ]);
              }
            }
          }
        }
      }
    }
    return { community: c.name, houses: houseRows, residents: residentRows };
  });
}

/** The demo registry written through the registry import (the path a street office would use), so ID and phone
 * numbers are sealed like any other. */
export async function seedDemoRegistry(
  db: Db,
  keys: DataKeys,
  timeZone: string,
): Promise<{ houses: number; residents: number }> {
  const imports = importService(db, keys, timeZone);
  let houses = 0;
  let residents = 0;
  for (const c of demoRegistryFiles(new Date())) {
    const keeper = await communityKeeper(db, c.community);
    const h = await imports.run(keeper, {
      kind: 'houses',
      mode: 'all',
      file: { name: 'demo-houses.csv', mimeType: 'text/csv', content: csv(c.houses) },
    });
    const r = await imports.run(keeper, {
      kind: 'residents',
      mode: 'all',
      file: { name: 'demo-residents.csv', mimeType: 'text/csv', content: csv(c.residents) },
    });
    houses += h.imported;
    residents += r.imported;
  }
  return { houses, residents };
}
