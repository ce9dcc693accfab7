import { Descriptions, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgNode } from '../../../api/org';
import { ATTRIBUTE_FIELDS } from '../attributes';

/** A node's kind, code, child count and the attributes of its kind. */
export function NodeFacts({ node }: { node: OrgNode }) {
  const { t } = useTranslation();
  const attributeItems: DescriptionsProps['items'] = ATTRIBUTE_FIELDS[node.kind].map((field) => {
    const value = node.attributes[field.name];
    const shown = typeof value === 'boolean' ? t(value ? 'common.yes' : 'common.no') : (value ?? '—');
    return { key: field.name, label: t(`org.attributes.${field.name}`), children: shown };
  });
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      items={[
        { key: 'kind', label: t('org.kind'), children: t(`kinds.${node.kind}`) },
        { key: 'code', label: t('org.code'), children: node.code },
        { key: 'name', label: t('org.name'), children: node.name },
        { key: 'children', label: t('org.childCount'), children: node.childCount },
        ...attributeItems,
      ]}
    />
  );
}
