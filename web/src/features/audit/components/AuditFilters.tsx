import { SearchOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditFilter } from '../queries';

interface FilterValues {
  action?: string;
  entityType?: string;
  actorId?: number | null;
  range?: [Dayjs | null, Dayjs | null] | null;
}

function toFilter({ action, entityType, actorId, range }: FilterValues): AuditFilter {
  const [from, to] = range ?? [];
  return {
    action: action?.trim() || undefined,
    entityType: entityType?.trim() || undefined,
    actorId: actorId ?? undefined,
    from: from?.startOf('day').toISOString(),
    to: to?.endOf('day').toISOString(),
  };
}

/** Action, entity type, actor and a date range; applied on submit. */
export function AuditFilters({ onApply }: { onApply: (filter: AuditFilter) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FilterValues>();
  return (
    <Form<FilterValues>
      form={form}
      layout="inline"
      onFinish={(values) => onApply(toFilter(values))}
      style={{ rowGap: 12, marginBottom: 16 }}
    >
      <Form.Item name="action" label={t('audit.action')}>
        <Input allowClear placeholder="org.node.create" style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="entityType" label={t('audit.entityType')}>
        <Input allowClear placeholder="org_node" style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="actorId" label={t('audit.actorId')}>
        <InputNumber min={1} precision={0} style={{ width: 110 }} />
      </Form.Item>
      <Form.Item name="range" label={t('audit.dateRange')}>
        <DatePicker.RangePicker allowEmpty={[true, true]} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
          {t('common.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.resetFields();
            onApply({});
          }}
        >
          {t('common.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
