import { ApartmentOutlined, PhoneOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Result, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { GRID_KINDS, type GridKind } from '../../../../../../domain/org/tree';
import type { MyGrid } from '../../../../api/eventsPhone';
import { PageSpinner } from '../../../../shared/components/PageSpinner';
import { ErrorAlert } from '../../../../shared/errors/ErrorAlert';
import { ButtonLink } from '../components/ButtonLink';
import { PhoneHeader } from '../components/PhoneHeader';
import { useMyGrid } from '../queries';
import { telHref } from '../tel';

const isGridKind = (kind: string): kind is GridKind => (GRID_KINDS as readonly string[]).includes(kind);

/**
 * `/m/grid`: who serves the resident's compound: the grid, its grid workers, the building leaders and the
 * supervision phone, all public by rule (RULES.md §6). The phone is a `tel:` link: one tap to call.
 */
export default function MyGridPage() {
  const { t } = useTranslation();
  const query = useMyGrid();
  const header = <PhoneHeader title={t('residentEvents.grid.title')} back="/m" />;
  if (query.isPending) {
    return (
      <Flex vertical gap="middle">
        {header}
        <PageSpinner />
      </Flex>
    );
  }
  if (query.isError) {
    return (
      <Flex vertical gap="middle">
        {header}
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      </Flex>
    );
  }
  const grid = query.data;
  return (
    <Flex vertical gap="middle" data-testid="my-grid">
      {header}
      {grid.compound === null ? (
        <Result
          status="info"
          title={t('residentEvents.grid.noCompound')}
          extra={
            <ButtonLink to="/m" type="primary" size="large">
              {t('residentEvents.report.toHome')}
            </ButtonLink>
          }
        />
      ) : (
        <>
          <Typography.Text type="secondary">{t('residentEvents.grid.intro')}</Typography.Text>
          <Card size="small">
            <Flex justify="space-between" align="center" gap="small" wrap>
              <Typography.Text type="secondary">{t('residentEvents.grid.compound')}</Typography.Text>
              <Typography.Text strong style={{ fontSize: '1.15em' }}>
                {grid.compound.name}
              </Typography.Text>
            </Flex>
          </Card>
          {grid.grids.length === 0 ? (
            <Card>
              <Empty description={t('residentEvents.grid.noGrid')} />
            </Card>
          ) : (
            grid.grids.map((one) => <GridCard key={one.id} grid={one} />)
          )}
          <Card
            title={
              <>
                <TeamOutlined /> {t('residentEvents.grid.leaders')}
              </>
            }
            data-testid="grid-leaders"
          >
            {grid.buildingLeaders.length === 0 ? (
              <Typography.Text type="secondary">{t('residentEvents.grid.noLeaders')}</Typography.Text>
            ) : (
              <Flex vertical gap="small" role="list">
                {grid.buildingLeaders.map((leader) => (
                  <Flex
                    key={`${leader.buildingName}-${leader.name}`}
                    justify="space-between"
                    gap="small"
                    role="listitem"
                  >
                    <Typography.Text type="secondary">{leader.buildingName}</Typography.Text>
                    <Typography.Text strong>{leader.name}</Typography.Text>
                  </Flex>
                ))}
              </Flex>
            )}
          </Card>
        </>
      )}
    </Flex>
  );
}

function GridCard({ grid }: { grid: MyGrid['grids'][number] }) {
  const { t } = useTranslation();
  return (
    <Card
      title={
        <Flex align="center" gap="small" wrap>
          <ApartmentOutlined />
          <span style={{ whiteSpace: 'normal' }}>{grid.name}</span>
          {isGridKind(grid.kind) ? <Tag color="blue">{t(`grids.kinds.${grid.kind}`)}</Tag> : null}
        </Flex>
      }
      data-testid="grid-card"
    >
      <Flex vertical gap="middle">
        <Typography.Text type="secondary">
          {t('residentEvents.grid.code', { code: grid.code })}
        </Typography.Text>
        <Flex vertical gap={6}>
          <Typography.Text strong>{t('residentEvents.grid.workers')}</Typography.Text>
          {grid.workers.length === 0 ? (
            <Typography.Text type="secondary">{t('residentEvents.grid.noWorkers')}</Typography.Text>
          ) : (
            <Flex vertical gap={4} role="list">
              {grid.workers.map((worker, index) => (
                <Typography.Text
                  key={`${worker.name}-${index}`}
                  role="listitem"
                  style={{ fontSize: '1.1em' }}
                >
                  <UserOutlined /> {worker.name}
                </Typography.Text>
              ))}
            </Flex>
          )}
          {grid.contactPhone ? (
            <Button
              href={telHref(grid.contactPhone)}
              size="large"
              block
              icon={<PhoneOutlined />}
              style={{ minHeight: 52 }}
              data-testid="grid-contact-phone"
            >
              {t('residentEvents.grid.callWorkers', { phone: grid.contactPhone })}
            </Button>
          ) : null}
        </Flex>
        <Flex vertical gap={6}>
          <Typography.Text strong>{t('residentEvents.grid.supervision')}</Typography.Text>
          {grid.supervisionPhone ? (
            <Button
              href={telHref(grid.supervisionPhone)}
              type="primary"
              size="large"
              block
              icon={<PhoneOutlined />}
              style={{ minHeight: 52 }}
              data-testid="grid-phone"
            >
              {t('residentEvents.grid.call', { phone: grid.supervisionPhone })}
            </Button>
          ) : (
            <Typography.Text type="secondary">{t('residentEvents.grid.noPhone')}</Typography.Text>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
