import { App, ConfigProvider } from 'antd';
import type { ReactNode } from 'react';
import { AntdProvider } from '../../app/AntdProvider';
import { ELDER_THEME, elderMode, STANDARD_THEME } from './elder';

/** The phone pages built with antd (all but the home): the app's antd setup, larger everything in elder mode. */
export function PhoneAntdProvider({ children }: { children: ReactNode }) {
  const elder = elderMode.use();
  return (
    <AntdProvider>
      <ConfigProvider theme={elder ? ELDER_THEME : STANDARD_THEME}>
        <App>{children}</App>
      </ConfigProvider>
    </AntdProvider>
  );
}
