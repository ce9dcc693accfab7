import { Button, Form, Input, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { listGrids } from '../../../api/grids';
import { createPlan, type Plan } from '../../../api/patrols';
import { FormModal } from '../../../shared/components/FormModal';
import { PageTitle } from '../../../shared/components/PageTitle';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { localizedName } from '../../events/phone/categories';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { windowsText } from '../model';
import { usePatrolMutation, usePlans } from '../queries';

interface Values {
  gridId: number;
  name: string;
}

/** `/console/patrols/plans`: the patrol plans in scope; community and street staff add one per grid. */
export default function PlansPage() {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const [creating, setCreating] = useState(false);
  const list = usePlans(false);
  const create = usePatrolMutation(createPlan);
  const manage = hasPermission(user, 'patrol.manage');
  const grids = useQuery({
    queryKey: ['patrols', 'grids'],
    queryFn: ({ signal }) => listGrids({ status: 'active', limit: 100 }, signal),
    enabled: creating,
  });
  async function submit(v: Values) {
    await create.mutateAsync({ scope: 'grid', gridId: v.gridId, name: v.name });
    setCreating(false);
    form.resetFields();
  }
  return (
    <>
      <PageTitle
        title={t('shell.menu.patrolPlans')}
        extra={
          manage ? (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="plan-create">
              {t('patrols.plans.create')}
            </Button>
          ) : null
        }
      />
      <CursorTable<Plan>
        list={list}
        testId="plans-table"
        rowKey="id"
        scroll={{ x: true }}
        columns={[
          { title: t('patrols.fields.plan'), dataIndex: 'name' },
          {
            title: t('patrols.fields.target'),
            render: (_, p) => (
              <>
                <Tag>{t(`patrols.scopes.${p.scope}`)}</Tag>
                {p.targetName}
              </>
            ),
          },
          { title: t('patrols.fields.windows'), render: (_, p) => windowsText(p) },
          {
            title: t('patrols.fields.checklist'),
            render: (_, p) => p.checklist.map((i) => localizedName(i.label, i18n.language)).join('、'),
          },
          {
            title: t('patrols.fields.active'),
            render: (_, p) => `${p.activeFrom} – ${p.activeTo ?? ''}`,
          },
        ]}
      />
      <FormModal<Values>
        open={creating}
        title={t('patrols.plans.create')}
        form={form}
        onSubmit={submit}
        onCancel={() => setCreating(false)}
      >
        <Form.Item name="gridId" label={t('patrols.fields.grid')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={grids.isLoading}
            options={(grids.data?.items ?? []).map((g) => ({ value: g.id, label: g.name }))}
            data-testid="plan-grid"
          />
        </Form.Item>
        <Form.Item name="name" label={t('patrols.fields.plan')} rules={[{ required: true, max: 100 }]}>
          <Input data-testid="plan-name" />
        </Form.Item>
      </FormModal>
    </>
  );
}
