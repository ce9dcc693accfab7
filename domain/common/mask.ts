// Masking and phone rules for personal information (RULES.md §4): ID and phone numbers are shown
// masked by default, and phone numbers are stored in one canonical form so a lookup index can
// find a person however the number was typed.

export type PhoneKind = 'mainland_mobile' | 'mainland_landline' | 'hong_kong';

export type PhoneCheck = { ok: true; kind: PhoneKind; normalized: string } | { ok: false };

// Below this length a 6+4 mask would show most of the number.
const LONG_DOCUMENT_LENGTH = 18;

/** Replaces all but the first `keepStart` and last `keepEnd` characters; masks everything if nothing would be hidden. */
export function maskMiddle(value: string, keepStart: number, keepEnd: number): string {
  const chars = [...value];
  const hidden = chars.length - keepStart - keepEnd;
  if (hidden <= 0) return '*'.repeat(chars.length);
  return (
    chars.slice(0, keepStart).join('') + '*'.repeat(hidden) + chars.slice(chars.length - keepEnd).join('')
  );
}

export function maskIdNumber(id: string): string {
  return [...id].length >= LONG_DOCUMENT_LENGTH ? maskMiddle(id, 6, 4) : maskMiddle(id, 2, 2);
}

const MAINLAND_MOBILE = /^(?:\+86|0086|86)?(1[3-9]\d{9})$/;
// Beijing (010) and the 02x cities have 3-digit area codes, every other area 4 digits; knowing
// that, the split does not depend on where the caller put a hyphen.
const MAINLAND_LANDLINE = /^(0[12]\d|0[3-9]\d{2})(\d{7,8})$/;
const HONG_KONG = /^(?:\+852|00852|852)?([235679]\d{7})$/;

export function validatePhone(phone: string): PhoneCheck {
  const compact = phone.normalize('NFKC').replace(/[\s().-]/g, '');
  const mobile = MAINLAND_MOBILE.exec(compact);
  if (mobile?.[1] !== undefined) return { ok: true, kind: 'mainland_mobile', normalized: mobile[1] };
  const landline = MAINLAND_LANDLINE.exec(compact);
  if (landline?.[1] !== undefined && landline[2] !== undefined) {
    return { ok: true, kind: 'mainland_landline', normalized: `${landline[1]}-${landline[2]}` };
  }
  const hongKong = HONG_KONG.exec(compact);
  if (hongKong?.[1] !== undefined) return { ok: true, kind: 'hong_kong', normalized: `+852${hongKong[1]}` };
  return { ok: false };
}

/** The canonical form stored and indexed: `13812345678`, `0755-12345678`, `+85291234567`; null if invalid. */
export function normalizePhone(phone: string): string | null {
  const check = validatePhone(phone);
  return check.ok ? check.normalized : null;
}

/** Numbers that do not validate are still masked, so a typo never leaks a whole number. */
export function maskPhone(phone: string): string {
  const check = validatePhone(phone);
  if (!check.ok) return maskMiddle(phone, 2, 2);
  const n = check.normalized;
  switch (check.kind) {
    case 'mainland_mobile':
      return maskMiddle(n, 3, 4);
    case 'mainland_landline': {
      const localStart = n.indexOf('-') + 1;
      return n.slice(0, localStart) + maskMiddle(n.slice(localStart), 0, 4);
    }
    case 'hong_kong':
      return `+852 ${maskMiddle(n.slice(4), 4, 0)}`;
  }
}

/**
 * A person's name in a list others read (a vote's ballots, an objection): the first character and, for names of
 * three or more, the last, `张*` / `王*明` / `欧阳**华`. The full name stays with those who keep the record.
 */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return maskMiddle(chars.join(''), 1, 1);
}
