/**
 * The statistics' charts, loaded only when the statistics page shows (`lazy` in StatsPage): ECharts is large.
 */
import { Card, Col, Row } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventState, EventStats } from '../../../api/events';
import { type ChartOption, EChart } from '../../../shared/charts/EChart';
import { byCountDesc, fillDays } from '../model';
import { useCategoryBook } from '../queries';

/** The state tags' colours (antd's presets), so the pie reads like the board. */
const STATE_CHART_COLOR: Readonly<Record<EventState, string>> = {
  reported: '#fa8c16',
  accepted: '#faad14',
  dispatched: '#1677ff',
  in_progress: '#2f54eb',
  handled: '#13c2c2',
  closed: '#52c41a',
  rejected: '#8c8c8c',
  cancelled: '#d9d9d9',
};

export default function StatsCharts({ stats }: { stats: EventStats }) {
  const { t } = useTranslation();
  const book = useCategoryBook();

  // Built once per answer and language, so a re-render does not replay the charts' animation.
  const { categories, states, categoryOption, statusOption, trendOption } = useMemo(() => {
    const categories = byCountDesc(stats.byCategory, (row) => row.code)
      .slice(0, 15)
      .reverse();
    const categoryOption: ChartOption = {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: categories.map((row) => book.label(row.code)) },
      series: [
        {
          type: 'bar',
          name: t('events.stats.count'),
          data: categories.map((row) => row.count),
          itemStyle: { color: '#1677ff' },
          barMaxWidth: 24,
        },
      ],
    };

    const states = byCountDesc(stats.byStatus, (row) => row.status).filter((row) => row.count > 0);
    const statusOption: ChartOption = {
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      legend: { bottom: 0, type: 'plain' },
      series: [
        {
          type: 'pie',
          name: t('events.state'),
          radius: ['40%', '68%'],
          center: ['50%', '45%'],
          data: states.map((row) => ({
            name: t(`events.states.${row.status}`),
            value: row.count,
            itemStyle: { color: STATE_CHART_COLOR[row.status] },
          })),
          label: { formatter: '{b} {c}' },
        },
      ],
    };

    const days = fillDays(stats.byDay, stats.from, stats.to);
    const trendOption: ChartOption = {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', boundaryGap: false, data: days.map((d) => d.day.slice(5)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'line',
          name: t('events.stats.reported'),
          data: days.map((d) => d.reported),
          showSymbol: days.length <= 62,
        },
        {
          type: 'line',
          name: t('events.stats.closed'),
          data: days.map((d) => d.closed),
          showSymbol: days.length <= 62,
        },
      ],
    };
    return { categories, states, categoryOption, statusOption, trendOption };
  }, [stats, book, t]);

  const summary = (rows: { label: string; count: number }[]) =>
    rows.map((row) => `${row.label} ${row.count}`).join('，') || t('events.stats.noData');

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <Card size="small" title={t('events.stats.byCategory')}>
          <EChart
            option={categoryOption}
            height={Math.max(240, categories.length * 28 + 40)}
            label={summary(categories.map((row) => ({ label: book.label(row.code), count: row.count })))}
            testId="chart-category"
          />
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card size="small" title={t('events.stats.byStatus')}>
          <EChart
            option={statusOption}
            label={summary(
              states.map((row) => ({ label: t(`events.states.${row.status}`), count: row.count })),
            )}
            testId="chart-status"
          />
        </Card>
      </Col>
      <Col span={24}>
        <Card size="small" title={t('events.stats.trend')}>
          <EChart
            option={trendOption}
            label={t('events.stats.trendLabel', { from: stats.from, to: stats.to })}
            testId="chart-trend"
          />
        </Card>
      </Col>
    </Row>
  );
}
