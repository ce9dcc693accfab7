import { useTranslation } from 'react-i18next';
import '../shared/plain/plain.css';
import { setLanguage } from './index';
import { isLanguage, LANGUAGE_LABELS, LANGUAGES } from './languages';

/**
 * The phone pages' language choice: the browser's own select (the phone shows its native picker), without antd.
 * The choice is kept in localStorage (`linli.lang`), as the console's `LanguageSwitch` keeps it.
 */
export function LanguageSelect({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  return (
    <select
      id={id}
      className="lp-select"
      aria-label={t('common.language')}
      value={i18n.language}
      data-testid="lang-switch"
      onChange={(event) => {
        const value = event.target.value;
        if (isLanguage(value)) void setLanguage(value);
      }}
    >
      {LANGUAGES.map((language) => (
        <option key={language} value={language} lang={language}>
          {LANGUAGE_LABELS[language]}
        </option>
      ))}
    </select>
  );
}
