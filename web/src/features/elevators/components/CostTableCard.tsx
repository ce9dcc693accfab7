import { Button, Card, Flex, Form, InputNumber, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CostRow, Elevator } from '../../../api/elevators';
import { useFormErrorHandler } from '../../../shared/errors/formErrors';
import { yuan } from '../model';
import { useSaveCosts } from '../queries';

interface Values {
  budget: number;
  weights: { floor: number; weight: number }[];
}

/** The saved cost-sharing table by floor and, for those who run the retrofit, the form that (re)computes it. */
export function CostTableCard({ elevator: e }: { elevator: Elevator }) {
  const { t } = useTranslation();
  const editable = e.actions.includes('save_costs');
  return (
    <Card title={t('elevators.costs.title')} data-testid="elevator-costs">
      <Typography.Paragraph type="secondary">{t('elevators.costs.rule')}</Typography.Paragraph>
      {e.costs ? <CostTable rows={e.costs.rows} budget={e.costs.budget} total={e.costs.total} /> : null}
      {editable ? <CostForm elevator={e} /> : null}
    </Card>
  );
}

function CostTable({ rows, budget, total }: { rows: CostRow[]; budget: number; total: number }) {
  const { t } = useTranslation();
  return (
    <Table<CostRow>
      size="small"
      rowKey="floor"
      pagination={false}
      dataSource={rows}
      data-testid="cost-table"
      columns={[
        { title: t('elevators.costs.floor'), dataIndex: 'floor' },
        { title: t('elevators.costs.weight'), dataIndex: 'weight' },
        { title: t('elevators.costs.households'), dataIndex: 'households' },
        {
          title: t('elevators.costs.perHousehold'),
          render: (_, r) => [...new Set(r.perHousehold)].map(yuan).join(' / '),
        },
        { title: t('elevators.costs.amount'), render: (_, r) => yuan(r.amount), align: 'right' },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={4}>
            {t('elevators.costs.total', { budget: yuan(budget) })}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            <Typography.Text strong data-testid="cost-total">
              {yuan(total)}
            </Typography.Text>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}

function CostForm({ elevator: e }: { elevator: Elevator }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useSaveCosts(e.id);
  const showError = useFormErrorHandler(form);
  return (
    <Form<Values>
      form={form}
      layout="inline"
      style={{ marginTop: 16, rowGap: 8 }}
      initialValues={{
        budget: e.costs?.budget,
        weights: e.suggestedWeights.map((w) => ({ floor: w.floor, weight: w.weight })),
      }}
      onFinish={(v) =>
        void save
          .mutateAsync({
            budget: v.budget,
            // The floors come from the registry's list, in the order the inputs show them.
            weights: e.suggestedWeights.map((w, i) => ({
              floor: w.floor,
              weight: v.weights[i]?.weight ?? 0,
            })),
          })
          .catch(showError)
      }
      data-testid="cost-form"
    >
      <Form.Item name="budget" label={t('elevators.costs.budget')} rules={[{ required: true }]}>
        <InputNumber min={0.01} step={1000} precision={2} style={{ width: 180 }} data-testid="cost-budget" />
      </Form.Item>
      <Form.List name="weights">
        {(fields) => (
          <Flex wrap gap="small" style={{ width: '100%' }}>
            {fields.map((field, i) => (
              <Form.Item
                key={field.key}
                name={[field.name, 'weight']}
                label={t('elevators.costs.floorWeight', { floor: e.suggestedWeights[i]?.floor })}
                rules={[{ required: true }]}
              >
                <InputNumber min={0} max={100} step={0.1} precision={2} style={{ width: 90 }} />
              </Form.Item>
            ))}
          </Flex>
        )}
      </Form.List>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="cost-save">
        {t('elevators.costs.save')}
      </Button>
    </Form>
  );
}
