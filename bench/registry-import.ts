import { seededRandom } from '../domain/common/seeded-random';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { syntheticResidentId } from '../domain/people/id-number';
import { HOUSE_HEADERS, RESIDENT_HEADERS } from '../domain/registry/import-template';
import { communityKeeper } from '../server/cli/import';
import { deriveDataKeys } from '../server/crypto/personal-data';
import { connect } from '../server/db/client';
import { DEMO_COMMUNITIES, DEMO_STREET } from '../server/demo/street';
import { importService, type ImportProgress } from '../server/modules/registry/import/service';
import { benchDatabase, report } from './harness';

const COMMUNITY = DEMO_COMMUNITIES.find((c) => c.key === 'jinghua') ?? DEMO_COMMUNITIES[0];
const HOUSES_PER_FLOOR = 8;
const RELATIONS = ['业主', '家属', '家属', '租户'] as const;

/** Every house of the demo community: the residents sheet needs houses to live in. */
function houses(): string[][] {
  if (!COMMUNITY) throw new Error('no demo community');
  const rows: string[][] = [];
  for (const cp of COMMUNITY.compounds)
    for (let b = 1; b <= cp.buildings.count; b++)
      for (let u = 1; u <= cp.buildings.units; u++)
        for (let f = 1; f <= cp.buildings.floors; f++)
          for (let h = 1; h <= HOUSES_PER_FLOOR; h++) {
            const place = [DEMO_STREET, COMMUNITY.name, cp.name, `${b}栋`, `${u}单元`];
            rows.push([
              ...place,
              `${f}${String(h).padStart(2, '0')}`,
              String(f),
              '88.5',
              '测绘',
              '',
              '',
              '',
              '',
              '是',
            ]);
          }
  return rows;
}

async function writeResidents(file: string, count: number, homes: string[][]): Promise<void> {
  const random = seededRandom(42);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = wb.addWorksheet('居民');
  sheet.addRow([...RESIDENT_HEADERS]).commit();
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    let idNumber: string;
    do idNumber = syntheticResidentId(random, { regionCode: '440304', birthYearRange: [1940, 2005] });
    while (seen.has(idNumber));
    seen.add(idNumber);
    const home = homes[i % homes.length]?.slice(0, 6) ?? [];
    const relation = RELATIONS[i % RELATIONS.length] ?? '家属';
    const phone = `13${String(Math.floor(random() * 1e9)).padStart(9, '0')}`;
    const movedIn = relation === '租户' ? '2024-03-01' : '';
    sheet
      .addRow([...home, `居民${i}`, '', '', '', idNumber, phone, relation, movedIn, i % 50 ? '' : '空巢老人'])
      .commit();
  }
  sheet.commit();
  await wb.commit();
}

/** Issue 3's bar: 100,000 residents from xlsx (validation, sealing, keyed hashes, bulk writes) in ≤ 60 s. */
export async function registryImportBench(quick: boolean): Promise<void> {
  const rows = quick ? 10_000 : 100_000;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'linli-import-'));
  const bench = await benchDatabase();
  const database = connect(bench.url, 4);
  try {
    const imports = importService(database.db, deriveDataKeys(randomBytes(32)), 'Asia/Shanghai');
    const caller = await communityKeeper(database.db, COMMUNITY?.name ?? '');
    const homes = houses();
    const houseSheet = [[...HOUSE_HEADERS], ...homes].map((r) => r.join(',')).join('\n');
    const content = Buffer.from(houseSheet);
    await imports.run(caller, {
      kind: 'houses',
      mode: 'all',
      file: { name: 'h.csv', mimeType: '', content },
    });
    const file = path.join(dir, 'residents.xlsx');
    await writeResidents(file, rows, homes);

    const started = performance.now();
    // When each phase ended, for the breakdown on stderr.
    const phases = new Map<string, string>();
    const progress: ImportProgress = (phase, done, total) => {
      if (done === total) phases.set(phase, `${((performance.now() - started) / 1000).toFixed(1)}s`);
    };
    const res = await imports.run(
      caller,
      {
        kind: 'residents',
        mode: 'all',
        file: { name: 'residents.xlsx', mimeType: '', content: await readFile(file) },
      },
      progress,
    );
    const seconds = (performance.now() - started) / 1000;
    if (res.imported !== rows) throw new Error(`imported ${res.imported} of ${rows} rows`);
    process.stderr.write(
      `import of ${rows} residents, phases ending at: ${[...phases].map((p) => p.join(' ')).join(', ')}\n`,
    );
    report({ name: 'import', value: seconds, unit: 's', baseline: 60, ratio: 60 / seconds });
  } finally {
    await database.close();
    await bench.close();
    await rm(dir, { recursive: true, force: true });
  }
}
