import type { Locale } from 'antd/es/locale';
import type { Language } from './languages';
import type { Messages } from './resources/zh-CN';

/** Everything one language needs: our messages, antd's locale, the dayjs locale name (registered by the pack). */
export interface LanguagePack {
  messages: Messages;
  antdLocale: Locale;
  dayjsLocale: string;
}

/** Each language is its own chunk, loaded when chosen. */
export const PACK_LOADERS: Record<Language, () => Promise<{ default: LanguagePack }>> = {
  'zh-CN': () => import('./packs/zh-CN'),
  'zh-HK': () => import('./packs/zh-HK'),
  'en-US': () => import('./packs/en-US'),
};
