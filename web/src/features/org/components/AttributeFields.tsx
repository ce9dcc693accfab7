import { Form, Input, InputNumber, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgKind } from '../../../api/model';
import { ATTRIBUTE_FIELDS, type AttributeField } from '../attributes';

/** The bare input; Form.Item gives it value and onChange. */
function attributeInput(field: AttributeField) {
  if (field.type === 'boolean') return <Switch />;
  if (field.type === 'integer')
    return <InputNumber min={field.min} max={field.max} precision={0} style={{ width: '100%' }} />;
  return <Input maxLength={field.max} />;
}

/** The form items for the attributes of `kind`, under `attributes.*`. */
export function AttributeFields({ kind }: { kind: OrgKind }) {
  const { t } = useTranslation();
  return ATTRIBUTE_FIELDS[kind].map((field) => (
    <Form.Item
      key={field.name}
      name={['attributes', field.name]}
      label={t(`org.attributes.${field.name}`)}
      valuePropName={field.type === 'boolean' ? 'checked' : 'value'}
    >
      {attributeInput(field)}
    </Form.Item>
  ));
}
