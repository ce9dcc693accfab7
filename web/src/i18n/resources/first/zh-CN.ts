/**
 * 简体中文, the texts the first page needs, loaded before anything renders: the shared words and errors, signing in,
 * the resident's home (its entries' titles). The source of these keys; the other languages must have exactly them.
 * Every other text is in `../zh-CN.ts`, loaded with the pages built with antd (web/src/app/antdPages.tsx).
 */
const zhCN = {
  app: {
    name: '邻里',
    title: '邻里 · 小区共治平台',
  },
  common: {
    language: '语言',
    loading: '加载中…',
    retry: '重试',
    all: '全部',
    reasonRequired: '请填写原因',
    save: '保存',
    saved: '已保存',
    cancel: '取消',
    create: '创建',
    edit: '编辑',
    remove: '移除',
    search: '查询',
    reset: '重置',
    actions: '操作',
    createdAt: '创建时间',
    loadMore: '加载更多',
    loadedCount: '已加载 {{count}} 条',
    noMore: '没有更多了',
    noResults: '没有匹配的结果',
    copy: '复制',
    copied: '已复制',
    yes: '是',
    no: '否',
    close: '关闭',
  },
  errors: {
    validation: '填写的内容有误，请检查后重试',
    unauthenticated: '请先登录',
    invalid_credentials: '用户名或密码错误',
    session_expired: '登录已过期，请重新登录',
    forbidden: '您没有权限执行此操作',
    csrf: '安全校验失败，请刷新页面后重试',
    not_found: '未找到，或不在您的管辖范围内',
    conflict: '与已有数据冲突（可能重复）',
    wrong_state: '当前状态不允许此操作',
    invalid_transition: '当前状态下不能执行此操作（可能刚被他人处理），请刷新后再试',
    booking_conflict: '{{from}}–{{to}} 已被预约，请换一个时间',
    too_large: '提交的内容过大',
    unsupported_media_type: '不支持的内容格式',
    locked: '尝试次数过多，账号已锁定，请 {{minutes}} 分钟后再试',
    rate_limited: '操作过于频繁，请 {{minutes}} 分钟后再试',
    internal: '服务器出错了，请稍后再试',
    unavailable: '服务暂时不可用，请稍后再试',
    network: '无法连接服务器，请检查网络',
    unknown: '出现未知错误，请稍后再试',
  },
  auth: {
    subtitle: '小区共治 · 街道社区工作台',
    username: '用户名',
    password: '密码',
    usernameRequired: '请输入用户名',
    passwordRequired: '请输入密码',
    submit: '登录',
    newResident: '小区居民还没有账号？',
    signup: '居民注册',
  },
  shell: {
    logout: '退出登录',
  },
  resident: {
    hello: '您好，{{name}}',
    myHome: '我的家',
    noHome: '还没有登记到小区或楼栋，请联系社区工作站',
    settings: '设置',
    elderMode: '长辈版',
    elderModeHint: '字更大，按钮更大，一屏更少',
    bind: {
      title: '绑定我的房屋',
      intro: '输入社区张贴或发放的房屋邀请码，绑定后即可使用小区服务。',
      code: '房屋邀请码',
      codeRequired: '请输入邀请码',
      codeUnknown: '邀请码不存在，请核对后重新输入',
      submit: '绑定',
      bound: '已绑定：{{house}}',
      pending: '已提交，等待社区审核',
    },
    requests: {
      title: '我的绑定申请',
      pending: '等待社区审核',
      rejected: '未通过',
      sentAt: '提交于 {{at}}',
      reason: '原因：{{reason}}',
      noReason: '社区未说明原因，可联系社区工作站了解。',
    },
  },
  residentEvents: {
    entry: {
      title: '小区服务',
      report: '我要报事',
      reportHint: '灯坏了、垃圾没清，拍张照告诉我们',
      myReports: '我的报事',
      myReportsHint: '看进度、评价',
      myGrid: '我的网格',
      myGridHint: '网格员、楼长、监督电话',
    },
  },
  votes: {
    phone: {
      entry: '业主表决',
      entryHint: '本小区、本楼的表决，业主在线投票',
    },
  },
  notices: {
    phone: {
      entry: '公示公告',
      entryHint: '本小区、本楼的公示，可在公示期内提出异议',
    },
  },
  selforgs: {
    phone: {
      title: '邻里自组织',
      hint: '身边的自组织和我的调解',
    },
  },
  volunteers: {
    phone: {
      entry: '志愿服务',
      entryHint: '报名身边的志愿活动，扫码签到，累计服务时长',
      passbookEntry: '爱心存折',
      passbookHint: '服务积分的余额和明细，兑换礼品',
    },
  },
  elevators: {
    phone: {
      entry: '加装电梯',
      entryHint: '本单元加装电梯的进度、表决与公示',
    },
  },
  conventions: {
    phone: {
      entry: '公约',
      entryHint: '阅读并签署小区公约',
    },
  },
  venues: {
    phone: {
      entryTitle: '服务站点',
      entry: '预约场地',
      entryHint: '居民会客厅、阅览室、活动室',
      guideEntry: '办事指南',
      guideHint: '查事项、看地点时间和所需材料',
    },
  },
  deliberation: {
    phone: {
      entryCard: '议事与评议',
      entry: '小区议事',
      entryHint: '提出议题、参与讨论，支持你关心的事',
    },
  },
  evaluations: {
    phone: {
      entry: '评议物业和业委会',
      entryHint: '为服务打分，意见匿名',
    },
  },
  projects: {
    phone: {
      entry: '小区微实事',
      entryHint: '看看小区在办的实事，参与众筹',
      raise: '提需求',
      raiseHint: '小区缺什么、想办什么，告诉社区',
    },
  },
};

export type FirstMessages = typeof zhCN;
export default zhCN;
