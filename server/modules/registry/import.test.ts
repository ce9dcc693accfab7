import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCharacter } from '../../../domain/people/id-number';
import {
  HOUSE_HEADERS,
  HOUSE_TEMPLATE,
  RESIDENT_HEADERS,
  RESIDENT_TEMPLATE,
  mapHeaders,
} from '../../../domain/registry/import-template';
import { useTestApp } from '../../../test/db';
import { postFile, readXlsx, workbookText, xlsx } from '../../../test/sheets';
import { as, login, type Session } from '../../../test/session';
import { textOf } from './import/sheet';

const t = useTestApp();
let worker: Session;

const id = (first17: string) => first17 + checkCharacter(first17);
const OWNER_A = id('44030419700101123');
const OWNER_B = id('44030419720202224');
const OWNER_C = id('44030419800303345');
const TENANT = id('44030419950505567');
/** Right digits, wrong check character. */
const BAD = OWNER_C.slice(0, 17) + (OWNER_C.endsWith('1') ? '2' : '1');
const PLACE = ['莲花街道', '景华社区', '怡枫园', '2栋', '1单元'] as const;

const houseRow = (
  house: string,
  owner: string,
  idNumber: string,
  extra: Partial<{ floor: number; building: string }> = {},
) => [
  ...PLACE.slice(0, 3),
  extra.building ?? PLACE[3],
  PLACE[4],
  house,
  extra.floor ?? Number(house.slice(0, -2)),
  88.5,
  '不动产登记',
  owner,
  '',
  idNumber,
  '13800138000',
  '否',
];

const get = (s: Session, url: string) => as(t.app, s)({ method: 'GET', url });
const upload = (s: Session, fields: Record<string, string>, file: { name: string; content: Buffer }) =>
  postFile(t.app, s, '/api/v1/registry/imports', fields, file);

const count = async (table: string, where = 'true') =>
  Number((await t.database.pool.query(`select count(*)::int as n from ${table} where ${where}`)).rows[0]?.n);
const counts = async () => ({
  houses: await count('house'),
  people: await count('person'),
  audit: await count('audit_log'),
});

beforeAll(async () => {
  worker = await login(t.app, 'jinghua.worker');
});

describe('houses import', () => {
  const rows = [
    [...HOUSE_HEADERS],
    houseRow('101', '王业主', OWNER_A),
    houseRow('102', '错号人', BAD),
    houseRow('201', '王业主', OWNER_A),
    houseRow('201', '李共有', OWNER_B),
  ];

  it('rejects the whole file in `all` mode for one bad check character, and changes nothing', async () => {
    const before = await counts();
    const res = await upload(
      worker,
      { kind: 'houses', mode: 'all' },
      { name: '房屋.xlsx', content: await xlsx(rows) },
    );
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().code).toBe('validation');
    expect(res.json().details.imported).toBe(0);
    expect(res.json().details.rejected).toEqual([
      expect.objectContaining({
        row: 3,
        column: '证件号码',
        code: 'id_check_character',
        message: expect.stringContaining('校验位'),
      }),
    ]);
    expect(await counts()).toEqual(before);
  });

  it('imports the other rows in `valid_rows` mode: co-owners share a house, one owner holds two', async () => {
    const before = await counts();
    const res = await upload(
      worker,
      { kind: 'houses', mode: 'valid_rows' },
      { name: '房屋.xlsx', content: await xlsx(rows) },
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      imported: 3,
      rejected: [
        { row: 3, column: '证件号码', code: 'id_check_character', params: {}, message: expect.any(String) },
      ],
    });
    expect(await counts()).toEqual({
      houses: before.houses + 2,
      people: before.people + 2,
      audit: before.audit + 1,
    });
    const found = await get(worker, `/api/v1/registry/people?idNumber=${OWNER_A}`);
    expect(found.json().items).toHaveLength(1);
    expect(
      found
        .json()
        .items[0].houses.map((h: { label: string }) => h.label)
        .sort(),
    ).toEqual(['怡枫园 2栋 1单元 101', '怡枫园 2栋 1单元 201']);
    const house201 = found.json().items[0].houses.find((h: { label: string }) => h.label.endsWith('201'));
    const house = await get(worker, `/api/v1/registry/houses/${house201.houseId}`);
    expect(house.json().owners.map((o: { name: string }) => o.name)).toEqual(['王业主', '李共有']);
  });

  it('audits the import once, with counts and no personal numbers', async () => {
    const audit = await t.database.pool.query(`select after from audit_log where action = 'registry.import'`);
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0].after).toMatchObject({
      kind: 'houses',
      mode: 'valid_rows',
      file: '房屋.xlsx',
      imported: 3,
      rejectedRows: 1,
    });
    const text = JSON.stringify(audit.rows);
    for (const n of [OWNER_A, OWNER_B, '13800138000']) expect(text).not.toContain(n);
  });

  it('rejects an unknown 楼栋 and a house recorded with another floor', async () => {
    const res = await upload(
      worker,
      { kind: 'houses', mode: 'valid_rows' },
      {
        name: 'h.xlsx',
        content: await xlsx([
          [...HOUSE_HEADERS],
          houseRow('301', '赵', OWNER_C, { building: '99栋' }),
          houseRow('101', '王业主', OWNER_A, { floor: 9 }),
        ]),
      },
    );
    expect(res.json().imported).toBe(0);
    expect(
      res
        .json()
        .rejected.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code]),
    ).toEqual([
      [2, '楼栋', 'place_unknown'],
      [3, '楼层', 'house_differs'],
    ]);
  });

  it('does not let a 福中社区 worker import into 景华社区: its rows name a community it cannot see', async () => {
    const fuzhong = await login(t.app, 'fuzhong.worker');
    const before = await counts();
    const res = await upload(
      fuzhong,
      { kind: 'houses', mode: 'all' },
      { name: 'h.xlsx', content: await xlsx([[...HOUSE_HEADERS], houseRow('401', '钱', OWNER_C)]) },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().details.rejected).toEqual([
      expect.objectContaining({ row: 2, column: '社区', code: 'place_unknown' }),
    ]);
    expect(await counts()).toEqual(before);
  });

  it('reads a UTF-8 CSV with a BOM and English headers', async () => {
    const csv = `\uFEFF${HOUSE_TEMPLATE.fields.join(',')}\r\n${houseRow('501', '孙', OWNER_C).join(',')}\r\n`;
    const res = await upload(
      worker,
      { kind: 'houses', mode: 'all' },
      { name: 'h.csv', content: Buffer.from(csv) },
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ imported: 1, rejected: [] });
  });

  it('answers 413 beyond 20 MB and 403 to those who keep no registry', async () => {
    const big = await upload(
      worker,
      { kind: 'houses' },
      { name: 'big.csv', content: Buffer.alloc(21 * 1024 * 1024, 'a') },
    );
    expect(big.statusCode).toBe(413);
    const admin = await login(t.app, 'admin');
    const res = await upload(admin, { kind: 'houses' }, { name: 'h.csv', content: Buffer.from('a') });
    expect(res.statusCode).toBe(403);
  });
});

