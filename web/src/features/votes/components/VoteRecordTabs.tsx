import { Flex, Input, Switch, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ballot, Elector } from '../../../api/votes';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { formatDateTime } from '../../../shared/format';
import { useBallots, useElectors } from '../queries';

/** The frozen electorate (with each house's ballot) and the ballots as cast, replaced ones on request. */
export function VoteRecordTabs({ voteId }: { voteId: number }) {
  const { t } = useTranslation();
  const [number, setNumber] = useState('');
  const [history, setHistory] = useState(false);
  const electors = useElectors(voteId, number, true);
  const ballots = useBallots(voteId, history, true);
  const choice = (c: Ballot['choice']) => (
    <Tag color={c === 'agree' ? 'green' : c === 'disagree' ? 'red' : 'default'}>
      {t(`votes.choices.${c}`)}
    </Tag>
  );
  return (
    <Tabs
      items={[
        {
          key: 'electorate',
          label: t('votes.electorate.title'),
          children: (
            <Flex vertical gap="small">
              <Typography.Text type="secondary">{t('votes.electorate.frozenHint')}</Typography.Text>
              <Input.Search
                allowClear
                placeholder={t('votes.electorate.searchNumber')}
                onSearch={(v) => setNumber(v.trim())}
                style={{ maxWidth: 240 }}
              />
              <CursorTable<Elector>
                list={electors}
                rowKey="houseId"
                testId="vote-electorate"
                columns={[
                  { title: t('votes.electorate.house'), dataIndex: 'houseLabel' },
                  { title: t('votes.electorate.area'), render: (_, e) => e.area.toFixed(2) },
                  {
                    title: t('votes.electorate.source'),
                    render: (_, e) => t(`votes.sources.${e.areaSource}`),
                  },
                  {
                    title: t('votes.electorate.owners'),
                    render: (_, e) =>
                      e.developerHeld
                        ? t('votes.electorate.developer')
                        : e.ownerUnknown
                          ? t('votes.electorate.unknownOwner')
                          : e.ownerNames.join('、'),
                  },
                  {
                    title: t('votes.ballot.choice'),
                    render: (_, e) =>
                      e.ballot ? (
                        <>
                          {choice(e.ballot.choice)} {t(`votes.channels.${e.ballot.channel}`)}
                        </>
                      ) : (
                        <Typography.Text type="secondary">{t('votes.electorate.notVoted')}</Typography.Text>
                      ),
                  },
                ]}
              />
            </Flex>
          ),
        },
        {
          key: 'ballots',
          label: t('votes.ballot.title'),
          children: (
            <Flex vertical gap="small">
              <Flex gap="small" align="center">
                <Switch checked={history} onChange={setHistory} size="small" />
                <Typography.Text>{t('votes.ballot.history')}</Typography.Text>
              </Flex>
              <CursorTable<Ballot>
                list={ballots}
                testId="vote-ballots"
                rowClassName={(b) => (b.supersededAt ? 'linli-row-muted' : '')}
                columns={[
                  { title: t('votes.ballot.house'), dataIndex: 'houseLabel' },
                  { title: t('votes.ballot.choice'), render: (_, b) => choice(b.choice) },
                  {
                    title: t('votes.ballot.channel'),
                    render: (_, b) =>
                      `${t(`votes.channels.${b.channel}`)}${b.proxyName ? `（${b.proxyName}）` : ''}`,
                  },
                  { title: t('votes.ballot.enteredBy'), dataIndex: 'enteredByName' },
                  { title: t('votes.ballot.castAt'), render: (_, b) => formatDateTime(b.castAt) },
                  {
                    title: '',
                    render: (_, b) => (b.supersededAt ? <Tag>{t('votes.ballot.replaced')}</Tag> : null),
                  },
                ]}
              />
            </Flex>
          ),
        },
      ]}
    />
  );
}
