import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Empty, Flex, Select, Skeleton, Typography, theme } from 'antd';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listGrids } from '../../../api/grids';
import { useNavigate } from 'react-router';
import { useSearchParamsPatch } from '../../../shared/hooks/useSearchParamsPatch';
import { eventExportUrl, type EventListQuery } from '../../../api/events';
import { PageTitle } from '../../../shared/components/PageTitle';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { useCurrentUser } from '../../auth/currentUser';
import { NodeSelect } from '../../org/components/NodeSelect';
import { useScope } from '../../shell/scope';
import { CategoryTreeSelect } from '../components/CategoryTreeSelect';
import { EventCard } from '../components/EventCard';
import { ReportEventModal } from '../components/ReportEventModal';
import { StreamStatusBadge } from '../components/StreamStatusBadge';
import { BOARD_COLUMNS, type BoardColumn, COLUMN_STATES, sortColumn } from '../model';
import { type CategoryBook, useCategoryBook, useEventList } from '../queries';

/** Nodes the board can be narrowed to: a community, a compound and what lies in it. */
const FILTER_NODE_KINDS = ['street', 'community', 'compound', 'building', 'unit'];
const PAGE = 20;
const CLOSED_PAGE = 10;

type Filters = Omit<EventListQuery, 'cursor' | 'limit' | 'status'>;

/** The board's filters, kept in the address so a view can be bookmarked or sent on. */
function useBoardFilters(): [
  Filters & { chosenNodeId: number | undefined },
  (patch: Partial<Record<'category' | 'node' | 'grid' | 'overdue', string | undefined>>) => void,
] {
  const [params, setParams] = useSearchParamsPatch();
  const scope = useScope(useCurrentUser()).current;
  const chosenNodeId = Number(params.get('node')) || undefined;
  const filters = {
    chosenNodeId,
    categoryCode: params.get('category') ?? undefined,
    nodeId: chosenNodeId ?? scope?.nodeId,
    gridId: Number(params.get('grid')) || undefined,
    overdue: params.get('overdue') === '1' || undefined,
  };
  const update = (patch: Partial<Record<'category' | 'node' | 'grid' | 'overdue', string | undefined>>) =>
    setParams(patch);
  return [filters, update];
}

/** The grids the user can see (一张网格管全域): the board shows one grid's compounds. */
function GridSelect({
  value,
  onChange,
}: {
  value: number | undefined;
  onChange: (id: number | undefined) => void;
}) {
  const { t } = useTranslation();
  const grids = useQuery({
    queryKey: ['events', 'board-grids'],
    queryFn: ({ signal }) => listGrids({ status: 'active', limit: 200 }, signal),
    staleTime: 5 * 60_000,
  });
  return (
    <Select
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      value={value}
      onChange={(id?: number) => onChange(id)}
      loading={grids.isLoading}
      options={grids.data?.items.map((g) => ({ value: g.id, label: `${g.name}（${g.code}）` }))}
      placeholder={t('events.board.allGrids')}
      aria-label={t('events.board.grid')}
      style={{ width: 220 }}
      data-testid="filter-grid"
    />
  );
}

