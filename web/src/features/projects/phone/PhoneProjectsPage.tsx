import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { raiseNeed, yuan } from '../../../api/projects';
import { FormModal } from '../../../shared/components/FormModal';
import { LinkCard } from '../../../shared/components/LinkCard';
import { ListState } from '../../../shared/cursor/ListState';
import { LoadMore } from '../../../shared/cursor/LoadMore';
import { useCurrentUser } from '../../auth/currentUser';
import { homeCompounds } from '../../deliberation/model';
import { PhoneHeader } from '../../events/phone/components/PhoneHeader';
import { ProjectStatusTag } from '../components/ProjectStatusTag';
import { useProjectMutation, useProjects } from '../queries';

interface Values {
  nodeId: number;
  title: string;
  description?: string;
}

/** `/m/projects`: the micro-projects of the resident's compounds; a need is raised from here. */
export default function PhoneProjectsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const homes = homeCompounds(user);
  const [params, setParams] = useSearchParams();
  const [raised, setRaised] = useState(false);
  const [form] = Form.useForm<Values>();
  const list = useProjects();
  const raise = useProjectMutation(raiseNeed);
  const raising = params.get('raise') === '1';
  const close = () => setParams({});
  return (
    <Flex vertical gap="middle" data-testid="phone-projects">
      <PhoneHeader title={t('projects.phone.title')} back="/m" />
      {homes.length ? (
        <Button
          type="primary"
          size="large"
          block
          icon={<PlusOutlined />}
          onClick={() => setParams({ raise: '1' })}
          data-testid="need-raise"
          style={{ height: 56 }}
        >
          {t('projects.phone.raise')}
        </Button>
      ) : null}
      {raised ? (
        <Typography.Text type="success" data-testid="need-raised">
          {t('projects.phone.raised')}
        </Typography.Text>
      ) : null}
      <ListState list={list} empty={t('projects.phone.none')} />
      {list.items.map((p) => (
        <LinkCard
          key={p.id}
          to={`/m/projects/${p.id}`}
          testId="phone-project"
          title={p.title}
          tag={<ProjectStatusTag status={p.status} />}
        >
          <Typography.Text type="secondary">
            {t('projects.phone.money', { budget: yuan(p.budget), income: yuan(p.income) })}
          </Typography.Text>
        </LinkCard>
      ))}
      <LoadMore list={list} />
      <FormModal<Values>
        open={raising}
        title={t('projects.phone.raise')}
        form={form}
        initialValues={homes.length === 1 ? { nodeId: homes[0]!.id } : {}}
        onSubmit={async (v) => {
          await raise.mutateAsync(v);
          setRaised(true);
          close();
        }}
        onCancel={close}
        submitTestId="need-submit"
      >
        <Form.Item name="nodeId" label={t('projects.fields.where')} rules={[{ required: true }]}>
          <Select options={homes.map((h) => ({ value: h.id, label: h.name }))} />
        </Form.Item>
        <Form.Item name="title" label={t('projects.fields.title')} rules={[{ required: true, max: 200 }]}>
          <Input data-testid="need-title" />
        </Form.Item>
        <Form.Item name="description" label={t('projects.fields.description')} rules={[{ max: 5000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
    </Flex>
  );
}
