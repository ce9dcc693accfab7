import { Button, Flex, Form, Input, InputNumber, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addResource,
  archiveResource,
  type Resource,
  type ResourceKind,
  updateResource,
  yuan,
} from '../../../api/projects';
import { ConfirmButton } from '../../../shared/components/ConfirmButton';
import { CreateButton } from '../../../shared/components/CreateButton';
import { FormModal } from '../../../shared/components/FormModal';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { NodeSelect } from '../../org/components/NodeSelect';
import { usePartnerOptions, useProjectMutation, useResources } from '../queries';
import { SearchSelect } from '../../../shared/components/SearchSelect';

const KINDS: ResourceKind[] = ['fund', 'partner', 'venue', 'volunteer_team'];

interface Values {
  nodeId: number;
  kind: ResourceKind;
  name: string;
  amountYuan?: number;
  partnerId?: number;
  teamId?: number;
  venue?: string;
}

interface EditValues {
  name: string;
  amountYuan?: number;
  venue?: string;
  note?: string;
}

/** A resource's name, note and, for a fund or a venue, its amount or place, corrected; what it is stays. */
function EditResourceModal({ resource, onClose }: { resource: Resource | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EditValues>();
  const save = useProjectMutation(({ amountYuan, venue, note, name }: EditValues) =>
    updateResource(resource!.id, {
      name,
      note: note || null,
      ...(resource!.kind === 'fund' && amountYuan !== undefined
        ? { amount: Math.round(amountYuan * 100) }
        : {}),
      ...(resource!.kind === 'venue' && venue ? { venue } : {}),
    }),
  );
  return (
    <FormModal<EditValues>
      open={resource !== null}
      title={t('projects.resources.edit')}
      form={form}
      initialValues={
        resource
          ? {
              name: resource.name,
              amountYuan: resource.amount === null ? undefined : resource.amount / 100,
              venue: resource.venue ?? undefined,
              note: resource.note ?? undefined,
            }
          : undefined
      }
      onSubmit={async (v) => {
        await save.mutateAsync(v);
        onClose();
      }}
      onCancel={onClose}
      submitTestId="resource-edit-submit"
    >
      <Form.Item name="name" label={t('projects.fields.title')} rules={[{ required: true, max: 200 }]}>
        <Input data-testid="resource-name" />
      </Form.Item>
      {resource?.kind === 'fund' ? (
        <Form.Item name="amountYuan" label={t('projects.fields.amount')} rules={[{ required: true }]}>
          <InputNumber min={0.01} precision={2} style={{ width: '100%' }} data-testid="resource-amount" />
        </Form.Item>
      ) : null}
      {resource?.kind === 'venue' ? (
        <Form.Item name="venue" label={t('projects.resources.venue')} rules={[{ required: true, max: 200 }]}>
          <Input />
        </Form.Item>
      ) : null}
      <Form.Item name="note" label={t('projects.fields.note')} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}

function ArchiveResource({ resource }: { resource: Resource }) {
  const { t } = useTranslation();
  const archive = useProjectMutation(() => archiveResource(resource.id));
  return (
    <ConfirmButton
      size="small"
      danger
      confirm={t('projects.resources.archiveConfirm')}
      onConfirm={() => archive.mutateAsync(undefined)}
      loading={archive.isPending}
      data-testid="resource-archive"
    >
      {t('projects.resources.archive')}
    </ConfirmButton>
  );
}

/** `/console/projects/resources`: the resources list (资源清单): funds, partner units, venues, volunteer teams. */
export default function ResourcesPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Resource | null>(null);
  const manage = hasPermission(user, 'project.manage');
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const list = useResources();
  const add = useProjectMutation(addResource);
  return (
    <>
      <Flex justify="end" style={{ marginBottom: 12 }}>
        <CreateButton allowed={manage} onClick={() => setAdding(true)} testId="resource-add">
          {t('projects.resources.add')}
        </CreateButton>
      </Flex>
      <CursorTable<Resource>
        list={list}
        testId="resources-table"
        columns={[
          { title: t('projects.fields.title'), dataIndex: 'name' },
          { title: t('projects.fields.kind'), render: (_, r) => t(`projects.resources.kinds.${r.kind}`) },
          {
            title: t('projects.resources.detail'),
            render: (_, r) => (r.amount !== null ? yuan(r.amount) : (r.venue ?? '')),
          },
          { title: t('projects.fields.note'), render: (_, r) => r.note ?? '' },
          {
            title: t('common.actions'),
            render: (_, r) =>
              r.archivedAt ? (
                <Tag>{t('projects.archived')}</Tag>
              ) : manage ? (
                <Space>
                  <Button size="small" onClick={() => setEditing(r)} data-testid="resource-edit">
                    {t('common.edit')}
                  </Button>
                  <ArchiveResource resource={r} />
                </Space>
              ) : null,
          },
        ]}
      />
      <EditResourceModal resource={editing} onClose={() => setEditing(null)} />
      <FormModal<Values>
        open={adding}
        title={t('projects.resources.add')}
        form={form}
        initialValues={{ kind: 'fund' }}
        onSubmit={async ({ amountYuan, ...v }) => {
          await add.mutateAsync({
            ...v,
            ...(amountYuan !== undefined ? { amount: Math.round(amountYuan * 100) } : {}),
          });
          setAdding(false);
        }}
        onCancel={() => setAdding(false)}
      >
        <Form.Item name="nodeId" label={t('projects.fields.where')} rules={[{ required: true }]}>
          <NodeSelect kinds={['compound', 'community']} />
        </Form.Item>
        <Form.Item name="kind" label={t('projects.fields.kind')} rules={[{ required: true }]}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`projects.resources.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('projects.fields.title')} rules={[{ required: true, max: 200 }]}>
          <Input />
        </Form.Item>
        {kind === 'fund' ? (
          <Form.Item name="amountYuan" label={t('projects.fields.amount')} rules={[{ required: true }]}>
            <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        ) : null}
        {kind === 'partner' ? (
          <Form.Item name="partnerId" label={t('projects.tabs.partners')} rules={[{ required: true }]}>
            <SearchSelect useOptions={usePartnerOptions} data-testid="resource-partner" />
          </Form.Item>
        ) : null}
        {kind === 'venue' ? (
          <Form.Item
            name="venue"
            label={t('projects.resources.venue')}
            rules={[{ required: true, max: 200 }]}
          >
            <Input />
          </Form.Item>
        ) : null}
        {kind === 'volunteer_team' ? (
          <Form.Item name="teamId" label={t('projects.resources.teamId')} rules={[{ required: true }]}>
            <InputNumber min={1} style={{ width: '100%' }} />
          </Form.Item>
        ) : null}
      </FormModal>
    </>
  );
}
