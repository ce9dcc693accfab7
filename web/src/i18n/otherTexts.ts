import i18next from 'i18next';
import type { LanguagePart } from './index';
import type { Language } from './languages';
import type { OtherMessages } from './resources/zh-CN';

const LOADERS: Record<Language, () => Promise<{ default: OtherMessages }>> = {
  'zh-CN': () => import('./resources/zh-CN'),
  'zh-HK': () => import('./resources/zh-HK'),
  'en-US': () => import('./resources/en-US'),
};

const loaded = new Set<Language>();

/**
 * Every text but the first page's (the console's, the phone's other pages'): loaded with the pages built with
 * antd, merged into the namespace the first pack started.
 */
export const otherTextsPart: LanguagePart = async (language) => {
  if (loaded.has(language)) return;
  const { default: messages } = await LOADERS[language]();
  i18next.addResourceBundle(language, 'translation', messages, true, true);
  loaded.add(language);
};
