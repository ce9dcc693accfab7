import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maskIdNumber, maskMiddle, maskName, maskPhone, normalizePhone, validatePhone } from './mask';

const mobileArb = fc.stringMatching(/^1[3-9]\d{9}$/);
const landlineArb = fc.stringMatching(/^(0[12]\d-\d{7,8}|0[3-9]\d{2}-\d{7,8})$/);
const hongKongArb = fc.stringMatching(/^[235679]\d{7}$/);

describe('maskMiddle', () => {
  it('keeps the requested ends', () => {
    expect(maskMiddle('abcdefgh', 2, 3)).toBe('ab***fgh');
    expect(maskMiddle('abcdefgh', 0, 4)).toBe('****efgh');
    expect(maskMiddle('abcdefgh', 4, 0)).toBe('abcd****');
  });

  it('masks everything when nothing would be hidden', () => {
    expect(maskMiddle('abcd', 2, 2)).toBe('****');
    expect(maskMiddle('abc', 2, 2)).toBe('***');
    expect(maskMiddle('', 2, 2)).toBe('');
  });

  it('counts code points', () => {
    expect(maskMiddle('张三丰李四', 1, 1)).toBe('张***四');
  });

  it('preserves length, hides at least one character and keeps the ends', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.nat(10), fc.nat(10), (value, start, end) => {
        const chars = [...value];
        const masked = [...maskMiddle(value, start, end)];
        expect(masked).toHaveLength(chars.length);
        if (chars.length > start + end) {
          expect(masked.slice(0, start)).toEqual(chars.slice(0, start));
          expect(masked.slice(chars.length - end)).toEqual(chars.slice(chars.length - end));
          expect(masked.slice(start, chars.length - end).every((c) => c === '*')).toBe(true);
        } else {
          expect(masked.every((c) => c === '*')).toBe(true);
        }
      }),
    );
  });
});

describe('maskIdNumber', () => {
  it('shows the first 6 and last 4 of an 18-character number', () => {
    expect(maskIdNumber('44030319900307123X')).toBe('440303********123X');
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });

  it('shows the first 2 and last 2 of shorter documents', () => {
    expect(maskIdNumber('H12345678')).toBe('H1*****78');
    expect(maskIdNumber('USA440380010112')).toBe('US***********12');
    expect(maskIdNumber('12345678')).toBe('12****78');
  });

  it('never shows the birth date of a resident ID', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}[\dX]$/), (id) => {
        const masked = maskIdNumber(id);
        expect(masked).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
        expect(masked.slice(0, 6)).toBe(id.slice(0, 6));
        expect(masked.slice(14)).toBe(id.slice(14));
      }),
    );
  });
});

