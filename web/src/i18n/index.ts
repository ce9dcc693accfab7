import type { Locale } from 'antd/es/locale';
import dayjs from 'dayjs';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, type Language, LANGUAGE_STORAGE_KEY, storedLanguage } from './languages';
import { PACK_LOADERS } from './pack';

const antdLocales = new Map<Language, Locale>();
const dayjsLocales = new Map<Language, string>();

async function loadPack(language: Language): Promise<void> {
  if (antdLocales.has(language)) return;
  const { default: pack } = await PACK_LOADERS[language]();
  i18next.addResourceBundle(language, 'translation', pack.messages);
  antdLocales.set(language, pack.antdLocale);
  dayjsLocales.set(language, pack.dayjsLocale);
}

function applyToDocument(language: Language): void {
  dayjs.locale(dayjsLocales.get(language));
  document.documentElement.lang = language;
  document.title = i18next.t('app.title');
}

/** antd's locale for a language whose pack is loaded (every language passed to i18next is). */
export function antdLocaleFor(language: string): Locale | undefined {
  return isLanguage(language) ? antdLocales.get(language) : undefined;
}

export async function setLanguage(language: Language): Promise<void> {
  await loadPack(language);
  localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  await i18next.changeLanguage(language);
  applyToDocument(language);
}

export async function initI18n(): Promise<void> {
  const language = storedLanguage();
  await i18next.use(initReactI18next).init({
    lng: language,
    resources: {},
    fallbackLng: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  await loadPack(language);
  applyToDocument(language);
}
