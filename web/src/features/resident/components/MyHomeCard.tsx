import { HomeOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../api/auth';
import type { OrgKind } from '../../../api/model';

const HOME_KINDS: readonly OrgKind[] = ['compound', 'building', 'unit'];

/** Where the resident lives: compound › building › unit, with the community they belong to. */
export function MyHomeCard({ user }: { user: User }) {
  const { t } = useTranslation();
  const homes = user.roles.filter(
    (grant) => grant.role === 'resident' && HOME_KINDS.includes(grant.nodeKind),
  );
  return (
    <Card
      title={
        <>
          <HomeOutlined /> {t('resident.myHome')}
        </>
      }
    >
      {homes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('resident.noHome')} />
      ) : (
        <Flex vertical gap="small">
          {homes.map((grant) => (
            <Flex key={grant.nodeId} vertical gap={4}>
              <Typography.Text strong>
                {grant.nodePath
                  .filter((step) => HOME_KINDS.includes(step.kind))
                  .map((step) => step.name)
                  .join(' · ')}
              </Typography.Text>
              <Flex gap="small" align="center" wrap>
                {grant.nodePath
                  .filter((step) => step.kind === 'community')
                  .map((step) => (
                    <Tag key={step.id} color="blue">
                      {step.name}
                    </Tag>
                  ))}
              </Flex>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
