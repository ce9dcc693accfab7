import dayjs from 'dayjs';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, type Language, LANGUAGE_STORAGE_KEY, storedLanguage } from './languages';
import { PACK_LOADERS } from './pack';

/**
 * More of a language than the first pack holds (the console's texts, antd's locale), loaded by the pages that
 * need it. Once loaded for one language, a part is loaded again with each language chosen after.
 */
export type LanguagePart = (language: Language) => Promise<void>;

const loadedPacks = new Set<Language>();
const dayjsLocales = new Map<Language, string>();
const parts = new Set<LanguagePart>();

async function loadPack(language: Language): Promise<void> {
  if (loadedPacks.has(language)) return;
  const { default: pack } = await PACK_LOADERS[language]();
  i18next.addResourceBundle(language, 'translation', pack.messages, true, true);
  dayjsLocales.set(language, pack.dayjsLocale);
  loadedPacks.add(language);
}

function applyToDocument(language: Language): void {
  dayjs.locale(dayjsLocales.get(language));
  document.documentElement.lang = language;
  document.title = i18next.t('app.title');
}

function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : storedLanguage();
}

/** Loads a part for the language shown now, and for every language chosen from now on. */
export async function loadLanguagePart(part: LanguagePart): Promise<void> {
  parts.add(part);
  await part(currentLanguage());
}

export async function setLanguage(language: Language): Promise<void> {
  await Promise.all([loadPack(language), ...[...parts].map((part) => part(language))]);
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
