import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  COMMON_PASSWORDS,
  MIN_PASSWORD_LENGTH,
  USERNAME_PATTERN,
  checkPassword,
  codePointLength,
  validateUsername,
} from './password-policy';

const usernameArb = fc.stringMatching(/^[a-z][a-z0-9._-]{2,20}$/);

describe('codePointLength', () => {
  it('counts code points, not UTF-16 units', () => {
    expect(codePointLength('abc')).toBe(3);
    expect(codePointLength('邻里')).toBe(2);
    expect(codePointLength('😀😀')).toBe(2);
    expect('😀😀'.length).toBe(4);
    expect(codePointLength('')).toBe(0);
  });
});

describe('checkPassword', () => {
  it('accepts a long, unrelated password', () => {
    expect(checkPassword('correct horse battery', 'zhangsan')).toEqual([]);
    expect(checkPassword('Lianhua#2024!', 'zhangsan')).toEqual([]);
  });

  it('needs at least 10 characters', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(10);
    expect(checkPassword('Xk9$mP2#q', 'zhangsan')).toEqual(['too_short']);
    expect(checkPassword('Xk9$mP2#qL', 'zhangsan')).toEqual([]);
    expect(checkPassword('', 'zhangsan')).toEqual(['too_short']);
  });

  it('counts Chinese and emoji as one character each', () => {
    expect(checkPassword('邻里和睦共建共治共享', 'zhangsan')).toEqual([]);
    expect(checkPassword('邻里和睦共建共治共', 'zhangsan')).toEqual(['too_short']);
    // 5 emoji are 10 UTF-16 units but only 5 characters
    expect(checkPassword('😀😁😂🤣😃', 'zhangsan')).toEqual(['too_short']);
  });

  it('rejects the username itself, in any case', () => {
    expect(checkPassword('wangxiaoming', 'wangxiaoming')).toEqual(['same_as_username']);
    expect(checkPassword('WangXiaoMing', 'wangxiaoming')).toEqual(['same_as_username']);
  });

  it('rejects a password that contains the username', () => {
    expect(checkPassword('zhangsan2024!!', 'zhangsan')).toEqual(['same_as_username']);
    expect(checkPassword('my-ZHANGSAN-pw', 'zhangsan')).toEqual(['same_as_username']);
  });

  it('does not look for usernames shorter than 3 characters inside a password', () => {
    expect(checkPassword('a-long-password-with-li', 'li')).toEqual([]);
    expect(checkPassword('li', 'li')).toEqual(['too_short', 'same_as_username']);
  });

  it('does not match an empty username', () => {
    expect(checkPassword('a-long-unrelated-pass', '')).toEqual([]);
  });

  it('rejects common passwords case-insensitively', () => {
    for (const password of ['123456789a', 'password123', 'qwertyuiop', '1qaz2wsx3edc', 'woaini1314']) {
      expect(checkPassword(password, 'zhangsan')).toEqual(['common']);
    }
    expect(checkPassword('iloveyou12', 'zhangsan')).toEqual(['common']);
    expect(checkPassword('Admin12345', 'zhangsan')).toEqual(['common']);
    expect(checkPassword('A123456789', 'zhangsan')).toEqual(['common']);
    expect(checkPassword('QwErTyUiOp', 'zhangsan')).toEqual(['common']);
  });

  it('reports every violation at once, in a fixed order', () => {
    expect(checkPassword('admin', 'admin')).toEqual(['too_short', 'same_as_username', 'common']);
    expect(checkPassword('123456', 'zhangsan')).toEqual(['too_short', 'common']);
  });

  it('keeps a list of about 150 distinct lowercase entries with the Chinese favourites', () => {
    expect(COMMON_PASSWORDS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(COMMON_PASSWORDS).size).toBe(COMMON_PASSWORDS.length);
    expect(COMMON_PASSWORDS.every((p) => p === p.toLowerCase() && p.length > 0)).toBe(true);
    for (const p of ['5201314', 'woaini1314', '1314520', '88888888', 'woaini520', 'aini1314']) {
      expect(COMMON_PASSWORDS).toContain(p);
    }
  });

  it('flags every listed password in any casing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COMMON_PASSWORDS),
        fc.array(fc.boolean(), { maxLength: 40 }),
        (p, flips) => {
          const cased = [...p].map((c, i) => (flips[i] ? c.toUpperCase() : c)).join('');
          expect(checkPassword(cased, 'unrelated-user')).toContain('common');
        },
      ),
    );
  });

  it('flags any password that embeds the username', () => {
    fc.assert(
      fc.property(usernameArb, fc.string(), fc.string(), (user, before, after) => {
        expect(checkPassword(before + user.toUpperCase() + after, user)).toContain('same_as_username');
      }),
    );
  });

  it('reports too_short exactly when there are fewer than 10 code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (password) => {
        const short = checkPassword(password, 'zz-not-inside').includes('too_short');
        expect(short).toBe([...password].length < 10);
      }),
    );
  });

  it('accepts long random passwords that avoid the username and the list', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme-ascii', minLength: 10, maxLength: 40 }),
        usernameArb,
        (password, user) => {
          fc.pre(!password.toLowerCase().includes(user));
          fc.pre(!COMMON_PASSWORDS.includes(password.toLowerCase()));
          expect(checkPassword(password, user)).toEqual([]);
        },
      ),
    );
  });
});

describe('usernames', () => {
  it('accepts lowercase names starting with a letter', () => {
    for (const name of ['zhangsan', 'li.si', 'wang_wu', 'grid-worker-07', 'abc', 'a'.repeat(64)]) {
      expect(validateUsername(name)).toEqual({ ok: true });
      expect(USERNAME_PATTERN.test(name)).toBe(true);
    }
  });

  it('says why a name is rejected', () => {
    expect(validateUsername('ab')).toEqual({ ok: false, reason: 'length' });
    expect(validateUsername('a'.repeat(65))).toEqual({ ok: false, reason: 'length' });
    expect(validateUsername('')).toEqual({ ok: false, reason: 'length' });
    expect(validateUsername('1zhang')).toEqual({ ok: false, reason: 'first_character' });
    expect(validateUsername('_zhang')).toEqual({ ok: false, reason: 'first_character' });
    expect(validateUsername('Zhangsan')).toEqual({ ok: false, reason: 'first_character' });
    expect(validateUsername('zhangSan')).toEqual({ ok: false, reason: 'characters' });
    expect(validateUsername('zhang san')).toEqual({ ok: false, reason: 'characters' });
    expect(validateUsername('zhang@san')).toEqual({ ok: false, reason: 'characters' });
    expect(validateUsername('张三丰')).toEqual({ ok: false, reason: 'first_character' });
    expect(validateUsername('zhangsan\n')).toEqual({ ok: false, reason: 'characters' });
  });

  it('agrees with USERNAME_PATTERN on arbitrary strings', () => {
    const candidates = fc.oneof(
      fc.string({ maxLength: 70 }),
      fc.stringMatching(/^[a-zA-Z0-9._@ -]{0,70}$/),
      fc.stringMatching(/^[a-z][a-z0-9._-]{0,70}$/),
    );
    fc.assert(
      fc.property(candidates, (name) => {
        expect(validateUsername(name).ok).toBe(USERNAME_PATTERN.test(name));
      }),
    );
  });
});
