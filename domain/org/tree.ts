// The administrative tree a deployment is organised by, and its codes (RULES.md §6).
// District, street and community codes are the national civil-affairs codes, so they are
// shared reference rows; compound, building and unit codes extend them locally.

export const ORG_KINDS = ['district', 'street', 'community', 'compound', 'building', 'unit'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const CODE_LENGTHS: Readonly<Record<OrgKind, number>> = {
  district: 6,
  street: 9,
  community: 12,
  compound: 15,
  building: 18,
  unit: 20,
};

export const GRID_KINDS = ['comprehensive', 'basic', 'micro'] as const;
export type GridKind = (typeof GRID_KINDS)[number];

export const GRID_RELATIONS = ['equal', 'compound_larger', 'compound_smaller'] as const;
export type GridRelation = (typeof GRID_RELATIONS)[number];

export type CodeCheck = { ok: true } | { ok: false; reason: 'format' | 'parent_prefix' };

const GRID_CODE_LENGTH = 15;

export function childKind(kind: OrgKind): OrgKind | null {
  return ORG_KINDS[ORG_KINDS.indexOf(kind) + 1] ?? null;
}

export function parentKind(kind: OrgKind): OrgKind | null {
  return ORG_KINDS[ORG_KINDS.indexOf(kind) - 1] ?? null;
}

export function isGlobalKind(kind: OrgKind): boolean {
  return kind === 'district' || kind === 'street' || kind === 'community';
}

/** Digits a kind adds to its parent's code (a district's whole code for districts). */
export function suffixLength(kind: OrgKind): number {
  const parent = parentKind(kind);
  return CODE_LENGTHS[kind] - (parent === null ? 0 : CODE_LENGTHS[parent]);
}

function isDigits(value: string, length: number): boolean {
  return value.length === length && /^\d+$/.test(value);
}

// An all-zero sequence is never issued: in the civil-affairs codes 000 stands for the parent itself.
function hasIssuedSuffix(code: string, length: number): boolean {
  return !/^0+$/.test(code.slice(code.length - length));
}

/**
 * `parentCode` null checks the format alone (for example while importing reference rows whose
 * parents are not loaded yet); a district never has a parent, so one given is a mismatch.
 */
export function validateCode(kind: OrgKind, code: string, parentCode: string | null): CodeCheck {
  const parent = parentKind(kind);
  if (!isDigits(code, CODE_LENGTHS[kind])) return { ok: false, reason: 'format' };
  if (parent !== null && !hasIssuedSuffix(code, suffixLength(kind))) return { ok: false, reason: 'format' };
  if (parentCode === null) return { ok: true };
  if (parent === null) return { ok: false, reason: 'parent_prefix' };
  if (parentCode.length !== CODE_LENGTHS[parent] || !code.startsWith(parentCode)) {
    return { ok: false, reason: 'parent_prefix' };
  }
  return { ok: true };
}

function nextSequence(siblingSuffixes: number[], width: number): string {
  const next = Math.max(0, ...siblingSuffixes) + 1;
  const limit = 10 ** width - 1;
  if (next > limit) throw new RangeError(`no free code left: sequence ${limit} is already used`);
  return String(next).padStart(width, '0');
}

/**
 * The next code after the highest one in use; gaps left by deleted rows are not reused, so a
 * retired code never comes back meaning something else. Sibling codes under another parent are ignored.
 */
export function deriveChildCode(parentCode: string, kind: OrgKind, siblingCodes: string[]): string {
  const parent = parentKind(kind);
  if (parent === null) throw new RangeError('a district has no parent to derive its code from');
  if (!validateCode(parent, parentCode, null).ok) {
    throw new RangeError(`"${parentCode}" is not a valid ${parent} code`);
  }
  const width = suffixLength(kind);
  const suffixes = siblingCodes
    .filter((code) => validateCode(kind, code, parentCode).ok)
    .map((code) => Number(code.slice(parentCode.length)));
  return parentCode + nextSequence(suffixes, width);
}

/** Grids are numbered west→east, north→south within a community; the caller supplies that order. */
export function gridCode(communityCode: string, seq: number): string {
  if (!validateCode('community', communityCode, null).ok) {
    throw new RangeError(`"${communityCode}" is not a valid community code`);
  }
  if (!Number.isInteger(seq) || seq < 1 || seq > 999) {
    throw new RangeError(`grid sequence must be an integer from 1 to 999, got ${seq}`);
  }
  return communityCode + String(seq).padStart(3, '0');
}

export function validateGridCode(code: string, communityCode: string | null): CodeCheck {
  if (!isDigits(code, GRID_CODE_LENGTH) || !hasIssuedSuffix(code, 3)) return { ok: false, reason: 'format' };
  if (communityCode === null) return { ok: true };
  if (communityCode.length !== CODE_LENGTHS.community || !code.startsWith(communityCode)) {
    return { ok: false, reason: 'parent_prefix' };
  }
  return { ok: true };
}
