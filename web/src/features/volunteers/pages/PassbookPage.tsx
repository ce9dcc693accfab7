import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Statistic } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { statementUrl } from '../../../api/volunteers';
import { PageSpinner } from '../../../shared/components/PageSpinner';
import { LoadMore } from '../../../shared/cursor/LoadMore';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { EntriesTable } from '../components/EntriesTable';
import { thisMonth } from '../model';
import { useEntries, usePassbook, useStatement } from '../queries';

/** `/console/volunteers/passbooks/:personId`: a person's balance, a month's statement (with export), every entry. */
export default function PassbookPage() {
  const { t } = useTranslation();
  const personId = Number(useParams().personId);
  const [month, setMonth] = useState(thisMonth());
  const passbook = usePassbook(personId);
  const statement = useStatement(personId, month);
  const entries = useEntries(personId);
  if (passbook.isLoading) return <PageSpinner />;
  if (passbook.error || !passbook.data) return <ErrorAlert error={passbook.error} />;
  const s = statement.data;
  return (
    <Flex vertical gap="middle">
      <Card title={`${t('volunteers.passbook.title')} · ${passbook.data.name}`}>
        <Statistic title={t('volunteers.passbook.balance')} value={passbook.data.balance} />
      </Card>
      <Card
        title={t('volunteers.passbook.statement')}
        extra={
          <Flex gap="small">
            <DatePicker
              picker="month"
              allowClear={false}
              value={dayjs(`${month}-01`)}
              onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
            />
            <Button icon={<DownloadOutlined />} href={statementUrl(personId, month)}>
              {t('volunteers.passbook.export')}
            </Button>
          </Flex>
        }
      >
        {s ? (
          <Flex vertical gap="middle">
            <Flex gap="large" wrap data-testid="statement">
              <Statistic title={t('volunteers.passbook.opening')} value={s.opening} />
              <Statistic title={t('volunteers.passbook.earned')} value={s.earned} />
              <Statistic title={t('volunteers.passbook.spent')} value={s.spent} />
              <Statistic title={t('volunteers.passbook.closing')} value={s.closing} />
            </Flex>
            <EntriesTable entries={s.entries} />
          </Flex>
        ) : null}
      </Card>
      <Card title={t('volunteers.passbook.entries')}>
        <EntriesTable entries={entries.items} testId="passbook-entries" />
        <LoadMore list={entries} />
      </Card>
    </Flex>
  );
}
