import { HomeOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../api/auth';
import type { OrgKind } from '../../../api/model';

const HOME_KINDS: readonly OrgKind[] = ['compound', 'building', 'unit'];

/** Where the resident lives: the compound, building or unit their roles are granted at. */
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
            <Flex key={grant.nodeId} gap="small" align="center" wrap>
              <Tag color="blue">{t(`kinds.${grant.nodeKind}`)}</Tag>
              <Typography.Text strong>{grant.nodeName}</Typography.Text>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
