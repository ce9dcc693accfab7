// An import, start to end: read the sheet, check every row (the parsers of domain/registry, then the
// registry itself), and write the rows that passed in one transaction with one audit entry.
import { randomUUID } from 'node:crypto';
import { canAnywhere } from '../../../../domain/auth/policy';
import type { ParsedRow, RowOptions } from '../../../../domain/registry/import-cells';
import { parseHouseRow, type HouseRow } from '../../../../domain/registry/import-houses';
import { parseResidentRow, type ResidentRow } from '../../../../domain/registry/import-residents';
import {
  HOUSE_TEMPLATE,
  RESIDENT_TEMPLATE,
  cellsOf,
  mapHeaders,
  type HouseField,
  type ImportTemplate,
  type ResidentField,
} from '../../../../domain/registry/import-template';
import { localDate } from '../../../../domain/common/local-date';
import type { Db, Tx } from '../../../db/client';
import type { DataKeys } from '../../../crypto/personal-data';
import { AppError, forbidden } from '../../../http/errors';
import { actorOf } from '../../auth/actor';
import type { Caller } from '../../auth/caller';
import { appendAudit } from '../../audit/repository';
import { checkHouses } from './houses';
import { byRow, registryError, type ImportReport, type RowError } from './report';
import { checkResidents } from './residents';
import type { Checked, ImportContext, Parsed, Written } from './rows';
import { formatOf, readSheet, type SheetRow } from './sheet';

export const IMPORT_KINDS = ['houses', 'residents'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const IMPORT_MODES = ['all', 'valid_rows'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export type ImportFile = { name: string; mimeType: string; content: Buffer };
export type ImportRequest = { kind: ImportKind; mode: ImportMode; file: ImportFile };
/** Rows read, rows checked so far, rows written: for a progress bar over large files. */
export type ImportProgress = (phase: 'read' | 'check' | 'write', done: number, total: number) => void;

type Sheet<F extends string, V> = {
  template: ImportTemplate<F>;
  parse: (cells: Partial<Record<F, string>>, row: number, options: RowOptions<F>) => ParsedRow<V>;
  check: (ctx: ImportContext<F>, parsed: Parsed<V>[], today: string) => Promise<Checked>;
};
const HOUSES: Sheet<HouseField, HouseRow> = {
  template: HOUSE_TEMPLATE,
  parse: parseHouseRow,
  check: checkHouses,
};
const RESIDENTS: Sheet<ResidentField, ResidentRow> = {
  template: RESIDENT_TEMPLATE,
  parse: parseResidentRow,
  check: checkResidents,
};

const PROGRESS_STEP = 10_000;

/** A rejected all-or-nothing import: 400, with the report under `details`. */
export function rejectedImport(rejected: RowError[]): AppError {
  return new AppError('validation', `${rejected.length} problem(s) found; nothing was imported`, {
    imported: 0,
    rejected: byRow(rejected),
  });
}

export function importService(db: Db, keys: DataKeys, timeZone: string) {
  async function check<F extends string, V>(
    tx: Tx,
    caller: Caller,
    sheet: Sheet<F, V>,
    [header, ...data]: SheetRow[],
    progress: ImportProgress,
  ): Promise<Checked> {
    if (!header || !data.length) throw rejectedImport([registryError(1, '', 'no_rows')]);
    const map = mapHeaders(sheet.template, header.cells);
    // Without its columns no row can be read, whatever the mode.
    if (!map.ok) throw rejectedImport(map.errors);
    const today = localDate(new Date(), timeZone);
    const errors: RowError[] = [];
    const parsed: Parsed<V>[] = [];
    data.forEach(({ row, cells }, i) => {
      const r = sheet.parse(cellsOf(map.value, cells), row, { headers: map.value.headers, today });
      if (r.ok) parsed.push({ row, value: r.value });
      else errors.push(...r.errors);
      if ((i + 1) % PROGRESS_STEP === 0) progress('check', i + 1, data.length);
    });
    const ctx = { db: tx, caller, keys, headers: map.value.headers };
    const checked = await sheet.check(ctx, parsed, today);
    progress('check', data.length, data.length);
    return { errors: [...errors, ...checked.errors], write: checked.write };
  }

  async function audit(tx: Tx, caller: Caller, req: ImportRequest, written: Written, rejectedRows: number) {
    const id = randomUUID();
    for (const [communityId, w] of written) {
      await appendAudit(tx, {
        communityId,
        actor: actorOf(caller),
        action: 'registry.import',
        entityType: 'registry_import',
        entityId: id,
        // Counts only: the rows themselves carry personal numbers.
        after: {
          kind: req.kind,
          mode: req.mode,
          file: req.file.name,
          imported: w.rows,
          rejectedRows,
          created: w.created,
        },
      });
    }
  }

  return {
    /** `all` changes nothing unless every row passes; `valid_rows` writes those that pass and reports the rest. */
    async run(
      caller: Caller,
      req: ImportRequest,
      progress: ImportProgress = () => {},
    ): Promise<ImportReport> {
      if (!canAnywhere(caller.grants, 'registry.manage'))
        throw forbidden('the registry is kept by community staff');
      const rows = await readSheet(
        req.file.content,
        formatOf(req.file.content, req.file.name, req.file.mimeType),
      );
      const dataRows = Math.max(rows.length - 1, 0);
      progress('read', dataRows, dataRows);
      return db.transaction(async (tx) => {
        const checked =
          req.kind === 'houses'
            ? await check(tx, caller, HOUSES, rows, progress)
            : await check(tx, caller, RESIDENTS, rows, progress);
        if (req.mode === 'all' && checked.errors.length) throw rejectedImport(checked.errors);
        const written = await checked.write();
        const imported = [...written.values()].reduce((n, w) => n + w.rows, 0);
        progress('write', imported, imported);
        await audit(tx, caller, req, written, new Set(checked.errors.map((e) => e.row)).size);
        return { imported, rejected: byRow(checked.errors) };
      });
    },
  };
}
