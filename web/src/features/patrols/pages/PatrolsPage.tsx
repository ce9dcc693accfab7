import { Descriptions, List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PatrolSummary } from '../../../api/patrols';
import { PageTitle } from '../../../shared/components/PageTitle';
import { QueryResult } from '../../../shared/components/QueryResult';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { formatDateTime } from '../../../shared/format';
import { localizedName } from '../../events/phone/categories';
import { usePatrol, usePatrols } from '../queries';

function Detail({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const query = usePatrol(id);
  return (
    <QueryResult query={query}>
      {(p) => (
        <>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('patrols.walk.checkIns')}>
              {p.checkInList.map((c) => `${formatDateTime(c.at)} ${c.placeName ?? ''}`).join('；') || '—'}
            </Descriptions.Item>
            {p.members.length > 0 ? (
              <Descriptions.Item label={t('patrols.fields.members')}>
                {p.members.map((m) => m.name).join('、')}
              </Descriptions.Item>
            ) : null}
          </Descriptions>
          <List
            size="small"
            dataSource={p.answers}
            renderItem={(a) => {
              const item = p.checklist.find((i) => i.code === a.itemCode);
              return (
                <List.Item>
                  <Tag color={a.result === 'fail' ? 'red' : a.result === 'pass' ? 'green' : 'default'}>
                    {t(`patrols.results.${a.result}`)}
                  </Tag>
                  {item ? localizedName(item.label, i18n.language) : a.itemCode}
                  {a.note ? ` · ${a.note}` : ''}
                  {a.eventId != null ? (
                    <>
                      {' · '}
                      <Link to={`/console/events/${a.eventId}`}>
                        {t('patrols.walk.eventFiled', { id: a.eventId })}
                      </Link>
                    </>
                  ) : null}
                </List.Item>
              );
            }}
          />
        </>
      )}
    </QueryResult>
  );
}

/** `/console/patrols`: the patrols in scope, newest first; a row opens its check-ins and answers. */
export default function PatrolsPage() {
  const { t } = useTranslation();
  const list = usePatrols({});
  return (
    <>
      <PageTitle title={t('shell.menu.patrols')} />
      <CursorTable<PatrolSummary>
        list={list}
        testId="patrols-table"
        rowKey="id"
        scroll={{ x: true }}
        expandable={{ expandedRowRender: (p) => <Detail id={p.id} /> }}
        columns={[
          { title: t('patrols.fields.plan'), dataIndex: 'planName' },
          { title: t('patrols.fields.leader'), dataIndex: 'leaderName' },
          {
            title: t('patrols.fields.status'),
            render: (_, p) => (
              <Tag color={p.status === 'finished' ? 'green' : 'processing'}>
                {t(`patrols.states.${p.status}`)}
              </Tag>
            ),
          },
          { title: t('patrols.fields.startedAt'), render: (_, p) => formatDateTime(p.startedAt) },
          { title: t('patrols.fields.finishedAt'), render: (_, p) => formatDateTime(p.finishedAt) },
          { title: t('patrols.fields.checkIns'), dataIndex: 'checkIns' },
          { title: t('patrols.fields.failedItems'), dataIndex: 'failedItems' },
          { title: t('patrols.fields.eventsFiled'), dataIndex: 'eventsFiled' },
        ]}
      />
    </>
  );
}
