import { ArrowLeftOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A phone page's title with a big back link (a 48 px target) to the page above it. */
export function PhoneHeader({ title, back, extra }: { title: ReactNode; back: string; extra?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex align="center" gap="small" style={{ minHeight: 48 }}>
      <Link
        to={back}
        aria-label={t('residentEvents.back')}
        title={t('residentEvents.back')}
        data-testid="phone-back"
        style={{
          display: 'inline-flex',
          alignItems: 'center',
          justifyContent: 'center',
          width: 48,
          height: 48,
          flex: 'none',
          borderRadius: 8,
          fontSize: 22,
          color: 'inherit',
        }}
      >
        <ArrowLeftOutlined />
      </Link>
      <Typography.Title level={3} style={{ margin: 0, flex: 1, minWidth: 0 }}>
        {title}
      </Typography.Title>
      {extra}
    </Flex>
  );
}
