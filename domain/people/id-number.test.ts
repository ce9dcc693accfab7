import { seededRandom } from '../common/seeded-random';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DOCUMENT_TYPES,
  checkCharacter,
  daysInMonth,
  normalizeIdNumber,
  syntheticResidentId,
  validateDocument,
  validateResidentId,
} from './id-number';
import type { Sex } from './id-number';

// The sample printed in GB 11643-1999 itself.
const STANDARD_SAMPLE = '11010519491231002X';

// A seeded generator, so property failures replay with the same numbers.
const mulberry32 = seededRandom;

const mainlandRegions = fc.constantFrom('110105', '440303', '440304', '430602', '310115', '650102', '540102');
const syntheticId = fc
  .record({
    seed: fc.integer(),
    regionCode: mainlandRegions,
    from: fc.integer({ min: 1900, max: 2020 }),
    span: fc.integer({ min: 0, max: 80 }),
    sex: fc.option(fc.constantFrom<Sex>('male', 'female'), { nil: undefined }),
  })
  .map(({ seed, regionCode, from, span, sex }) => ({
    regionCode,
    from,
    to: from + span,
    sex,
    id: syntheticResidentId(mulberry32(seed), { regionCode, birthYearRange: [from, from + span], sex }),
  }));

describe('checkCharacter', () => {
  it('computes the check characters of known numbers', () => {
    expect(checkCharacter('11010519491231002')).toBe('X');
    expect(checkCharacter('44030319900307123')).toBe('3');
    expect(checkCharacter('44030319851111052')).toBe('1');
    expect(checkCharacter('44030320000229001')).toBe('8');
    expect(checkCharacter('44030319001231002')).toBe('0');
  });

  it('maps S mod 11 through 1 0 X 9 8 7 6 5 4 3 2', () => {
    // only the last weighted digit (weight 2) differs, so S steps by 2 each time
    const base = '0000000000000000';
    const expected = ['1', 'X', '8', '6', '4', '2', '0', '9', '7', '5'];
    expect([...'0123456789'].map((d) => checkCharacter(base + d))).toEqual(expected);
  });

  it('refuses anything but 17 digits', () => {
    expect(() => checkCharacter('1101051949123100')).toThrow(RangeError);
    expect(() => checkCharacter('11010519491231002X')).toThrow(RangeError);
    expect(() => checkCharacter('1101051949123100A')).toThrow(RangeError);
  });
});

describe('normalizeIdNumber', () => {
  it('uppercases x, strips spaces and folds full-width characters', () => {
    expect(normalizeIdNumber('11010519491231002x')).toBe(STANDARD_SAMPLE);
    expect(normalizeIdNumber(' 110105 19491231 002X ')).toBe(STANDARD_SAMPLE);
    expect(normalizeIdNumber('１１０１０５１９４９１２３１００２ｘ')).toBe(STANDARD_SAMPLE);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(normalizeIdNumber(normalizeIdNumber(s))).toBe(normalizeIdNumber(s));
      }),
    );
  });
});

describe('daysInMonth', () => {
  it('follows the Gregorian leap-year rule', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });

  it('agrees with the platform calendar', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
      }),
    );
  });
});

