import { bboxOfArea, bboxPolygon, padBBox, unionBBox, type Area } from '../../domain/maps/geometry';
import type { Db } from '../db/client';
import type { Caller } from '../modules/auth/caller';
import { mapsService } from '../modules/maps/service';
import { listCompoundsWithCenter } from '../modules/maps/repository';

const r6 = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * A plausible outline for a demo compound: a block of about 150 × 110 m around its centre, turned a little (Futian's
 * streets run slightly off north), with one corner cut where a gate or a neighbouring plot would be.
 */
export function demoCompoundArea(center: readonly [number, number], key: number): Area {
  const [x, y] = center;
  const turn = ((key % 7) - 3) * 0.05;
  const corners: [number, number][] = [
    [-0.0008, -0.0005],
    [0.0008, -0.0005],
    [0.0008, 0.0002],
    [0.0005, 0.0005],
    [-0.0008, 0.0005],
  ];
  const ring = corners.map(([dx, dy]): [number, number] => [
    r6(x + dx * Math.cos(turn) - dy * Math.sin(turn)),
    r6(y + dx * Math.sin(turn) + dy * Math.cos(turn)),
  ]);
  return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
}

/** A grid drawn around the compounds it covers, with a street's width to spare; null when it covers none. */
export function demoGridArea(compounds: Area[]): Area | null {
  const box = unionBBox(compounds.map(bboxOfArea));
  return box ? bboxPolygon(padBBox(box, 0.0003).map(r6) as [number, number, number, number]) : null;
}

/** Draws every demo compound's outline through the maps service, so each has its audit row. */
export async function seedDemoCompoundAreas(db: Db, caller: Caller): Promise<Map<number, Area>> {
  const maps = mapsService(db, { timeZone: 'Asia/Shanghai', tiles: null });
  const out = new Map<number, Area>();
  for (const c of await listCompoundsWithCenter(db)) {
    const area = demoCompoundArea(c.center, c.id);
    await maps.setCompoundArea(caller, c.id, area);
    out.set(c.id, area);
  }
  return out;
}
