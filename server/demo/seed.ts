import type { Area } from '../../domain/org/geo';
import type { DataKeys } from '../crypto/personal-data';
import type { Db } from '../db/client';
import { seedDemoDecisions } from './decisions';
import { seedDemoDeliberation } from './deliberation';
import { seedDemoDevices } from './devices';
import { seedDemoEvents } from './events';
import { linkDemoOwners } from './owners';
import { seedDemoRegistry } from './registry';
import { seedDemoProjects } from './projects';
import { seedDemoVenues } from './venues';
import { seedDemoVolunteers } from './volunteers';
import { seedDemoMediation, seedDemoSelfOrgs } from './community-life';
import { seedDemoPatrols } from './patrols';
import { demoGridArea, seedDemoCompoundAreas } from './maps';
import { accountsService } from '../modules/accounts/service';
import { systemCaller, type Caller } from '../modules/auth/caller';
import { gridsService } from '../modules/grids/service';
import { countDistricts } from '../modules/org/repository';
import { createDistrict, orgService } from '../modules/org/service';
import { OPEN311_DEMO, seedOpen311Demo } from '../modules/open311/demo';
import type { NodeResponse } from '../modules/org/schema';
import { DEMO_ACCOUNTS, DEMO_COMMUNITIES, DEMO_DISTRICT, DEMO_PASSWORD, DEMO_STREET } from './street';

const square = (center: [number, number], half: number): Area => {
  const [x, y] = center;
  const r = (n: number) => Math.round(n * 1e6) / 1e6;
  return {
    type: 'Polygon',
    coordinates: [
      [
        [r(x - half), r(y - half)],
        [r(x + half), r(y - half)],
        [r(x + half), r(y + half)],
        [r(x - half), r(y + half)],
        [r(x - half), r(y - half)],
      ],
    ],
  };
};

/**
 * Builds the demo street through the same services the API uses, so every row has its audit entry.
 * Deterministic: the same database gets the same ids, codes and names. Returns false if data exists.
 */
