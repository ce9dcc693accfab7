import { Outlet } from 'react-router';
import '../../../shared/plain/plain.css';
import { elderMode } from '../elder';

/**
 * The phone pages: one column up to 480 px, larger everything in elder mode. Plain (no antd), so the resident's
 * home loads small; the pages built with antd bring it along with elder mode's antd theme (`phonePage`).
 */
export default function ResidentLayout() {
  const elder = elderMode.use();
  return (
    <main className="lp-main" data-elder={elder}>
      <Outlet />
    </main>
  );
}
