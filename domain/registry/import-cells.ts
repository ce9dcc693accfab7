// Reading one data row of an import: each check records its problem against the column as the
// sheet spells it and returns null, so one pass reports every bad cell of the row at once.
import { validateDocument } from '../people/id-number';
import type { DocumentType } from '../people/id-number';
import { normalizePhone } from '../common/mask';
import { HOUSE_NUMBER_MAX_LENGTH } from './house';
import { isIsoDate } from '../common/local-date';
import { importError } from './import-messages';
import type { ImportError, ImportErrorCode, ImportErrorParams } from './import-messages';
import {
  DEFAULT_DOCUMENT_TYPE,
  DOCUMENT_TYPE_ALIASES,
  DOCUMENT_TYPE_LABELS,
  cleanCell,
  codeForLabel,
} from './import-labels';

export type ParsedRow<T> = { ok: true; value: T } | { ok: false; errors: ImportError[] };

export type RowOptions<F extends string> = {
  /** From `mapHeaders`; without it errors name the template's Chinese headers. */
  headers?: Record<F, string>;
  /** YYYY-MM-DD on the compound's calendar; birth dates after it are rejected. */
  today?: string;
};

export type Place = {
  street: string;
  community: string;
  compound: string;
  building: string;
  unit: string;
  house: string;
};

export const NAME_MAX_LENGTH = 100;
export const PERSON_NAME_MAX_LENGTH = 50;

const READABLE_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

export class RowReader<F extends string> {
  readonly errors: ImportError[] = [];

  constructor(
    private readonly cells: Partial<Record<F, string>>,
    private readonly row: number,
    private readonly headers: Record<F, string>,
    private readonly today: string | undefined,
  ) {}

  fail(field: F, code: ImportErrorCode, params: ImportErrorParams = {}): null {
    this.errors.push(importError(this.row, this.headers[field], code, params));
    return null;
  }

  text(field: F): string {
    return cleanCell(this.cells[field] ?? '');
  }

  /** Counts characters, not UTF-16 units, so a limit means the same for Chinese names. */
  required(field: F, maxLength: number, missing: ImportErrorCode = 'required'): string | null {
    const value = this.text(field);
    if (value === '') return this.fail(field, missing);
    if ([...value].length > maxLength) return this.fail(field, 'too_long', { max: maxLength });
    return value;
  }

  /** Empty gives '' (a building without units has no 单元); otherwise as `required`. */
  optional(field: F, maxLength: number): string | null {
    return this.text(field) === '' ? '' : this.required(field, maxLength);
  }

  documentType(field: F): DocumentType | null {
    const value = this.text(field);
    if (value === '') return DEFAULT_DOCUMENT_TYPE;
    return (
      codeForLabel(DOCUMENT_TYPE_LABELS, value, DOCUMENT_TYPE_ALIASES) ??
      this.fail(field, 'document_type_unknown', { value })
    );
  }

  /** `type` null (an unknown type, already reported) skips the number's check. */
  idNumber(field: F, type: DocumentType | null, missing: ImportErrorCode = 'required'): string | null {
    const value = this.text(field);
    if (value === '') return this.fail(field, missing);
    if (type === null) return null;
    const check = validateDocument(type, value, this.today);
    if (check.ok) return check.normalized;
    const codes = {
      format: 'id_format',
      birth_date: 'id_birth_date',
      checksum: 'id_check_character',
    } as const;
    return this.fail(field, codes[check.reason]);
  }

  /** Empty is allowed: a phone number is optional in both sheets. */
  phone(field: F): string | null {
    const value = this.text(field);
    if (value === '') return null;
    return normalizePhone(value) ?? this.fail(field, 'phone_invalid');
  }

  /** Accepts 2024-03-01, 2024/3/1, 2024.3.1 and 2024年3月1日; empty gives null. */
  date(field: F, { notAfterToday }: { notAfterToday: boolean }): string | null {
    const value = this.text(field);
    if (value === '') return null;
    const match = READABLE_DATE.exec(value);
    const iso =
      match === null ? '' : `${match[1]}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}`;
    if (!isIsoDate(iso)) return this.fail(field, 'date_invalid', { value });
    if (notAfterToday && this.today !== undefined && iso > this.today) {
      return this.fail(field, 'date_in_future');
    }
    return iso;
  }
}

type Present<T> = { [K in keyof T]: Exclude<T[K], null> };

/** The cells a row cannot do without, or null when any is missing (its error is already recorded). */
export function allPresent<T extends Record<string, unknown>>(values: T): Present<T> | null {
  return Object.values(values).every((value) => value !== null) ? (values as Present<T>) : null;
}

type PlaceCells = { [K in keyof Place]: string | null };

/** The house a row is about; both sheets start with these six columns. */
export function readPlace(r: RowReader<keyof Place>): PlaceCells {
  return {
    street: r.required('street', NAME_MAX_LENGTH),
    community: r.required('community', NAME_MAX_LENGTH),
    compound: r.required('compound', NAME_MAX_LENGTH),
    building: r.required('building', NAME_MAX_LENGTH),
    unit: r.optional('unit', NAME_MAX_LENGTH),
    house: r.required('house', HOUSE_NUMBER_MAX_LENGTH),
  };
}