/** `/console/events`: the dispatch board (派单台), one column per stage of the work, live. */
export default function DispatchBoardPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ chosenNodeId, ...filters }, update] = useBoardFilters();
  const [reporting, setReporting] = useState(false);
  const book = useCategoryBook();

  return (
    <>
      <PageTitle
        title={
          <Flex align="center" gap="middle" wrap>
            {t('events.board.title')}
            <span style={{ fontSize: 14, fontWeight: 'normal' }}>
              <StreamStatusBadge />
            </span>
          </Flex>
        }
        extra={
          <>
            <Button
              icon={<DownloadOutlined />}
              href={eventExportUrl(filters)}
              download
              data-testid="events-export"
            >
              {t('events.board.export')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setReporting(true)}
              data-testid="report-open"
            >
              {t('events.board.report')}
            </Button>
          </>
        }
      />
      <Flex wrap gap="middle" align="center" style={{ marginBottom: 16 }} data-testid="board-filters">
        <CategoryTreeSelect
          value={filters.categoryCode}
          onChange={(code) => update({ category: code })}
          placeholder={t('events.board.allCategories')}
          aria-label={t('events.category')}
          style={{ width: 220 }}
        />
        <div style={{ width: 260, maxWidth: '100%' }}>
          <NodeSelect
            kinds={FILTER_NODE_KINDS}
            value={filters.nodeId}
            onChange={(nodeId) => update({ node: nodeId ? String(nodeId) : undefined })}
            placeholder={t('events.board.allPlaces')}
            aria-label={t('events.place')}
          />
        </div>
        <GridSelect
          value={filters.gridId}
          onChange={(gridId) => update({ grid: gridId ? String(gridId) : undefined })}
        />
        <Checkbox
          checked={filters.overdue === true}
          onChange={(e) => update({ overdue: e.target.checked ? '1' : undefined })}
          data-testid="filter-overdue"
        >
          {t('events.board.overdueOnly')}
        </Checkbox>
      </Flex>
      <div
        style={{ display: 'flex', gap: 12, overflowX: 'auto', paddingBottom: 8, alignItems: 'flex-start' }}
        data-testid="dispatch-board"
      >
        {BOARD_COLUMNS.map((column) => (
          <BoardColumnView key={column} column={column} filters={filters} book={book} />
        ))}
      </div>
      {reporting ? (
        <ReportEventModal
          defaultNodeId={chosenNodeId}
          onClose={() => setReporting(false)}
          onReported={(event) => {
            setReporting(false);
            void navigate(`/console/events/${event.id}`);
          }}
        />
      ) : null}
    </>
  );
}

function BoardColumnView({
  column,
  filters,
  book,
}: {
  column: BoardColumn;
  filters: Filters;
  book: CategoryBook;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const list = useEventList({
    ...filters,
    status: COLUMN_STATES[column],
    limit: column === 'closed' ? CLOSED_PAGE : PAGE,
  });
  const cards = sortColumn(column, list.items);
  const count = list.hasNextPage ? `${cards.length}+` : String(cards.length);

  return (
    <section
      aria-label={t(`events.board.columns.${column}`)}
      data-testid={`board-column-${column}`}
      style={{ flex: '1 1 0', minWidth: 210, maxWidth: 360 }}
    >
      <Card
        size="small"
        title={
          <Flex justify="space-between" align="center">
            <span>{t(`events.board.columns.${column}`)}</span>
            <Typography.Text type="secondary" data-testid="column-count">
              {list.isLoading ? '' : count}
            </Typography.Text>
          </Flex>
        }
        styles={{
          body: {
            padding: 8,
            background: token.colorFillQuaternary,
            // Each column scrolls by itself, so the board's headings stay in view on a long column.
            maxHeight: 'calc(100vh - 260px)',
            minHeight: 160,
            overflowY: 'auto',
          },
        }}
      >
        {list.error && !list.isFetching ? <ErrorAlert error={list.error} onRetry={list.refetch} /> : null}
        {list.isLoading ? (
          <Skeleton active paragraph={{ rows: 3 }} />
        ) : cards.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('events.board.empty')} />
        ) : (
          <Flex vertical gap={8}>
            {cards.map((event) => (
              <EventCard
                key={event.id}
                event={event}
                categoryLabel={book.label(event.categoryCode)}
                showState={column === 'intake'}
              />
            ))}
          </Flex>
        )}
        {list.hasNextPage ? (
          <Button
            block
            type="dashed"
            style={{ marginTop: 8 }}
            onClick={list.fetchNextPage}
            loading={list.isFetchingNextPage}
            data-testid="column-load-more"
          >
            {t('common.loadMore')}
          </Button>
        ) : null}
      </Card>
    </section>
  );
}
