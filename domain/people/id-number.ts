// Identity documents residents register with (RULES.md §5). The 18-character layout of GB 11643-1999
// (region, birth date, sequence, check character) is shared by the mainland resident ID, the
// Hong Kong/Macao/Taiwan residence permit and the 2023 foreigner's permanent residence ID.

export type Sex = 'male' | 'female';

export type ResidentIdCheck =
  | { ok: true; birthDate: string; sex: Sex; regionCode: string }
  | { ok: false; reason: 'format' | 'birth_date' | 'checksum' };

export const DOCUMENT_TYPES = [
  'resident_id',
  'hk_macao_home_return_permit',
  'taiwan_compatriot_permit',
  'hmt_residence_permit',
  'passport',
  'foreign_permanent_resident_id',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export type DocumentCheck =
  { ok: true; normalized: string } | { ok: false; reason: 'format' | 'birth_date' | 'checksum' };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';
const EARLIEST_BIRTH_YEAR = 1900;

// Mainland province-level codes (GB/T 2260). Residence permits (810000/820000/830000) and the 2023
// foreigner's ID (9…) share the layout but must not pass as resident IDs.
const MAINLAND_PROVINCES: ReadonlySet<string> = new Set(
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65'.split(' '),
);
const HMT_REGIONS: ReadonlySet<string> = new Set(['810000', '820000', '830000']);

export function checkCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError('the check character is computed from exactly 17 digits');
  }
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(first17.charAt(i)), 0);
  return CHECK_CHARACTERS.charAt(sum % 11);
}

/** Input from forms and scans: full-width characters, spaces and a lowercase x are all common. */
export function normalizeIdNumber(id: string): string {
  return id.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function assertIsoDate(value: string): void {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null || !isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw new RangeError(`today must be a real date written YYYY-MM-DD, got "${value}"`);
  }
}

function checkEighteen(id: string, regionAllowed: (id: string) => boolean, today?: string): ResidentIdCheck {
  if (today !== undefined) assertIsoDate(today);
  if (!/^\d{17}[\dX]$/.test(id) || !regionAllowed(id)) return { ok: false, reason: 'format' };
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (
    year < EARLIEST_BIRTH_YEAR ||
    !isRealDate(year, month, day) ||
    (today !== undefined && birthDate > today)
  ) {
    return { ok: false, reason: 'birth_date' };
  }
  if (checkCharacter(id.slice(0, 17)) !== id.charAt(17)) return { ok: false, reason: 'checksum' };
  const sex: Sex = Number(id.charAt(16)) % 2 === 1 ? 'male' : 'female';
  return { ok: true, birthDate, sex, regionCode: id.slice(0, 6) };
}

const isMainland = (id: string) => MAINLAND_PROVINCES.has(id.slice(0, 2));
const isHmtPermit = (id: string) => HMT_REGIONS.has(id.slice(0, 6));
const isForeignPermanent = (id: string) => id.startsWith('9');

/** `today` (YYYY-MM-DD) rejects birth dates after it; without it only calendar validity is checked. */
export function validateResidentId(id: string, today?: string): ResidentIdCheck {
  return checkEighteen(normalizeIdNumber(id), isMainland, today);
}

function fromEighteen(normalized: string, check: ResidentIdCheck): DocumentCheck {
  return check.ok ? { ok: true, normalized } : check;
}

function fromPattern(normalized: string, pattern: RegExp): DocumentCheck {
  return pattern.test(normalized) ? { ok: true, normalized } : { ok: false, reason: 'format' };
}

export function validateDocument(type: DocumentType, number: string, today?: string): DocumentCheck {
  const id = normalizeIdNumber(number);
  switch (type) {
    case 'resident_id':
      return fromEighteen(id, checkEighteen(id, isMainland, today));
    case 'hmt_residence_permit':
      return fromEighteen(id, checkEighteen(id, isHmtPermit, today));
    // H (Hong Kong) or M (Macao) and 8 digits; booklets before 2013 added a 2-digit issue count.
    case 'hk_macao_home_return_permit':
      return fromPattern(id, /^[HM]\d{8}(\d{2})?$/);
    // 8 digits on the card since 2015; the older booklet had 10 digits, sometimes with a bracketed letter.
    case 'taiwan_compatriot_permit':
      return fromPattern(id, /^(\d{8}|\d{10}(\([A-Z]\))?)$/);
    // Numbers differ by issuing country; only the ICAO character set and a plausible length are common.
    case 'passport':
      return fromPattern(id, /^[A-Z0-9]{5,20}$/);
    // The 2004 card: ISO 3166 alpha-3 nationality and 12 digits; the 2023 card follows GB 11643.
    case 'foreign_permanent_resident_id':
      return /^[A-Z]{3}\d{12}$/.test(id)
        ? { ok: true, normalized: id }
        : fromEighteen(id, checkEighteen(id, isForeignPermanent, today));
  }
}

export type SyntheticIdOptions = {
  regionCode: string;
  birthYearRange: readonly [number, number];
  sex?: Sex;
};

function pick(rng: () => number, min: number, max: number): number {
  const r = rng();
  if (!(r >= 0 && r < 1)) throw new RangeError(`rng must return a number in [0, 1), got ${r}`);
  return min + Math.floor(r * (max - min + 1));
}

/**
 * Demo data only: numbers are well formed but invented. The year range is the caller's to keep
 * in the past. The same rng sequence gives the same number.
 */
export function syntheticResidentId(rng: () => number, opts: SyntheticIdOptions): string {
  const { regionCode, birthYearRange } = opts;
  const [from, to] = birthYearRange;
  if (!/^\d{6}$/.test(regionCode) || !isMainland(regionCode)) {
    throw new RangeError(`"${regionCode}" is not a mainland region code`);
  }
  if (
    !Number.isInteger(from) ||
    !Number.isInteger(to) ||
    from < EARLIEST_BIRTH_YEAR ||
    from > to ||
    to > 9999
  ) {
    throw new RangeError(`birth years must be integers with ${EARLIEST_BIRTH_YEAR} ≤ from ≤ to ≤ 9999`);
  }
  const year = pick(rng, from, to);
  const month = pick(rng, 1, 12);
  const day = pick(rng, 1, daysInMonth(year, month));
  const sex = opts.sex ?? (pick(rng, 0, 1) === 1 ? 'male' : 'female');
  const sequence = sex === 'male' ? pick(rng, 0, 499) * 2 + 1 : pick(rng, 1, 499) * 2;
  const first17 =
    regionCode +
    String(year) +
    String(month).padStart(2, '0') +
    String(day).padStart(2, '0') +
    String(sequence).padStart(3, '0');
  return first17 + checkCharacter(first17);
}
