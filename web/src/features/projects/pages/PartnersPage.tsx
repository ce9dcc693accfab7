import { Button, DatePicker, Flex, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createPartner,
  PARTNER_KINDS,
  type Partner,
  type PartnerKind,
  recordFulfilment,
  signAgreement,
} from '../../../api/projects';
import { CreateButton } from '../../../shared/components/CreateButton';
import { FormModal } from '../../../shared/components/FormModal';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { useNotifyError } from '../../../shared/errors/useNotifyError';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { NodeSelect } from '../../org/components/NodeSelect';
import { placeLabel } from '../../votes/model';
import { usePartners, useProjectMutation } from '../queries';

const StatusTag = ({ status }: { status: 'met' | 'behind' | null }) => {
  const { t } = useTranslation();
  if (!status) return <>—</>;
  return <Tag color={status === 'met' ? 'green' : 'orange'}>{t(`projects.partners.status.${status}`)}</Tag>;
};

/** A partner's agreements: each commitment with its periods met or behind, and the button to record one done. */
function Agreements({ partner, onFulfil }: { partner: Partner; onFulfil: (commitmentId: number) => void }) {
  const { t } = useTranslation();
  const notify = useNotifyError();
  const sign = useProjectMutation(() => {
    const year = new Date().getFullYear();
    return signAgreement(partner.id, { startsOn: `${year}-01-01`, endsOn: `${year}-12-31` });
  });
  const manage = partner.actions.includes('manage');
  return (
    <Flex vertical gap="small">
      {partner.agreements.map((a) => (
        <div key={a.id}>
          <Typography.Text strong>{`${a.startsOn} – ${a.endsOn}`}</Typography.Text>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={a.commitments}
            columns={[
              {
                title: t('projects.partners.commitment'),
                render: (_, c) => c.title ?? t(`projects.partners.kinds.${c.kind}`),
              },
              {
                title: t('projects.partners.target'),
                render: (_, c) => t(`projects.partners.per.${c.period}`, { count: c.target }),
              },
              {
                title: t('projects.partners.periods'),
                render: (_, c) => (
                  <Space wrap size={4}>
                    {c.periods.map((p) => (
                      <Tag key={p.from} color={p.status === 'met' ? 'green' : p.current ? 'blue' : 'orange'}>
                        {`${p.from}: ${p.done}/${p.target}`}
                      </Tag>
                    ))}
                  </Space>
                ),
              },
              { title: t('projects.fields.status'), render: (_, c) => <StatusTag status={c.status} /> },
              ...(manage
                ? [
                    {
                      title: '',
                      render: (_: unknown, c: { id: number }) => (
                        <Button size="small" onClick={() => onFulfil(c.id)}>
                          {t('projects.partners.fulfil')}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </div>
      ))}
      {manage ? (
        <div>
          <Button onClick={() => sign.mutate(undefined, { onError: notify })} loading={sign.isPending}>
            {t('projects.partners.sign')}
          </Button>
        </div>
      ) : null}
    </Flex>
  );
}

interface PartnerValues {
  nodeId: number;
  kind: PartnerKind;
  name: string;
  contact?: string;
}
interface FulfilValues {
  doneOn: Dayjs;
  note: string;
}

/** `/console/projects/partners`: partner units (共建单位), their agreements and how each commitment stands. */
export default function PartnersPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const list = usePartners();
  const [adding, setAdding] = useState(false);
  const [fulfilling, setFulfilling] = useState<{ partnerId: number; commitmentId: number } | null>(null);
  const [form] = Form.useForm<PartnerValues>();
  const [fulfilForm] = Form.useForm<FulfilValues>();
  const create = useProjectMutation(createPartner);
  const fulfil = useProjectMutation((v: FulfilValues) =>
    recordFulfilment(fulfilling!.partnerId, {
      commitmentId: fulfilling!.commitmentId,
      doneOn: v.doneOn.format('YYYY-MM-DD'),
      note: v.note,
    }),
  );
  return (
    <>
      <Flex justify="end" style={{ marginBottom: 12 }}>
        <CreateButton
          allowed={hasPermission(user, 'project.manage')}
          onClick={() => setAdding(true)}
          testId="partner-add"
        >
          {t('projects.partners.add')}
        </CreateButton>
      </Flex>
      <CursorTable<Partner>
        list={list}
        testId="partners-table"
        expandable={{
          expandedRowRender: (p) => (
            <Agreements
              partner={p}
              onFulfil={(commitmentId) => setFulfilling({ partnerId: p.id, commitmentId })}
            />
          ),
        }}
        columns={[
          { title: t('projects.fields.title'), dataIndex: 'name' },
          { title: t('projects.fields.kind'), render: (_, p) => t(`projects.partners.types.${p.kind}`) },
          { title: t('projects.fields.where'), render: (_, p) => placeLabel(p.path) },
          { title: t('projects.fields.status'), render: (_, p) => <StatusTag status={p.status} /> },
        ]}
      />
      <FormModal<PartnerValues>
        open={adding}
        title={t('projects.partners.add')}
        form={form}
        onSubmit={async (v) => {
          await create.mutateAsync(v);
          setAdding(false);
        }}
        onCancel={() => setAdding(false)}
      >
        <Form.Item name="nodeId" label={t('projects.fields.where')} rules={[{ required: true }]}>
          <NodeSelect kinds={['compound', 'community']} />
        </Form.Item>
        <Form.Item name="kind" label={t('projects.fields.kind')} rules={[{ required: true }]}>
          <Select
            options={PARTNER_KINDS.map((k) => ({ value: k, label: t(`projects.partners.types.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="name" label={t('projects.fields.title')} rules={[{ required: true, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="contact" label={t('projects.partners.contact')} rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
      </FormModal>
      <FormModal<FulfilValues>
        open={fulfilling !== null}
        title={t('projects.partners.fulfil')}
        form={fulfilForm}
        onSubmit={async (v) => {
          await fulfil.mutateAsync(v);
          setFulfilling(null);
        }}
        onCancel={() => setFulfilling(null)}
      >
        <Form.Item name="doneOn" label={t('projects.partners.doneOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={t('projects.fields.note')} rules={[{ required: true, max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
    </>
  );
}
