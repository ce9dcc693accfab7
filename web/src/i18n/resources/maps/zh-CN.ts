/** 简体中文: the map page and the map component (web/src/features/maps); spread into `zh-CN.ts`. */
export const mapsZhCN = {
  maps: {
    title: '地图',
    mapLabel: '地图：方向键平移，加号减号缩放',
    loadFailed: '地图数据加载失败',
    pickNode: '请选择街道、社区或小区',
    layers: { areas: '网格与小区边界', points: '事件与告警', heat: '事件热力' },
    category: '事项类别',
    allCategories: '全部事项类别',
    period: '期间',
    lastDays: '最近 {{count}} 天',
    name: '名称',
    kind: '类型',
    kinds: { grid: '网格', compound: '小区' },
    code: '编码',
    vertices: '边界顶点数',
    noBoundary: '尚未绘制',
    draw: '绘制边界',
    import: '导入 GeoJSON',
    drawing: '正在绘制「{{name}}」的边界：已有 {{count}} 个顶点',
    drawHint:
      '在地图上依次点击边界的各个顶点（至少 3 个）。回车保存，退格撤销上一个顶点，Esc 取消。也可导入 GeoJSON 文件。',
    undo: '撤销顶点',
    saved: '「{{name}}」的边界已保存',
    notJson: '文件不是有效的 GeoJSON（JSON 格式）',
  },
};
