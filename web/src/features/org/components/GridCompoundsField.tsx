import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { GRID_RELATIONS } from '../../../api/grids';
import { NodeSelect } from './NodeSelect';

/** The compounds a grid covers, each with how it overlaps the grid (`compounds[i].{compoundId, relation}`). */
export function GridCompoundsField() {
  const { t } = useTranslation();
  const relationOptions = GRID_RELATIONS.map((relation) => ({
    value: relation,
    label: t(`grids.relations.${relation}`),
  }));
  return (
    <Form.Item label={t('grids.compounds')}>
      <Form.List name="compounds">
        {(fields, { add, remove }) => (
          <Flex vertical gap="small">
            {fields.map((field) => (
              <Flex key={field.key} gap="small" align="start" wrap>
                <Form.Item name={[field.name, 'compoundId']} rules={[{ required: true }]} noStyle>
                  <NodeSelect kinds={['compound']} aria-label={t('kinds.compound')} />
                </Form.Item>
                <Form.Item name={[field.name, 'relation']} rules={[{ required: true }]} noStyle>
                  <Select
                    options={relationOptions}
                    aria-label={t('grids.relation')}
                    style={{ minWidth: 150 }}
                  />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label={t('common.remove')}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ relation: 'equal' })}>
              {t('grids.addCompound')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
