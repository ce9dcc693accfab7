import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, List, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeStage, createOrg, SELF_ORG_KINDS, type SelfOrg, type Stage } from '../../../api/selforgs';
import { FormModal } from '../../../shared/components/FormModal';
import { KpiRow } from '../../../shared/components/KpiRow';
import { PageTitle } from '../../../shared/components/PageTitle';
import { QueryResult } from '../../../shared/components/QueryResult';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { NodeSelect } from '../../org/components/NodeSelect';
import { placeLabel } from '../../votes/model';
import { useOrg, useOrgStats, useOrgs, useSelfOrgMutation } from '../queries';

const today = () => new Date().toISOString().slice(0, 10);

/** An organisation's stage history, support and activities, with the stage moves the caller may make. */
function OrgDetail({ org }: { org: SelfOrg }) {
  const { t } = useTranslation();
  const q = useOrg(org.id);
  const move = useSelfOrgMutation((stage: Stage) => changeStage(org.id, { stage, on: today() }));
  return (
    <QueryResult query={q}>
      {(d) => (
        <Flex vertical gap="small">
          <Space wrap>
            {d.nextStages.map((s) => (
              <Button
                key={s}
                size="small"
                loading={move.isPending}
                onClick={() => move.mutate(s)}
                data-testid={`stage-${s}`}
              >
                {t('selforgs.moveTo', { stage: t(`selforgs.stages.${s}`) })}
              </Button>
            ))}
          </Space>
          <List
            size="small"
            header={t('selforgs.history')}
            dataSource={d.stages}
            renderItem={(s) => (
              <List.Item>
                {s.on} {t(`selforgs.stages.${s.toStage}`)} {s.note ?? ''}
              </List.Item>
            )}
          />
          <List
            size="small"
            header={t('selforgs.support')}
            dataSource={d.support}
            locale={{ emptyText: '—' }}
            renderItem={(s) => (
              <List.Item>
                {s.receivedOn} {t(`selforgs.supportKinds.${s.kind}`)} · {s.provider}
                {s.amount !== null ? ` · ¥${s.amount}` : ''}
              </List.Item>
            )}
          />
          <List
            size="small"
            header={t('selforgs.activities')}
            dataSource={d.activities}
            locale={{ emptyText: '—' }}
            renderItem={(a) => (
              <List.Item>
                {a.title} · {a.place}
              </List.Item>
            )}
          />
        </Flex>
      )}
    </QueryResult>
  );
}

interface Values {
  nodeId: number;
  name: string;
  kind: (typeof SELF_ORG_KINDS)[number];
  description?: string;
}

/** `/console/self-orgs`: the residents' self-organisations in scope, counted by incubation stage. */
export default function SelfOrgsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<Values>();
  const stats = useOrgStats();
  const list = useOrgs({});
  const create = useSelfOrgMutation(createOrg);
  return (
    <>
      <PageTitle title={t('selforgs.title')} />
      <QueryResult query={stats}>
        {(s) => (
          <KpiRow
            testId="selforg-kpis"
            kpis={[
              { key: 'total', title: t('selforgs.total'), value: s.total },
              ...s.byStage.map((b) => ({
                key: b.stage,
                title: t(`selforgs.stages.${b.stage}`),
                value: b.count,
              })),
              { key: 'incubatedAll', title: t('selforgs.incubated'), value: s.incubated },
              { key: 'members', title: t('selforgs.members'), value: s.members },
            ]}
          />
        )}
      </QueryResult>
      {hasPermission(user, 'volunteer.manage') ? (
        <Flex justify="end" style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('selforgs.create')}
          </Button>
        </Flex>
      ) : null}
      <CursorTable<SelfOrg>
        list={list}
        testId="selforgs-table"
        expandable={{ expandedRowRender: (o) => <OrgDetail org={o} /> }}
        columns={[
          { title: t('selforgs.name'), dataIndex: 'name' },
          { title: t('selforgs.kind'), render: (_, o) => t(`selforgs.kinds.${o.kind}`) },
          { title: t('mediation.fields.where'), render: (_, o) => placeLabel(o.path) },
          { title: t('selforgs.leader'), render: (_, o) => o.leader?.name ?? '—' },
          { title: t('selforgs.members'), dataIndex: 'members' },
          { title: t('selforgs.stage'), render: (_, o) => <Tag>{t(`selforgs.stages.${o.stage}`)}</Tag> },
        ]}
      />
      <FormModal<Values>
        open={creating}
        title={t('selforgs.create')}
        form={form}
        onSubmit={async (v) => {
          await create.mutateAsync({ ...v, ...(v.description ? {} : { description: undefined }) });
          setCreating(false);
        }}
        onCancel={() => setCreating(false)}
        initialValues={{ kind: 'culture' }}
      >
        <Form.Item name="nodeId" label={t('mediation.fields.where')} rules={[{ required: true }]}>
          <NodeSelect kinds={['compound', 'community']} />
        </Form.Item>
        <Form.Item name="name" label={t('selforgs.name')} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t('selforgs.kind')} rules={[{ required: true }]}>
          <Select options={SELF_ORG_KINDS.map((k) => ({ value: k, label: t(`selforgs.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="description" label={t('selforgs.description')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
    </>
  );
}
