import type { mapsZhCN } from './zh-CN';

/** 繁體中文（香港）: the map page and the map component; spread into `zh-HK.ts`. */
export const mapsZhHK: typeof mapsZhCN = {
  maps: {
    title: '地圖',
    mapLabel: '地圖：方向鍵平移，加號減號縮放',
    loadFailed: '地圖資料載入失敗',
    pickNode: '請選擇街道、社區或小區',
    layers: { areas: '網格與小區邊界', points: '事件與告警', heat: '事件熱力' },
    category: '事項類別',
    allCategories: '全部事項類別',
    period: '期間',
    lastDays: '最近 {{count}} 天',
    name: '名稱',
    kind: '類型',
    kinds: { grid: '網格', compound: '小區' },
    code: '編碼',
    vertices: '邊界頂點數',
    noBoundary: '尚未繪製',
    draw: '繪製邊界',
    import: '匯入 GeoJSON',
    drawing: '正在繪製「{{name}}」的邊界：已有 {{count}} 個頂點',
    drawHint:
      '在地圖上依次點擊邊界的各個頂點（至少 3 個）。Enter 儲存，Backspace 撤銷上一個頂點，Esc 取消。亦可匯入 GeoJSON 檔案。',
    undo: '撤銷頂點',
    saved: '「{{name}}」的邊界已儲存',
    notJson: '檔案不是有效的 GeoJSON（JSON 格式）',
  },
};