describe('validateResidentId', () => {
  it('accepts the standard sample and reads it', () => {
    expect(validateResidentId(STANDARD_SAMPLE)).toEqual({
      ok: true,
      birthDate: '1949-12-31',
      sex: 'female',
      regionCode: '110105',
    });
  });

  it('accepts a lowercase x', () => {
    expect(validateResidentId('11010519491231002x')).toMatchObject({ ok: true, birthDate: '1949-12-31' });
  });

  it('reads an odd sequence as male', () => {
    expect(validateResidentId('440303199003071233')).toEqual({
      ok: true,
      birthDate: '1990-03-07',
      sex: 'male',
      regionCode: '440303',
    });
  });

  it('accepts 29 February in a leap year', () => {
    expect(validateResidentId('440303200002290018')).toMatchObject({ ok: true, birthDate: '2000-02-29' });
  });

  it('rejects a wrong check character', () => {
    expect(validateResidentId('110105194912310021')).toEqual({ ok: false, reason: 'checksum' });
    expect(validateResidentId('440303199003071234')).toEqual({ ok: false, reason: 'checksum' });
    expect(validateResidentId('440303198511110520')).toEqual({ ok: false, reason: 'checksum' });
  });

  it('rejects malformed numbers', () => {
    for (const bad of [
      '',
      '11010519491231002',
      '11010519491231002XX',
      '1101051949123100X2',
      '11010519491231002Y',
    ]) {
      expect(validateResidentId(bad)).toEqual({ ok: false, reason: 'format' });
    }
    // the first-generation 15-digit card expired in 2013
    expect(validateResidentId('110105491231002')).toEqual({ ok: false, reason: 'format' });
  });

  it('rejects numbers outside the mainland provinces', () => {
    expect(validateResidentId('810000199001010019')).toEqual({ ok: false, reason: 'format' });
    expect(validateResidentId('911840198001010110')).toEqual({ ok: false, reason: 'format' });
    expect(validateResidentId('000000199001010010')).toEqual({ ok: false, reason: 'format' });
  });

  it('rejects dates that do not exist and years before 1900', () => {
    expect(validateResidentId('44030320000230001X')).toEqual({ ok: false, reason: 'birth_date' });
    expect(validateResidentId('440303190002290011')).toEqual({ ok: false, reason: 'birth_date' });
    expect(validateResidentId('440303199013010010')).toEqual({ ok: false, reason: 'birth_date' });
    expect(validateResidentId('440303199000010010')).toEqual({ ok: false, reason: 'birth_date' });
    expect(validateResidentId('110105189912310015')).toEqual({ ok: false, reason: 'birth_date' });
  });

  it('rejects a birth date after today only when today is given', () => {
    const born = '110105202401010014';
    expect(validateResidentId(born)).toMatchObject({ ok: true, birthDate: '2024-01-01' });
    expect(validateResidentId(born, '2024-01-01')).toMatchObject({ ok: true });
    expect(validateResidentId(born, '2023-12-31')).toEqual({ ok: false, reason: 'birth_date' });
  });

  it('refuses a malformed today', () => {
    expect(() => validateResidentId(STANDARD_SAMPLE, '2024-02-30')).toThrow(RangeError);
    expect(() => validateResidentId(STANDARD_SAMPLE, '20240101')).toThrow(RangeError);
  });

  it('catches every single-digit error in the first 17 digits', () => {
    fc.assert(
      fc.property(syntheticId, fc.nat(16), fc.integer({ min: 1, max: 9 }), ({ id }, at, shift) => {
        const digit = String((Number(id.charAt(at)) + shift) % 10);
        const mistyped = id.slice(0, at) + digit + id.slice(at + 1);
        expect(validateResidentId(mistyped).ok).toBe(false);
      }),
    );
  });

  it('catches every swap of two different adjacent digits in the first 17', () => {
    fc.assert(
      fc.property(syntheticId, fc.nat(15), ({ id }, at) => {
        fc.pre(id.charAt(at) !== id.charAt(at + 1));
        const swapped = id.slice(0, at) + id.charAt(at + 1) + id.charAt(at) + id.slice(at + 2);
        expect(validateResidentId(swapped).ok).toBe(false);
      }),
    );
  });

  it('accepts exactly one check character for any 17 digits with a valid date', () => {
    fc.assert(
      fc.property(syntheticId, ({ id }) => {
        const accepted = [...'0123456789X'].filter((c) => validateResidentId(id.slice(0, 17) + c).ok);
        expect(accepted).toEqual([id.charAt(17)]);
      }),
    );
  });
});

