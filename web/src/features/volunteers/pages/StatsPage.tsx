import { Flex, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatsBy, StatsRow } from '../../../api/volunteers';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { useCurrentUser } from '../../auth/currentUser';
import { NodeSelect } from '../../org/components/NodeSelect';
import { useScope } from '../../shell/scope';
import { useStats, useStatsTotal } from '../queries';

const BY: StatsBy[] = ['person', 'team', 'scope'];

/** `/console/volunteers/stats`: hours and person-times (人次) by person, by team, or by the areas below a node. */
export default function StatsPage() {
  const { t } = useTranslation();
  const scope = useScope(useCurrentUser()).current;
  const [by, setBy] = useState<StatsBy>('scope');
  const [nodeId, setNodeId] = useState<number | undefined>(scope?.nodeId);
  const list = useStats(by, nodeId);
  const total = useStatsTotal(by, nodeId).data?.total;
  return (
    <Flex vertical gap="middle">
      <Flex gap="middle" wrap align="center">
        <Segmented<StatsBy>
          value={by}
          onChange={setBy}
          options={BY.map((b) => ({ value: b, label: t(`volunteers.stats.by.${b}`) }))}
        />
        <div style={{ width: 280 }}>
          <NodeSelect kinds={['street', 'community', 'compound']} value={nodeId} onChange={setNodeId} />
        </div>
        {by === 'scope' ? (
          <Typography.Text type="secondary">{t('volunteers.stats.scopeHint')}</Typography.Text>
        ) : null}
      </Flex>
      {total ? (
        <Typography.Text strong data-testid="stats-total">
          {t('volunteers.stats.total', total)}
        </Typography.Text>
      ) : null}
      <CursorTable<StatsRow>
        list={list}
        testId="stats-table"
        columns={[
          { title: t(`volunteers.stats.by.${by}`), dataIndex: 'name' },
          { title: t('volunteers.stats.activities'), dataIndex: 'activities' },
          { title: t('volunteers.stats.personTimes'), dataIndex: 'personTimes' },
          { title: t('volunteers.stats.people'), dataIndex: 'people' },
          { title: t('volunteers.stats.hours'), dataIndex: 'hours' },
        ]}
      />
    </Flex>
  );
}
