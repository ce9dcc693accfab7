// Password and username rules for accounts. Length is the main defence; the list below catches
// the passwords that pass the length rule yet are among the first an attacker tries.

export type PasswordViolation = 'too_short' | 'same_as_username' | 'common';

export const MIN_PASSWORD_LENGTH = 10;

// Usernames shorter than this are too likely to appear in a password by chance.
const MIN_USERNAME_LENGTH_FOR_CONTAINMENT = 3;

// Lowercase; compared case-insensitively. Many are shorter than the minimum: they are listed so
// that the violation names the real problem, not only the length.
// prettier-ignore
export const COMMON_PASSWORDS: readonly string[] = [
  // digit runs and repeats
  '123456', '12345678', '123456789', '1234567890', '0123456789', '12345678910', '987654321',
  '9876543210', '0987654321', '111111', '11111111', '111111111', '1111111111', '000000', '00000000',
  '000000000', '0000000000', '123123', '123123123', '1231231234', '123321', '123321123', '112233',
  '11223344', '1122334455', '112233445566', '12344321', '1234554321', '147258369', '1472583690',
  '147852369', '741852963', '963852741', '123654789', '159357', '159753', '246813579', '135792468',
  '1357924680',
  // lucky numbers
  '666666', '66666666', '666666666', '6666666666', '888888', '88888888', '888888888', '8888888888',
  '999999999', '9999999999', '66668888', '88889999', '168168168', '518518518', '168888888',
  // love numbers and pinyin: 520 / 1314 (我爱你 / 一生一世), woaini (我爱你)
  '5201314', '1314520', '52013145201314', '5201314520', '13145201314', '520520520', '1314521',
  'woaini', 'woaini520', 'woaini1314', 'woaini123', 'woaini1234', 'woaini12345', 'woaini5201314',
  'woaini1314520', '520woaini', '1314woaini', 'aini1314', 'aini1314520', 'woaini1314a',
  '5201314a', 'a5201314', 'woshishui', 'wodemima', 'mima123456', 'mimamima', 'zhongguo',
  'zhongguo123', 'china123456', 'beijing123', 'shanghai123', 'shenzhen123', 'guangzhou123',
  'zhang123456', 'wang123456', 'li123456789', 'chen123456', 'liu123456', 'yang123456',
  'huang123456', 'zhao123456', 'qq123456', 'qq123456789', 'qq1234567890', 'taobao123', 'baidu123456',
  // letters and digits
  'a123456', 'a12345678', 'a123456789', 'a1234567890', 'aa123456', 'aa123456789', 'abc123',
  'abc123456', 'abc1234567', 'abcd1234', 'abcd123456', 'abcdefg123', 'abcdefghij', 'abc123abc123',
  '123456a', '12345678a', '123456789a', '1234567890a', '123456789q', '123456abc', '123456qwe',
  '123456789abc', '123abc123', 'a1b2c3d4e5', '1a2b3c4d5e', 'w123456789', 'z123456789',
  'aaaaaaaaaa',
  // keyboard walks
  'qwerty', 'qwertyuiop', 'qwerty123', 'qwerty12345', 'qwer1234', 'qwe123', 'qwe123456',
  'qwe123qwe', 'qweqweqwe', '1234qwer', '123qwe123qwe', 'asdfghjkl', 'asdfghjkl123', 'asd123456',
  'asd123asd', 'asdasdasd', 'zxcvbnm', 'zxcvbnm123', 'zxc123456', 'zxczxczxc', 'qazwsxedc',
  'qazwsxedc123', '1qaz2wsx', '1qaz2wsx3edc', '1qazxsw2', '2wsx3edc', 'zaq12wsx', '1q2w3e4r',
  '1q2w3e4r5t', 'q1w2e3r4t5',
  // English favourites and service defaults
  'password', 'password1', 'password12', 'password123', 'password1234', 'passw0rd', 'p@ssw0rd',
  'p@ssw0rd123', 'iloveyou', 'iloveyou1', 'iloveyou12', 'iloveyou123', 'iloveyou520', 'admin',
  'admin123', 'admin12345', 'admin123456', 'administrator', 'root123456', 'test123456', 'welcome123',
  'letmein123', 'sunshine123', 'football123', 'princess123', 'superman123', 'linli123456',
];

const COMMON_SET: ReadonlySet<string> = new Set(COMMON_PASSWORDS);

export function codePointLength(value: string): number {
  return [...value].length;
}

export function checkPassword(password: string, username: string): PasswordViolation[] {
  const violations: PasswordViolation[] = [];
  if (codePointLength(password) < MIN_PASSWORD_LENGTH) violations.push('too_short');
  const pass = password.toLowerCase();
  const user = username.toLowerCase();
  const containsUser = codePointLength(user) >= MIN_USERNAME_LENGTH_FOR_CONTAINMENT && pass.includes(user);
  if (user !== '' && (pass === user || containsUser)) violations.push('same_as_username');
  if (COMMON_SET.has(pass)) violations.push('common');
  return violations;
}

export const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{2,63}$/;

export type UsernameCheck = { ok: true } | { ok: false; reason: 'length' | 'first_character' | 'characters' };

/** Agrees with USERNAME_PATTERN; the reason lets the form say what to fix. */
export function validateUsername(username: string): UsernameCheck {
  const length = codePointLength(username);
  if (length < 3 || length > 64) return { ok: false, reason: 'length' };
  if (!/^[a-z]/.test(username)) return { ok: false, reason: 'first_character' };
  if (!USERNAME_PATTERN.test(username)) return { ok: false, reason: 'characters' };
  return { ok: true };
}
