import { ConfigProvider, type ThemeConfig } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { antdLocaleFor } from '../i18n/antdLocale';

const THEME: ThemeConfig = { token: { colorPrimary: '#1677ff', borderRadius: 6 } };

/** antd in the user's language and the Linli theme; loaded by `antdPage` (antdPages.tsx) with antd's locale. */
export function AntdProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={antdLocaleFor(i18n.language)} theme={THEME}>
      {children}
    </ConfigProvider>
  );
}
