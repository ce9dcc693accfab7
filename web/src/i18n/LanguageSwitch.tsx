import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { setLanguage } from './index';
import { isLanguage, LANGUAGE_LABELS, LANGUAGES } from './languages';

const OPTIONS = LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_LABELS[language] }));

/** The language select of every header; the choice is kept in localStorage (`linli.lang`). */
export function LanguageSwitch({ size, block = false }: { size?: SelectProps['size']; block?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Select
      data-testid="lang-switch"
      aria-label={t('common.language')}
      value={i18n.language}
      options={OPTIONS}
      size={size}
      style={{ minWidth: 112, width: block ? '100%' : undefined }}
      popupMatchSelectWidth={false}
      onChange={(value: string) => {
        if (isLanguage(value)) void setLanguage(value);
      }}
    />
  );
}
