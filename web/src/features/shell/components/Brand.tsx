import { HomeFilled } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function Brand({ collapsed = false }: { collapsed?: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="center" gap="small" style={{ height: 64 }}>
      <HomeFilled style={{ fontSize: 22, color: '#1677ff' }} aria-hidden />
      {collapsed ? null : (
        <Typography.Text strong style={{ fontSize: 18 }}>
          {t('app.name')}
        </Typography.Text>
      )}
    </Flex>
  );
}
