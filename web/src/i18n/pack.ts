import type { Language } from './languages';
import type { Messages } from './resources/zh-CN';

/**
 * What every page of one language needs: our messages and the dayjs locale name (registered by the pack).
 * antd's locale is not here: the resident's first page has no antd, so it loads with the antd pages (antdLocale.ts).
 */
export interface LanguagePack {
  messages: Messages;
  dayjsLocale: string;
}

/** Each language is its own chunk, loaded when chosen. */
export const PACK_LOADERS: Record<Language, () => Promise<{ default: LanguagePack }>> = {
  'zh-CN': () => import('./packs/zh-CN'),
  'zh-HK': () => import('./packs/zh-HK'),
  'en-US': () => import('./packs/en-US'),
};
