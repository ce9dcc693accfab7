import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Role, ROLES } from '../../../api/model';

export function RoleSelect(props: Omit<SelectProps<Role>, 'options'>) {
  const { t } = useTranslation();
  return (
    <Select<Role>
      placeholder={t('accounts.role')}
      style={{ minWidth: 150 }}
      {...props}
      options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
    />
  );
}
