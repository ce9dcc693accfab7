import { DatePicker, Flex } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useSearchParamsPatch } from '../../../shared/hooks/useSearchParamsPatch';
import { NodeSelect } from '../../org/components/NodeSelect';
import { STATS_NODE_KINDS } from '../model';
import { useStatsNode } from '../useStatsNode';

export interface Period {
  from: string;
  to: string;
}

export interface StatsFilter extends Period {
  nodeId: number | undefined;
  setNode: (id: number | undefined) => void;
  setPeriod: (period: Period) => void;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FORMAT = 'YYYY-MM-DD';

/**
 * The node and period a statistics page is about, kept in the URL (`?node=&from=&to=`) so a view survives a reload
 * and can be sent to a colleague; without them, the caller's scope node and the page's default period.
 */
export function useStatsFilter(defaultPeriod: () => Period): StatsFilter {
  const [nodeId, setNode] = useStatsNode();
  const [params, patch] = useSearchParamsPatch();
  const fallback = defaultPeriod();
  const dateParam = (key: string) => {
    const value = params.get(key);
    return value && DATE.test(value) ? value : undefined;
  };
  return {
    nodeId,
    from: dateParam('from') ?? fallback.from,
    to: dateParam('to') ?? fallback.to,
    setNode,
    setPeriod: ({ from, to }) => patch({ from, to }),
  };
}

interface StatsFilterRowProps {
  filter: StatsFilter;
  /** By month: the period runs from the first of its first month to the last of its last. */
  picker?: 'date' | 'month';
  presets?: { label: string; value: [Dayjs, Dayjs] }[];
  text: { pickNode: string; node: string; period: string };
  periodTestId: string;
}

/** The row above a statistics page: which node (compound or above) and which period. */
export function StatsFilterRow({
  filter,
  picker = 'date',
  presets,
  text,
  periodTestId,
}: StatsFilterRowProps) {
  const unit = picker === 'month' ? 'month' : 'day';
  const onRange = (range: [Dayjs | null, Dayjs | null] | null) => {
    if (range?.[0] && range[1])
      filter.setPeriod({
        from: range[0].startOf(unit).format(FORMAT),
        to: range[1].endOf(unit).format(FORMAT),
      });
  };
  return (
    <Flex wrap gap="middle" align="center" style={{ marginBottom: 16 }}>
      <div style={{ width: 260, maxWidth: '100%' }}>
        <NodeSelect
          kinds={STATS_NODE_KINDS}
          value={filter.nodeId}
          onChange={filter.setNode}
          placeholder={text.pickNode}
          aria-label={text.node}
        />
      </div>
      <DatePicker.RangePicker
        picker={picker}
        value={[dayjs(filter.from), dayjs(filter.to)]}
        onChange={onRange}
        presets={presets}
        allowClear={false}
        disabledDate={(day) => day.isAfter(dayjs(), unit)}
        aria-label={text.period}
        data-testid={periodTestId}
      />
    </Flex>
  );
}