describe('validatePhone', () => {
  it('accepts mainland mobiles with or without the country code and separators', () => {
    for (const raw of [
      '13812345678',
      '+8613812345678',
      '008613812345678',
      '8613812345678',
      '138 1234 5678',
      '138-1234-5678',
      '+86 138 1234 5678',
    ]) {
      expect(validatePhone(raw)).toEqual({ ok: true, kind: 'mainland_mobile', normalized: '13812345678' });
    }
    expect(validatePhone('１３８１２３４５６７８')).toMatchObject({ ok: true, normalized: '13812345678' });
  });

  it('rejects mobiles with a wrong second digit or length', () => {
    for (const raw of ['12812345678', '10812345678', '1381234567', '138123456789', '+85213812345678']) {
      expect(validatePhone(raw)).toEqual({ ok: false });
    }
  });

  it('accepts landlines with area code, splitting 3- and 4-digit codes correctly', () => {
    expect(validatePhone('010-12345678')).toEqual({
      ok: true,
      kind: 'mainland_landline',
      normalized: '010-12345678',
    });
    expect(validatePhone('01012345678')).toMatchObject({ normalized: '010-12345678' });
    expect(validatePhone('020-1234567')).toMatchObject({ normalized: '020-1234567' });
    expect(validatePhone('0755-82345678')).toMatchObject({ normalized: '0755-82345678' });
    expect(validatePhone('075582345678')).toMatchObject({ normalized: '0755-82345678' });
    expect(validatePhone('(0730) 8234567')).toMatchObject({ normalized: '0730-8234567' });
    expect(validatePhone('0755-8234-5678')).toMatchObject({ normalized: '0755-82345678' });
  });

  it('rejects landlines without an area code or with an impossible one', () => {
    for (const raw of ['82345678', '0755-123456', '0755-123456789', '075-5823456', '001-12345678']) {
      expect(validatePhone(raw)).toEqual({ ok: false });
    }
  });

  it('accepts Hong Kong numbers starting 2, 3, 5, 6, 7 or 9', () => {
    for (const raw of ['91234567', '+85291234567', '+852 9123 4567', '0085291234567', '85291234567']) {
      expect(validatePhone(raw)).toEqual({ ok: true, kind: 'hong_kong', normalized: '+85291234567' });
    }
    expect(validatePhone('21234567')).toMatchObject({ ok: true, kind: 'hong_kong' });
    expect(validatePhone('+85241234567')).toEqual({ ok: false });
    expect(validatePhone('81234567')).toEqual({ ok: false });
    expect(validatePhone('+8529123456')).toEqual({ ok: false });
  });

  it('rejects empty and non-numeric input', () => {
    expect(validatePhone('')).toEqual({ ok: false });
    expect(validatePhone('not a phone')).toEqual({ ok: false });
    expect(validatePhone('1381234567a')).toEqual({ ok: false });
  });

  it('accepts every generated number in every kind', () => {
    fc.assert(
      fc.property(mobileArb, (m) => {
        expect(validatePhone(`+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`)).toEqual({
          ok: true,
          kind: 'mainland_mobile',
          normalized: m,
        });
      }),
    );
    fc.assert(
      fc.property(landlineArb, (l) => {
        expect(validatePhone(l.replace('-', ''))).toEqual({
          ok: true,
          kind: 'mainland_landline',
          normalized: l,
        });
      }),
    );
    fc.assert(
      fc.property(hongKongArb, (h) => {
        expect(validatePhone(h)).toEqual({ ok: true, kind: 'hong_kong', normalized: `+852${h}` });
      }),
    );
  });
});

describe('normalizePhone', () => {
  it('returns the canonical form or null', () => {
    expect(normalizePhone('+86 138-1234-5678')).toBe('13812345678');
    expect(normalizePhone('0755 82345678')).toBe('0755-82345678');
    expect(normalizePhone('9123 4567')).toBe('+85291234567');
    expect(normalizePhone('12345')).toBeNull();
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(mobileArb, landlineArb, hongKongArb, fc.string({ maxLength: 16 })), (raw) => {
        const once = normalizePhone(raw);
        if (once !== null) expect(normalizePhone(once)).toBe(once);
      }),
    );
  });
});

describe('maskPhone', () => {
  it('masks the middle four digits of a mainland mobile', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('+86 138 1234 5678')).toBe('138****5678');
  });

  it('keeps the first four digits of a Hong Kong number', () => {
    expect(maskPhone('91234567')).toBe('+852 9123****');
    expect(maskPhone('+85291234567')).toBe('+852 9123****');
  });

  it('keeps the area code and the last four digits of a landline', () => {
    expect(maskPhone('0755-82345678')).toBe('0755-****5678');
    expect(maskPhone('010-1234567')).toBe('010-***4567');
  });

  it('still masks input that is not a phone number', () => {
    expect(maskPhone('12345')).toBe('12*45');
    expect(maskPhone('123')).toBe('***');
  });

  it('never shows the middle of a mobile number', () => {
    fc.assert(
      fc.property(mobileArb, (m) => {
        const masked = maskPhone(m);
        expect(masked).toBe(`${m.slice(0, 3)}****${m.slice(7)}`);
      }),
    );
  });
});

describe('maskName', () => {
  it('keeps the first character, and the last of names of three or more', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('王小明')).toBe('王*明');
    expect(maskName('欧阳小华')).toBe('欧**华');
    expect(maskName(' 李 ')).toBe('李');
    expect(maskName('')).toBe('');
  });
});
