import { Flex, Form, Input, InputNumber } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Need, raiseNeed } from '../../../api/projects';
import { CreateButton } from '../../../shared/components/CreateButton';
import { FormModal } from '../../../shared/components/FormModal';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { formatDateTime } from '../../../shared/format';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { NodeSelect } from '../../org/components/NodeSelect';
import { placeLabel } from '../../votes/model';
import { useNeeds, useProjectMutation } from '../queries';

interface Values {
  nodeId: number;
  title: string;
  description?: string;
  topicId?: number;
  eventId?: number;
}

/** `/console/projects/needs`: the needs list (需求清单), from residents, topics and events. */
export default function NeedsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<Values>();
  const list = useNeeds();
  const add = useProjectMutation(raiseNeed);
  return (
    <>
      <Flex justify="end" style={{ marginBottom: 12 }}>
        <CreateButton
          allowed={hasPermission(user, 'project.manage')}
          onClick={() => setAdding(true)}
          testId="need-add"
        >
          {t('projects.needs.add')}
        </CreateButton>
      </Flex>
      <CursorTable<Need>
        list={list}
        testId="needs-table"
        columns={[
          { title: t('projects.fields.title'), dataIndex: 'title' },
          { title: t('projects.fields.where'), render: (_, n) => placeLabel(n.path) },
          {
            title: t('projects.needs.source'),
            render: (_, n) => t(`projects.needs.sources.${n.source}`, { id: n.topicId ?? n.eventId }),
          },
          { title: t('projects.needs.raisedBy'), dataIndex: 'raisedByName' },
          {
            title: t('projects.needs.inProject'),
            render: (_, n) => (n.projectIds.length ? t('common.yes') : t('common.no')),
          },
          { title: t('projects.fields.time'), render: (_, n) => formatDateTime(n.createdAt) },
        ]}
      />
      <FormModal<Values>
        open={adding}
        title={t('projects.needs.add')}
        form={form}
        onSubmit={async (v) => {
          await add.mutateAsync(v);
          setAdding(false);
        }}
        onCancel={() => setAdding(false)}
      >
        <Form.Item name="nodeId" label={t('projects.fields.where')} rules={[{ required: true }]}>
          <NodeSelect kinds={['compound', 'community']} />
        </Form.Item>
        <Form.Item name="title" label={t('projects.fields.title')} rules={[{ required: true, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="description" label={t('projects.fields.description')} rules={[{ max: 5000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="topicId" label={t('projects.needs.topicId')}>
          <InputNumber min={1} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="eventId" label={t('projects.needs.eventId')}>
          <InputNumber min={1} style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
    </>
  );
}
