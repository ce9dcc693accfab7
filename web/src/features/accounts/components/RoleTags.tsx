import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoleGrant } from '../../../api/model';

export function RoleTags({ roles }: { roles: RoleGrant[] }) {
  const { t } = useTranslation();
  return (
    <Space size={[0, 4]} wrap>
      {roles.map((grant) => (
        <Tag key={`${grant.role}-${grant.nodeId}`} color={grant.role === 'admin' ? 'red' : 'blue'}>
          {t(`roles.${grant.role}`)} · {grant.nodeName}
        </Tag>
      ))}
    </Space>
  );
}
