import type { bigscreenZhCN } from './zh-CN';

/** 繁體中文（香港）: the big screen and the console's live device alerts; spread into `zh-HK.ts`. */
export const bigscreenZhHK: typeof bigscreenZhCN = {
  bigscreen: {
    title: '{{name}} 智慧治理運行大屏',
    period: '統計週期 {{from}} 至 {{to}}',
    status: { live: '即時', connecting: '連接中', down: '已中斷' },
    today: '今日上報',
    open: '辦理中',
    overdue: '已逾期',
    handlingRate: '處置率',
    onTimeRate: '按期辦結率',
    ofReported: '近30日上報 {{n}} 件',
    alerts: '設備警報',
    volunteerHours: '義工服務時數(小時)',
    personTimes: '近30日 {{n}} 人次',
    buildingLeaders: '樓長覆蓋率',
    covered: '{{covered}} / {{total}} 棟',
    categories: '事件類別（近30日）',
    trend: '30日趨勢',
    reported: '上報',
    closed: '辦結',
    map: '態勢地圖',
    alertList: '即時警報',
    noAlerts: '目前沒有設備警報',
    overdueList: '逾期事件',
    noOverdue: '沒有逾期事件',
    due: '時限 {{at}}',
    notYours: '無權查看此區域',
    noNode: '請從控制台選擇街道或社區後打開大屏',
    loading: '載入中…',
    failed: '載入失敗，稍後自動重試',
  },
  liveAlerts: {
    opened: '新的設備警報（{{severity}}）',
    badge: '設備警報：{{count}} 條未解除',
  },
};