describe('residents import', () => {
  it('creates people and stays, and updates them on a second import', async () => {
    const row = (name: string) => [
      ...PLACE,
      '101',
      name,
      '',
      '',
      '',
      TENANT,
      '',
      '租户',
      '2024-03-01',
      '空巢老人',
    ];
    const file = async (name: string) => xlsx([[...RESIDENT_HEADERS], row(name)]);
    const first = await upload(
      worker,
      { kind: 'residents', mode: 'all' },
      { name: 'r.xlsx', content: await file('周租客') },
    );
    expect(first.json()).toEqual({ imported: 1, rejected: [] });
    const again = await upload(
      worker,
      { kind: 'residents', mode: 'all' },
      { name: 'r.xlsx', content: await file('周新名') },
    );
    expect(again.json()).toEqual({ imported: 1, rejected: [] });
    const found = await get(worker, `/api/v1/registry/people?idNumber=${TENANT}`);
    expect(found.json().items).toHaveLength(1);
    expect(found.json().items[0]).toMatchObject({
      name: '周新名',
      sex: 'male',
      birthDate: '1995-05-05',
      careGroups: ['elderly_alone'],
    });
    const stays = await count(
      'residence',
      `person_id = ${found.json().items[0].id} and moved_out_on is null`,
    );
    expect(stays).toBe(1);
  });

  it('rejects a house that is not registered', async () => {
    const res = await upload(
      worker,
      { kind: 'residents', mode: 'valid_rows' },
      {
        name: 'r.xlsx',
        content: await xlsx([
          [...RESIDENT_HEADERS],
          [...PLACE, '909', '吴', '', '', '', OWNER_C, '', '家属', '', ''],
        ]),
      },
    );
    expect(res.json().rejected).toEqual([
      expect.objectContaining({ row: 2, column: '房号', code: 'house_unknown' }),
    ]);
  });
});

describe('templates and ledgers', () => {
  it('serves templates whose header row maps back onto the contract', async () => {
    for (const [kind, template] of [
      ['houses', HOUSE_TEMPLATE],
      ['residents', RESIDENT_TEMPLATE],
    ] as const) {
      const res = await get(worker, `/api/v1/registry/imports/template?kind=${kind}&format=xlsx`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toMatch(
        new RegExp(`^attachment; filename="linli-${kind}-template.xlsx"; filename\\*=UTF-8''`),
      );
      const wb = await readXlsx(res.rawPayload);
      expect(wb.worksheets.map((s) => s.name)).toContain('说明');
      const header = (wb.worksheets[0]?.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(textOf);
      expect(mapHeaders(template, header).ok).toBe(true);
      expect(wb.worksheets[0]?.rowCount).toBe(2);
      const csv = await get(worker, `/api/v1/registry/imports/template?kind=${kind}&format=csv`);
      expect(csv.body.startsWith('\uFEFF')).toBe(true);
      expect(mapHeaders(template, csv.body.slice(1).trim().split(',')).ok).toBe(true);
    }
  });

  it('exports ledgers with masked numbers only', async () => {
    const compound = Number(
      (await t.database.pool.query(`select id from place where name = '怡枫园'`)).rows[0]?.id,
    );
    for (const ledger of ['houses', 'residents', 'overdue'] as const) {
      const res = await get(worker, `/api/v1/registry/exports/${ledger}?placeId=${compound}`);
      expect(res.statusCode, ledger).toBe(200);
      const text = workbookText(await readXlsx(res.rawPayload));
      const masked = { houses: OWNER_A, residents: TENANT, overdue: null }[ledger];
      if (masked) expect(text).toContain(`${masked.slice(0, 6)}********${masked.slice(-4)}`);
      if (ledger !== 'houses') expect(text).toContain('周新名');
      for (const n of [OWNER_A, OWNER_B, TENANT, '13800138000']) expect(text).not.toContain(n);
    }
    const fuzhong = await login(t.app, 'fuzhong.worker');
    expect((await get(fuzhong, `/api/v1/registry/exports/houses?placeId=${compound}`)).statusCode).toBe(404);
  });
});
