import { AlertOutlined, ApartmentOutlined, FileTextOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from './ButtonLink';

/** One big link of a resident's entry card: an icon, a title and a one-line hint. */
export function EntryButton({
  to,
  icon,
  title,
  hint,
  primary,
  testId,
}: {
  to: string;
  icon: ReactNode;
  title: string;
  hint: string;
  primary?: boolean;
  testId: string;
}) {
  return (
    <ButtonLink
      to={to}
      type={primary ? 'primary' : 'default'}
      size="large"
      block
      data-testid={testId}
      style={{ height: 'auto', minHeight: primary ? 72 : 64, padding: '10px 14px', whiteSpace: 'normal' }}
    >
      <Flex align="center" gap="middle" style={{ width: '100%', textAlign: 'start' }}>
        <span aria-hidden style={{ fontSize: primary ? 30 : 24, lineHeight: 1 }}>
          {icon}
        </span>
        <Flex vertical style={{ minWidth: 0 }}>
          <Typography.Text strong style={{ color: 'inherit', fontSize: primary ? '1.15em' : undefined }}>
            {title}
          </Typography.Text>
          <Typography.Text style={{ color: 'inherit', opacity: 0.75, fontSize: '0.85em' }}>
            {hint}
          </Typography.Text>
        </Flex>
      </Flex>
    </ButtonLink>
  );
}

export type Entry = Parameters<typeof EntryButton>[0];

/** A card of the resident home page: a title over big links, one per entry. */
export function EntryCard({ title, testId, entries }: { title: string; testId: string; entries: Entry[] }) {
  return (
    <Card title={title} data-testid={testId}>
      <Flex vertical gap="small">
        {entries.map((e) => (
          <EntryButton key={e.to} {...e} />
        ))}
      </Flex>
    </Card>
  );
}

/** The resident home page's way in to reporting a problem, their reports and their grid. */
export function EventsEntryCard() {
  const { t } = useTranslation();
  return (
    <EntryCard
      title={t('residentEvents.entry.title')}
      testId="events-entry"
      entries={[
        {
          to: '/m/report',
          primary: true,
          icon: <AlertOutlined />,
          title: t('residentEvents.entry.report'),
          hint: t('residentEvents.entry.reportHint'),
          testId: 'entry-report',
        },
        {
          to: '/m/reports',
          icon: <FileTextOutlined />,
          title: t('residentEvents.entry.myReports'),
          hint: t('residentEvents.entry.myReportsHint'),
          testId: 'entry-my-reports',
        },
        {
          to: '/m/grid',
          icon: <ApartmentOutlined />,
          title: t('residentEvents.entry.myGrid'),
          hint: t('residentEvents.entry.myGridHint'),
          testId: 'entry-my-grid',
        },
      ]}
    />
  );
}
