import SettingOutlined from '@ant-design/icons-svg/es/asn/SettingOutlined';
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../../../i18n/LanguageSelect';
import { Card } from '../../../shared/plain/Card';
import { Icon } from '../../../shared/plain/Icon';
import { ElderSwitch } from './ElderSwitch';

/** Language and elder mode; in elder mode the language select takes a full row (plain.css). */
export function SettingsCard() {
  const { t } = useTranslation();
  return (
    <Card title={t('resident.settings')} icon={<Icon icon={SettingOutlined} />}>
      <div className="lp-stack">
        <div className="lp-row">
          <label htmlFor="settings-language">{t('common.language')}</label>
          <LanguageSelect id="settings-language" />
        </div>
        <div className="lp-row" style={{ flexWrap: 'nowrap' }}>
          <label htmlFor="elder-toggle">
            {t('resident.elderMode')}
            <br />
            <span className="lp-muted">{t('resident.elderModeHint')}</span>
          </label>
          <ElderSwitch id="elder-toggle" />
        </div>
      </div>
    </Card>
  );
}
