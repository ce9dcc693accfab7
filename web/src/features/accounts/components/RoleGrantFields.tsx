import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Role, ROLE_NODE_KINDS } from '../../../api/model';
import { NodeSelect } from '../../org/components/NodeSelect';
import { RoleSelect } from './RoleSelect';

interface RoleGrantFieldsProps {
  /** The Form.List entry the fields belong to; absent: top-level `role` and `nodeId`. */
  listEntry?: { list: string; index: number };
}

/** A role and the org node it is granted at, the node restricted to the kinds the role allows. */
export function RoleGrantFields({ listEntry }: RoleGrantFieldsProps) {
  const { t } = useTranslation();
  const name = (field: string): (string | number)[] => (listEntry ? [listEntry.index, field] : [field]);
  // useWatch does not know about Form.List, so it gets the whole path.
  const role = Form.useWatch<Role | undefined>(
    listEntry ? [listEntry.list, listEntry.index, 'role'] : ['role'],
  );
  return (
    <>
      <Form.Item
        name={name('role')}
        rules={[{ required: true, message: t('accounts.roleRequired') }]}
        style={{ minWidth: 150, marginBottom: 8 }}
      >
        <RoleSelect aria-label={t('accounts.role')} />
      </Form.Item>
      <Form.Item
        name={name('nodeId')}
        rules={[{ required: true, message: t('accounts.nodeRequired') }]}
        style={{ minWidth: 220, flex: 1, marginBottom: 8 }}
      >
        <NodeSelect aria-label={t('accounts.node')} kinds={role ? ROLE_NODE_KINDS[role] : undefined} />
      </Form.Item>
    </>
  );
}
