import type { FirstMessages } from './zh-CN';

/** 繁體中文（香港）: the texts the first page needs (see `./zh-CN.ts`); wording follows Hong Kong usage. */
const zhHK: FirstMessages = {
  app: {
    name: '鄰里',
    title: '鄰里 · 小區共治平台',
  },
  common: {
    language: '語言',
    loading: '載入中…',
    retry: '重試',
    all: '全部',
    reasonRequired: '請填寫原因',
    save: '儲存',
    saved: '已儲存',
    cancel: '取消',
    create: '建立',
    edit: '編輯',
    remove: '移除',
    search: '查詢',
    reset: '重設',
    actions: '操作',
    createdAt: '建立時間',
    loadMore: '載入更多',
    loadedCount: '已載入 {{count}} 項',
    noMore: '沒有更多了',
    noResults: '沒有符合的結果',
    copy: '複製',
    copied: '已複製',
    yes: '是',
    no: '否',
    close: '關閉',
  },
  errors: {
    validation: '填寫的內容有誤，請檢查後重試',
    unauthenticated: '請先登入',
    invalid_credentials: '用戶名稱或密碼錯誤',
    session_expired: '登入已逾時，請重新登入',
    forbidden: '您沒有權限執行此操作',
    csrf: '安全驗證失敗，請重新整理頁面後再試',
    not_found: '找不到，或不在您的管轄範圍內',
    conflict: '與現有資料衝突（可能重複）',
    wrong_state: '目前狀態不允許此操作',
    invalid_transition: '目前狀態下不能執行此操作（可能剛被他人處理），請重新整理後再試',
    booking_conflict: '{{from}}–{{to}} 已被預約，請換一個時間',
    too_large: '提交的內容過大',
    unsupported_media_type: '不支援的內容格式',
    locked: '嘗試次數過多，帳戶已鎖定，請於 {{minutes}} 分鐘後再試',
    rate_limited: '操作過於頻繁，請於 {{minutes}} 分鐘後再試',
    internal: '伺服器發生錯誤，請稍後再試',
    unavailable: '服務暫時未能使用，請稍後再試',
    network: '無法連線至伺服器，請檢查網絡',
    unknown: '發生未知錯誤，請稍後再試',
  },
  auth: {
    subtitle: '小區共治 · 街道社區工作台',
    username: '用戶名稱',
    password: '密碼',
    usernameRequired: '請輸入用戶名稱',
    passwordRequired: '請輸入密碼',
    submit: '登入',
    newResident: '小區居民尚未有帳戶？',
    signup: '居民註冊',
  },
  shell: {
    logout: '登出',
  },
  resident: {
    hello: '您好，{{name}}',
    myHome: '我的家',
    noHome: '尚未登記到小區或樓棟，請聯絡社區工作站',
    settings: '設定',
    elderMode: '長者版',
    elderModeHint: '字體更大，按鈕更大，每頁更少選項',
    bind: {
      title: '綁定我的房屋',
      intro: '輸入社區張貼或派發的房屋邀請碼，綁定後即可使用小區服務。',
      code: '房屋邀請碼',
      codeRequired: '請輸入邀請碼',
      codeUnknown: '邀請碼不存在，請核對後重新輸入',
      submit: '綁定',
      bound: '已綁定：{{house}}',
      pending: '已提交，等待社區審核',
    },
    requests: {
      title: '我的綁定申請',
      pending: '等待社區審核',
      rejected: '未獲批准',
      sentAt: '提交於 {{at}}',
      reason: '原因：{{reason}}',
      noReason: '社區未說明原因，可聯絡社區工作站查詢。',
    },
  },
  residentEvents: {
    entry: {
      title: '屋苑服務',
      report: '我要報事',
      reportHint: '燈壞了、垃圾沒清，拍張相告訴我們',
      myReports: '我的報事',
      myReportsHint: '看進度、評價',
      myGrid: '我的網格',
      myGridHint: '網格員、樓長、監督電話',
    },
  },
  votes: {
    phone: {
      entry: '業主表決',
      entryHint: '本小區、本樓的表決，業主在線投票',
    },
  },
  notices: {
    phone: {
      entry: '公示公告',
      entryHint: '本小區、本樓的公示，可在公示期內提出異議',
    },
  },
  selforgs: {
    phone: {
      title: '鄰里自組織',
      hint: '身邊的自組織和我的調解',
    },
  },
  volunteers: {
    phone: {
      entry: '義工服務',
      entryHint: '報名身邊的義工活動，掃碼簽到，累計服務時數',
      passbookEntry: '愛心存摺',
      passbookHint: '服務積分的結餘和明細，兌換禮品',
    },
  },
  elevators: {
    phone: {
      entry: '加裝電梯',
      entryHint: '本單元加裝電梯的進度、表決與公示',
    },
  },
  conventions: {
    phone: {
      entry: '公約',
      entryHint: '閱讀並簽署小區公約',
    },
  },
  venues: {
    phone: {
      entryTitle: '服務站點',
      entry: '預約場地',
      entryHint: '居民會客廳、閱覽室、活動室',
      guideEntry: '辦事指南',
      guideHint: '查事項、看地點時間和所需文件',
    },
  },
  deliberation: {
    phone: {
      entryCard: '議事與評議',
      entry: '小區議事',
      entryHint: '提出議題、參與討論，支持你關心的事',
    },
  },
  evaluations: {
    phone: {
      entry: '評議物業和業委會',
      entryHint: '為服務評分，意見匿名',
    },
  },
  projects: {
    phone: {
      entry: '屋苑微實事',
      entryHint: '看看屋苑正在辦的實事，參與眾籌',
      raise: '提需求',
      raiseHint: '屋苑缺甚麼、想辦甚麼，告訴社區',
    },
  },
};

export default zhHK;
