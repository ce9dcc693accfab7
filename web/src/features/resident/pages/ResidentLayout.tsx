import { App, ConfigProvider } from 'antd';
import { Outlet } from 'react-router';
import { ELDER_THEME, elderMode, STANDARD_THEME } from '../elder';

/** The phone pages: one column up to 480 px, larger everything in elder mode. */
export default function ResidentLayout() {
  const elder = elderMode.use();
  return (
    <ConfigProvider theme={elder ? ELDER_THEME : STANDARD_THEME}>
      <App>
        <main
          data-elder={elder}
          style={{
            maxWidth: 480,
            margin: '0 auto',
            padding: 12,
            minHeight: '100vh',
            boxSizing: 'border-box',
            background: '#f5f7fa',
          }}
        >
          <Outlet />
        </main>
      </App>
    </ConfigProvider>
  );
}