export async function seedDemo(
  db: Db,
  keys: DataKeys,
  timeZone = 'Asia/Shanghai',
  log: (msg: string) => void = () => {},
  { registry = true, events = registry }: { registry?: boolean; events?: boolean } = {},
): Promise<boolean> {
  if ((await countDistricts(db)) > 0) return false;
  const org = orgService(db);
  const seeder = { id: null, name: 'seed', ip: null };
  await createDistrict(db, seeder, DEMO_DISTRICT.name, DEMO_DISTRICT.code);
  let caller: Caller = await systemCaller(db, 'seed');
  const districtId = caller.grants[0]?.nodeId as number;
  const byPath = new Map<string, NodeResponse>();
  const add = async (
    parentId: number,
    kind: NodeResponse['kind'],
    name: string,
    key: string,
    attributes?: Record<string, unknown>,
  ) => {
    const node = await org.createNode(caller, { parentId, kind, name, attributes });
    byPath.set(key, node);
    return node;
  };

  const street = await add(districtId, 'street', DEMO_STREET, DEMO_STREET);
  for (const c of DEMO_COMMUNITIES) {
    const key = `${DEMO_STREET}/${c.name}`;
    const community = await add(street.id, 'community', c.name, key);
    caller = await systemCaller(db, 'seed'); // its scope now includes the new community
    for (const cp of c.compounds) {
      const ck = `${key}/${cp.name}`;
      const compound = await add(community.id, 'compound', cp.name, ck, {
        address: cp.address,
        center: cp.center,
        ...(cp.propertyCompany ? { propertyCompany: cp.propertyCompany } : {}),
      });
      const b = cp.buildings;
      for (let i = 1; i <= b.count; i++) {
        const building = await add(compound.id, 'building', `${i}栋`, `${ck}/${i}栋`, {
          floors: b.floors,
          hasElevator: b.hasElevator,
          builtYear: b.builtYear,
        });
        for (let u = 1; u <= b.units; u++) {
          await add(building.id, 'unit', `${u}单元`, `${ck}/${i}栋/${u}单元`, {
            floors: b.floors,
            hasElevator: b.hasElevator,
          });
        }
      }
    }
  }
  log(`demo: ${byPath.size + 1} org nodes`);

  caller = await systemCaller(db, 'seed');
  const outlines = await seedDemoCompoundAreas(db, caller);
  log(`demo: ${outlines.size} compound boundaries`);
  const grids = gridsService(db);
  for (const c of DEMO_COMMUNITIES) {
    const community = byPath.get(`${DEMO_STREET}/${c.name}`) as NodeResponse;
    const communityIndex = DEMO_COMMUNITIES.indexOf(c);
    for (let g = 0; g < c.grids; g++) {
      const center = c.compounds[0]?.center ?? [114.05, 22.55];
      const mine = c.compounds.filter((_, i) => i % c.grids === g);
      const covered = mine.flatMap(
        (cp) => outlines.get((byPath.get(`${DEMO_STREET}/${c.name}/${cp.name}`) as NodeResponse).id) ?? [],
      );
      const grid = await grids.create(caller, {
        communityId: community.id,
        kind: 'basic',
        name: `${c.name}第${g + 1}网格`,
        // A grid that covers no compound (梅富社区's second) lies east of the community's compound.
        polygon: demoGridArea(covered) ?? square([center[0] + g * 0.004, center[1]], 0.002),
        supervisionPhone: '0755-83000000',
        // Made-up service lines for the demo.
        contactPhone: `0755-8399${String(communityIndex * 10 + g).padStart(4, '0')}`,
      });
      await grids.setCompounds(
        caller,
        grid.id,
        mine.map((cp) => ({
          compoundId: (byPath.get(`${DEMO_STREET}/${c.name}/${cp.name}`) as NodeResponse).id,
          relation: c.compounds.length >= c.grids ? 'compound_smaller' : 'compound_larger',
        })),
      );
    }
  }

  const accounts = accountsService(db);
  for (const a of DEMO_ACCOUNTS) {
    const nodeId = a.at.length ? (byPath.get(a.at.join('/')) as NodeResponse).id : districtId;
    await accounts.create(caller, {
      username: a.username,
      displayName: a.displayName,
      password: DEMO_PASSWORD,
      roles: [{ role: a.role, nodeId }],
    });
  }
  const jinghua = byPath.get(`${DEMO_STREET}/景华社区`) as NodeResponse;
  const gridWorker = (await accounts.list(caller, 'jinghua.grid1', undefined, 1)).items[0];
  const firstGrid = (await grids.list(caller, { communityId: jinghua.id, limit: 1 })).items[0];
  if (gridWorker && firstGrid) await grids.setWorkers(caller, firstGrid.id, [gridWorker.id]);
  if (await seedOpen311Demo(db, caller, street.id))
    log(`demo: Open311 api_key ${OPEN311_DEMO.secret} (account ${OPEN311_DEMO.username})`);
  log(`demo: ${DEMO_ACCOUNTS.length} accounts, password ${DEMO_PASSWORD}`);
  if (registry) {
    const counts = await seedDemoRegistry(db, keys, timeZone);
    log(`demo: ${counts.houses} houses with owners, ${counts.residents} tenants`);
    log(`demo: ${await linkDemoOwners(db)} owner accounts of 市政大院 1栋 1单元 linked to their houses`);
  }
  if (events) {
    log(`demo: ${await seedDemoEvents(db, timeZone)} events over the past year`);
    const d = await seedDemoDeliberation(db, timeZone);
    log(`demo: ${d.sessions} deliberation sessions with ${d.resolutions} resolutions over the past year`);
    const v = await seedDemoVolunteers(db);
    log(
      `demo: ${v.teams} volunteer teams, ${v.activities} activities, ${v.personTimes} person-times with their points`,
    );
    const m = await seedDemoMediation(db);
    log(`demo: ${m.cases} mediation cases over two years, ${m.mediators} mediators`);
    log(`demo: ${(await seedDemoSelfOrgs(db)).orgs} self-organisations`);
    const vn = await seedDemoVenues(db, timeZone);
    log(
      `demo: ${vn.stations} service stations with ${vn.rooms} rooms and ${vn.bookings} bookings; a service guide of ${vn.services} services per community`,
    );
    const pt = await seedDemoPatrols(db, timeZone);
    log(`demo: ${pt.plans} patrol plans (一日三巡) and ${pt.patrols} patrols over the past four weeks`);
    const o = await seedDemoDecisions(db, timeZone);
    log(
      `demo: ${o.elevators} elevator retrofit under way and ${o.conventions} convention adopted in 市政大院`,
    );
    const pr = await seedDemoProjects(db, timeZone);
    log(
      `demo: ${pr.partners} partner units with their agreements, ${pr.projects} micro-projects (怡枫园's CCTV crowdfunded)`,
    );
    log(
      `demo: ${await seedDemoDevices(db)} sensor devices in 怡枫园 (a simulated feed runs with linli serve --demo)`,
    );
  }
  return true;
}
