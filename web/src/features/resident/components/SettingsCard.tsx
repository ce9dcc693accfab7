import { SettingOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../i18n/LanguageSwitch';
import { elderMode } from '../elder';
import { ElderSwitch } from './ElderSwitch';

/** Language and elder mode; in elder mode each setting takes a full row with a big control. */
export function SettingsCard() {
  const { t } = useTranslation();
  const elder = elderMode.use();
  return (
    <Card
      title={
        <>
          <SettingOutlined /> {t('resident.settings')}
        </>
      }
    >
      <Flex vertical gap={elder ? 'large' : 'middle'}>
        <Flex vertical={elder} justify="space-between" align={elder ? 'stretch' : 'center'} gap="small">
          <Typography.Text>{t('common.language')}</Typography.Text>
          <LanguageSwitch size={elder ? 'large' : 'middle'} block={elder} />
        </Flex>
        <Flex justify="space-between" align="center" gap="small">
          <label htmlFor="elder-toggle">
            <Typography.Text>{t('resident.elderMode')}</Typography.Text>
            <br />
            <Typography.Text type="secondary">{t('resident.elderModeHint')}</Typography.Text>
          </label>
          <ElderSwitch id="elder-toggle" />
        </Flex>
      </Flex>
    </Card>
  );
}
