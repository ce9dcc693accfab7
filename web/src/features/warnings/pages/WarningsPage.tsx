import { Flex, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { WARNING_KINDS, type Warning, type WarningKind } from '../../../api/warnings';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useSearchParamsPatch } from '../../../shared/hooks/useSearchParamsPatch';
import { LoadMore } from '../../../shared/cursor/LoadMore';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { formatDateTime, formatPercent } from '../../../shared/format';
import { NodeSelect } from '../../org/components/NodeSelect';
import { useCategoryBook } from '../../events/queries';
import { useWarnings } from '../queries';

const KIND_COLOR: Record<WarningKind, string> = { due_soon: 'gold', hotspot: 'red', spike: 'purple' };

/** `/console/events/warnings?kind=&community=`: the early warnings of the caller's scope, with their events. */
export default function WarningsPage() {
  const { t } = useTranslation();
  const book = useCategoryBook();
  const [params, patch] = useSearchParamsPatch();
  const kindParam = params.get('kind');
  const kind = (WARNING_KINDS as readonly string[]).includes(kindParam ?? '')
    ? (kindParam as WarningKind)
    : undefined;
  const communityId = Number(params.get('community')) || undefined;
  const list = useWarnings({ kind, communityId });
  const set = (key: string, value: string | undefined) => patch({ [key]: value });

  const detail = (w: Warning) => {
    if (w.kind === 'due_soon')
      return t('warnings.dueSoon', {
        used: formatPercent(w.used ?? 0),
        deadline: formatDateTime(w.deadline),
      });
    if (w.kind === 'hotspot') return t('warnings.hotspot', { count: w.count, from: w.from, to: w.to });
    return t('warnings.spike', { count: w.count, usual: w.usual, threshold: w.threshold });
  };

  return (
    <>
      <PageTitle title={t('warnings.title')} />
      <Flex wrap gap="middle" align="center" style={{ marginBottom: 16 }}>
        <Select
          style={{ width: 180 }}
          allowClear
          placeholder={t('warnings.allKinds')}
          aria-label={t('warnings.kind')}
          value={kind}
          onChange={(v?: WarningKind) => set('kind', v)}
          options={WARNING_KINDS.map((k) => ({ value: k, label: t(`warnings.kinds.${k}`) }))}
          data-testid="warnings-kind"
        />
        <div style={{ width: 240, maxWidth: '100%' }}>
          <NodeSelect
            kinds={['community']}
            value={communityId}
            onChange={(id) => set('community', id ? String(id) : undefined)}
            placeholder={t('warnings.pickCommunity')}
            aria-label={t('warnings.community')}
          />
        </div>
      </Flex>
      <Typography.Paragraph type="secondary">{t('warnings.rules')}</Typography.Paragraph>
      {list.error ? <ErrorAlert error={list.error} onRetry={list.refetch} /> : null}
      <Table<Warning>
        rowKey="key"
        size="middle"
        loading={list.isLoading}
        dataSource={list.items}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('warnings.empty') }}
        data-testid="warnings-table"
        onRow={(w) => ({ 'data-kind': w.kind }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('warnings.kind'),
            key: 'kind',
            render: (_, w) => <Tag color={KIND_COLOR[w.kind]}>{t(`warnings.kinds.${w.kind}`)}</Tag>,
          },
          { title: t('warnings.community'), key: 'community', render: (_, w) => w.community.name },
          {
            title: t('warnings.building'),
            key: 'building',
            render: (_, w) =>
              w.building ? <Link to={`/console/org?node=${w.building.id}`}>{w.building.name}</Link> : '—',
          },
          { title: t('warnings.category'), key: 'category', render: (_, w) => book.label(w.categoryCode) },
          { title: t('warnings.count'), dataIndex: 'count', key: 'count', align: 'right' },
          { title: t('warnings.detail'), key: 'detail', render: (_, w) => detail(w) },
          {
            title: t('warnings.events'),
            key: 'events',
            render: (_, w) => (
              <Space size={4} wrap>
                {w.eventIds.map((id) => (
                  <Link key={id} to={`/console/events/${id}`}>
                    #{id}
                  </Link>
                ))}
              </Space>
            ),
          },
        ]}
      />
      <LoadMore list={list} />
    </>
  );
}
