import type { Language } from './languages';
import type { FirstMessages } from './resources/first/zh-CN';

/**
 * What the first page of one language needs: its texts and the dayjs locale name (registered by the pack). The
 * other texts (otherTexts.ts) and antd's locale (antdLocale.ts) load with the pages built with antd: the
 * resident's home is plain, and loads neither.
 */
export interface LanguagePack {
  messages: FirstMessages;
  dayjsLocale: string;
}

/** Each language is its own chunk, loaded when chosen. */
export const PACK_LOADERS: Record<Language, () => Promise<{ default: LanguagePack }>> = {
  'zh-CN': () => import('./packs/zh-CN'),
  'zh-HK': () => import('./packs/zh-HK'),
  'en-US': () => import('./packs/en-US'),
};
