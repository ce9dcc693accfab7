import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, List, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  changeStage,
  createOrg,
  removeOrgMember,
  SELF_ORG_KINDS,
  type SelfOrg,
  type Stage,
  unlinkOrgActivity,
} from '../../../api/selforgs';
import { ConfirmButton } from '../../../shared/components/ConfirmButton';
import { FormModal } from '../../../shared/components/FormModal';
import { KpiRow } from '../../../shared/components/KpiRow';
import { PageTitle } from '../../../shared/components/PageTitle';
import { QueryResult } from '../../../shared/components/QueryResult';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { LoadMore } from '../../../shared/cursor/LoadMore';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { NodeSelect } from '../../org/components/NodeSelect';
import { placeLabel } from '../../votes/model';
import { ActivityModal, MemberModal, type OrgForm, SupportModal } from '../components/OrgForms';
import { useOrg, useOrgMembers, useOrgStats, useOrgs, useSelfOrgMutation } from '../queries';

const today = () => new Date().toISOString().slice(0, 10);

/** A list's title, with the button that adds to it for those who run the organisation. */
function ListHeader({
  title,
  action,
  onAction,
  testId,
}: {
  title: string;
  action: string | null;
  onAction: () => void;
  testId: string;
}) {
  return (
    <Flex justify="space-between" align="center">
      {title}
      {action ? (
        <Button size="small" icon={<PlusOutlined />} onClick={onAction} data-testid={testId}>
          {action}
        </Button>
      ) : null}
    </Flex>
  );
}

/**
 * An organisation's members, stage history, support and activities; those who run it move its stage, add and remove
 * members, record support, and link or unlink the volunteer activities it runs.
 */
function OrgDetail({ org }: { org: SelfOrg }) {
  const { t } = useTranslation();
  const q = useOrg(org.id);
  const members = useOrgMembers(org.id);
  const [open, setOpen] = useState<OrgForm | null>(null);
  const manage = org.actions.includes('manage');
  const move = useSelfOrgMutation((stage: Stage) => changeStage(org.id, { stage, on: today() }));
  const remove = useSelfOrgMutation((personId: number) => removeOrgMember(org.id, personId));
  const unlink = useSelfOrgMutation((activityId: number) => unlinkOrgActivity(org.id, activityId));
  const close = () => setOpen(null);
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
            header={
              <ListHeader
                title={t('selforgs.memberList')}
                action={manage ? t('selforgs.addMember') : null}
                onAction={() => setOpen('member')}
                testId="member-add"
              />
            }
            dataSource={members.items}
            locale={{ emptyText: '—' }}
            data-testid="org-members"
            renderItem={(m) => (
              <List.Item
                actions={
                  manage && m.personId !== org.leader?.personId
                    ? [
                        <ConfirmButton
                          key="remove"
                          size="small"
                          type="link"
                          danger
                          confirm={t('selforgs.removeConfirm', { name: m.name })}
                          onConfirm={() => remove.mutateAsync(m.personId)}
                          data-testid="member-remove"
                        >
                          {t('common.remove')}
                        </ConfirmButton>,
                      ]
                    : []
                }
              >
                {m.name}
                {m.personId === org.leader?.personId ? (
                  <Tag style={{ marginLeft: 8 }}>{t('selforgs.leader')}</Tag>
                ) : null}
              </List.Item>
            )}
          />
          <LoadMore list={members} />
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
            header={
              <ListHeader
                title={t('selforgs.support')}
                action={manage ? t('selforgs.recordSupport') : null}
                onAction={() => setOpen('support')}
                testId="support-add"
              />
            }
            data-testid="org-support"
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
            header={
              <ListHeader
                title={t('selforgs.activities')}
                action={manage ? t('selforgs.linkActivity') : null}
                onAction={() => setOpen('activity')}
                testId="activity-link"
              />
            }
            dataSource={d.activities}
            locale={{ emptyText: '—' }}
            data-testid="org-activities"
            renderItem={(a) => (
              <List.Item
                actions={
                  manage
                    ? [
                        <ConfirmButton
                          key="unlink"
                          size="small"
                          type="link"
                          danger
                          confirm={t('selforgs.unlinkConfirm', { title: a.title })}
                          onConfirm={() => unlink.mutateAsync(a.id)}
                          data-testid="activity-unlink"
                        >
                          {t('selforgs.unlink')}
                        </ConfirmButton>,
                      ]
                    : []
                }
              >
                {a.title} · {a.place}
              </List.Item>
            )}
          />
          <MemberModal org={org} form={open} onClose={close} />
          <SupportModal org={org} form={open} onClose={close} />
          <ActivityModal org={org} form={open} onClose={close} />
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
