import { Card, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageSpinner } from '../../../../shared/components/PageSpinner';
import { LoadMore } from '../../../../shared/cursor/LoadMore';
import { ErrorAlert } from '../../../../shared/errors/ErrorAlert';
import { formatDateTime } from '../../../../shared/format';
import { PhoneHeader } from '../../../events/phone/components/PhoneHeader';
import { VoteStatusTag } from '../../components/VoteTags';
import { placeLabel } from '../../model';
import { useVotes } from '../../queries';

/** `/m/votes`: the votes over the resident's home, open ones first to hand; a tap opens one. */
export default function MyVotesPage() {
  const { t } = useTranslation();
  const list = useVotes({});
  const items = [...list.items].sort((a, b) => Number(b.status === 'open') - Number(a.status === 'open'));
  return (
    <Flex vertical gap="middle" data-testid="my-votes">
      <PhoneHeader title={t('votes.phone.title')} back="/m" />
      {list.isLoading ? <PageSpinner /> : null}
      {list.error ? <ErrorAlert error={list.error} onRetry={list.refetch} /> : null}
      {!list.isLoading && !list.error && items.length === 0 ? (
        <Empty description={t('votes.phone.none')} />
      ) : null}
      {items.map((v) => {
        const mine = v.myHouses[0];
        return (
          <Link key={v.id} to={`/m/votes/${v.id}`} data-testid="my-vote" style={{ color: 'inherit' }}>
            <Card size="small" hoverable>
              <Flex vertical gap={4}>
                <Flex justify="space-between" gap="small" align="start">
                  <Typography.Text strong style={{ fontSize: '1.1em' }}>
                    {v.title}
                  </Typography.Text>
                  <VoteStatusTag status={v.status} />
                </Flex>
                <Typography.Text type="secondary">{placeLabel(v.place)}</Typography.Text>
                {v.closesAt ? (
                  <Typography.Text type="secondary">
                    {t('votes.list.closesAt')} {formatDateTime(v.closesAt)}
                  </Typography.Text>
                ) : null}
                {mine ? (
                  <div>
                    <Tag color={mine.choice ? 'green' : v.actions.includes('ballot') ? 'orange' : 'default'}>
                      {mine.choice
                        ? t('votes.phone.voted', { choice: t(`votes.choices.${mine.choice}`) })
                        : t('votes.electorate.notVoted')}
                    </Tag>
                  </div>
                ) : null}
              </Flex>
            </Card>
          </Link>
        );
      })}
      <LoadMore list={list} />
    </Flex>
  );
}
