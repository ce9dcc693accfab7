import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { NodeSelect } from '../../org/components/NodeSelect';
import { RoleSelect } from './RoleSelect';

/** A role and the org node it is granted at, as two form items under `prefix`. */
export function RoleGrantFields({ prefix }: { prefix: (string | number)[] }) {
  const { t } = useTranslation();
  const name = (field: string): (string | number)[] => [...prefix, field];
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
        <NodeSelect aria-label={t('accounts.node')} />
      </Form.Item>
    </>
  );
}
