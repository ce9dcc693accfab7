import type { ThemeConfig } from 'antd';
import { createStoredSetting } from '../../shared/storedSetting';

/** 长辈版: larger text and controls, fewer choices per screen; kept in localStorage (`linli.elder`). */
export const elderMode = createStoredSetting<boolean>(
  'linli.elder',
  (raw) => raw === '1',
  (on) => (on ? '1' : '0'),
);

export const ELDER_THEME: ThemeConfig = {
  token: { fontSize: 20, controlHeight: 48, controlHeightLG: 56, lineHeight: 1.6, borderRadius: 10 },
  components: { Switch: { trackHeight: 32, trackMinWidth: 64, handleSize: 28 } },
};

export const STANDARD_THEME: ThemeConfig = { token: { fontSize: 15, controlHeight: 40 } };
