import type { Locale } from 'antd/es/locale';
import { isLanguage, type Language } from './languages';
import type { LanguagePart } from './index';

const LOADERS: Record<Language, () => Promise<{ default: Locale }>> = {
  'zh-CN': () => import('antd/es/locale/zh_CN'),
  'zh-HK': () => import('antd/es/locale/zh_HK'),
  'en-US': () => import('antd/es/locale/en_US'),
};

const locales = new Map<Language, Locale>();

/** antd's texts (date pickers, pagination, empty states): loaded with the first antd page, then with each language. */
export const antdLocalePart: LanguagePart = async (language) => {
  if (locales.has(language)) return;
  locales.set(language, (await LOADERS[language]()).default);
};

/** antd's locale for a language whose part is loaded (every language passed to i18next is, once antd is shown). */
export function antdLocaleFor(language: string): Locale | undefined {
  return isLanguage(language) ? locales.get(language) : undefined;
}
