import { useTranslation } from 'react-i18next';
import '../plain/plain.css';

/** Shown while a page's code or first data loads; plain, so the app shell needs no antd. */
export function PageSpinner() {
  const { t } = useTranslation();
  return (
    <div className="lp-spinner" role="status">
      {t('common.loading')}
    </div>
  );
}
