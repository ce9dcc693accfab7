import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown while a page's code or first data loads. */
export function PageSpinner() {
  const { t } = useTranslation();
  return (
    <Flex justify="center" align="center" style={{ minHeight: 240, width: '100%' }}>
      <Spin description={t('common.loading')} />
    </Flex>
  );
}