describe('syntheticResidentId', () => {
  it('always produces numbers that validate, within the options', () => {
    fc.assert(
      fc.property(syntheticId, ({ id, regionCode, from, to, sex }) => {
        const check = validateResidentId(id);
        if (!check.ok) throw new Error(`${id} rejected: ${check.reason}`);
        expect(check.regionCode).toBe(regionCode);
        const year = Number(check.birthDate.slice(0, 4));
        expect(year).toBeGreaterThanOrEqual(from);
        expect(year).toBeLessThanOrEqual(to);
        if (sex !== undefined) expect(check.sex).toBe(sex);
        expect(id.slice(14, 17)).not.toBe('000');
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic for a given rng sequence', () => {
    const opts = { regionCode: '440303', birthYearRange: [1950, 2000] as const };
    const first = syntheticResidentId(mulberry32(42), opts);
    expect(syntheticResidentId(mulberry32(42), opts)).toBe(first);
    expect(syntheticResidentId(mulberry32(43), opts)).not.toBe(first);
  });

  it('gives the lowest number when the rng always returns 0', () => {
    const zero = () => 0;
    expect(
      syntheticResidentId(zero, { regionCode: '440303', birthYearRange: [1985, 1990], sex: 'male' }),
    ).toBe('440303198501010017');
    expect(
      syntheticResidentId(zero, { regionCode: '440303', birthYearRange: [1985, 1990], sex: 'female' }),
    ).toBe('440303198501010025');
  });

  it('rejects bad options and an rng outside [0, 1)', () => {
    const rng = mulberry32(1);
    expect(() => syntheticResidentId(rng, { regionCode: '44030', birthYearRange: [1980, 1990] })).toThrow(
      RangeError,
    );
    expect(() => syntheticResidentId(rng, { regionCode: '810000', birthYearRange: [1980, 1990] })).toThrow(
      RangeError,
    );
    expect(() => syntheticResidentId(rng, { regionCode: '440303', birthYearRange: [1899, 1990] })).toThrow(
      RangeError,
    );
    expect(() => syntheticResidentId(rng, { regionCode: '440303', birthYearRange: [1991, 1990] })).toThrow(
      RangeError,
    );
    expect(() => syntheticResidentId(rng, { regionCode: '440303', birthYearRange: [1980.5, 1990] })).toThrow(
      RangeError,
    );
    expect(() =>
      syntheticResidentId(() => 1, { regionCode: '440303', birthYearRange: [1980, 1990] }),
    ).toThrow(/\[0, 1\)/);
    expect(() =>
      syntheticResidentId(() => Number.NaN, { regionCode: '440303', birthYearRange: [1980, 1990] }),
    ).toThrow(RangeError);
  });
});

describe('validateDocument', () => {
  it('lists the document types of RULES.md §5', () => {
    expect(DOCUMENT_TYPES).toEqual([
      'resident_id',
      'hk_macao_home_return_permit',
      'taiwan_compatriot_permit',
      'hmt_residence_permit',
      'passport',
      'foreign_permanent_resident_id',
    ]);
  });

  it('validates resident IDs like validateResidentId and returns the normalised number', () => {
    expect(validateDocument('resident_id', '11010519491231002x')).toEqual({
      ok: true,
      normalized: STANDARD_SAMPLE,
    });
    expect(validateDocument('resident_id', '110105194912310021')).toEqual({ ok: false, reason: 'checksum' });
    expect(validateDocument('resident_id', '110105202401010014', '2023-06-01')).toEqual({
      ok: false,
      reason: 'birth_date',
    });
  });

  it('validates Hong Kong, Macao and Taiwan residence permits by prefix and checksum', () => {
    expect(validateDocument('hmt_residence_permit', '810000199001010019')).toEqual({
      ok: true,
      normalized: '810000199001010019',
    });
    expect(validateDocument('hmt_residence_permit', '820000198506150022')).toMatchObject({ ok: true });
    expect(validateDocument('hmt_residence_permit', '830000200002290031')).toMatchObject({ ok: true });
    expect(validateDocument('hmt_residence_permit', '810000199001010010')).toEqual({
      ok: false,
      reason: 'checksum',
    });
    expect(validateDocument('hmt_residence_permit', STANDARD_SAMPLE)).toEqual({
      ok: false,
      reason: 'format',
    });
    expect(validateDocument('hmt_residence_permit', '810001199001010019')).toEqual({
      ok: false,
      reason: 'format',
    });
    expect(validateDocument('resident_id', '810000199001010019')).toEqual({ ok: false, reason: 'format' });
  });

  it('validates Home Return Permits', () => {
    expect(validateDocument('hk_macao_home_return_permit', 'H12345678')).toEqual({
      ok: true,
      normalized: 'H12345678',
    });
    expect(validateDocument('hk_macao_home_return_permit', 'm1234567801')).toEqual({
      ok: true,
      normalized: 'M1234567801',
    });
    for (const bad of ['A12345678', 'H1234567', 'H123456789', '12345678']) {
      expect(validateDocument('hk_macao_home_return_permit', bad)).toEqual({ ok: false, reason: 'format' });
    }
  });

  it('validates Taiwan compatriot permits, card and booklet', () => {
    expect(validateDocument('taiwan_compatriot_permit', '12345678')).toEqual({
      ok: true,
      normalized: '12345678',
    });
    expect(validateDocument('taiwan_compatriot_permit', '1234567890')).toMatchObject({ ok: true });
    expect(validateDocument('taiwan_compatriot_permit', '1234567890（b）')).toEqual({
      ok: true,
      normalized: '1234567890(B)',
    });
    for (const bad of ['1234567', '123456789', '12345678(B)', 'T1234567']) {
      expect(validateDocument('taiwan_compatriot_permit', bad)).toEqual({ ok: false, reason: 'format' });
    }
  });

  it('checks passports loosely', () => {
    expect(validateDocument('passport', 'e12345678')).toEqual({ ok: true, normalized: 'E12345678' });
    expect(validateDocument('passport', 'K0123456')).toMatchObject({ ok: true });
    for (const bad of ['1234', 'AB-123456', 'A'.repeat(21), '护照12345']) {
      expect(validateDocument('passport', bad)).toEqual({ ok: false, reason: 'format' });
    }
  });

  it('validates both generations of the foreigner’s permanent residence ID', () => {
    expect(validateDocument('foreign_permanent_resident_id', 'usa440380010112')).toEqual({
      ok: true,
      normalized: 'USA440380010112',
    });
    expect(validateDocument('foreign_permanent_resident_id', '91184019800101011x')).toEqual({
      ok: true,
      normalized: '91184019800101011X',
    });
    expect(validateDocument('foreign_permanent_resident_id', '911840198001010110')).toEqual({
      ok: false,
      reason: 'checksum',
    });
    expect(validateDocument('foreign_permanent_resident_id', '911840203013010110')).toEqual({
      ok: false,
      reason: 'birth_date',
    });
    expect(validateDocument('foreign_permanent_resident_id', STANDARD_SAMPLE)).toEqual({
      ok: false,
      reason: 'format',
    });
    expect(validateDocument('foreign_permanent_resident_id', 'US4403800101123')).toEqual({
      ok: false,
      reason: 'format',
    });
  });

  it('returns a normalised number that validates again unchanged', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DOCUMENT_TYPES), fc.string({ maxLength: 20 }), (type, raw) => {
        const first = validateDocument(type, raw);
        if (first.ok) expect(validateDocument(type, first.normalized)).toEqual(first);
      }),
    );
  });
});
