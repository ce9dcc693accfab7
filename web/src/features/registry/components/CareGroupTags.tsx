import { Select, type SelectProps, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { CARE_GROUPS, type CareGroup, isCareGroup } from '../../../api/registry';

/** A person's care groups; a group this client does not know is shown by its code. */
export function CareGroupTags({ groups }: { groups: readonly string[] }) {
  const { t } = useTranslation();
  if (groups.length === 0) return <>—</>;
  return (
    <Space size={[0, 4]} wrap>
      {groups.map((group) => (
        <Tag key={group} color="orange">
          {isCareGroup(group) ? t(`registry.careGroups.${group}`) : group}
        </Tag>
      ))}
    </Space>
  );
}

/** One care group (`multiple` for several). */
export function CareGroupSelect(props: Omit<SelectProps<CareGroup | CareGroup[]>, 'options'>) {
  const { t } = useTranslation();
  return (
    <Select<CareGroup | CareGroup[]>
      {...props}
      options={CARE_GROUPS.map((value) => ({ value, label: t(`registry.careGroups.${value}`) }))}
    />
  );
}
